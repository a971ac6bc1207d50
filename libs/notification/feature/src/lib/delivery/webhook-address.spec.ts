import type { LookupAddress } from 'node:dns';

import { blockedRangeOf, PrivateTargetError, privateHostOf, publicOnlyLookup } from './webhook-address';

describe('blockedRangeOf', () => {
  it.each([
    ['0.0.0.0', '"this network" (0.0.0.0/8)'],
    ['10.1.2.3', 'private (10.0.0.0/8)'],
    ['100.64.0.1', 'carrier-grade NAT (100.64.0.0/10)'],
    ['100.127.255.254', 'carrier-grade NAT (100.64.0.0/10)'],
    ['127.0.0.1', 'loopback (127.0.0.0/8)'],
    ['127.255.0.9', 'loopback (127.0.0.0/8)'],
    ['169.254.169.254', 'link-local (169.254.0.0/16)'],
    ['172.16.0.1', 'private (172.16.0.0/12)'],
    ['172.31.255.255', 'private (172.16.0.0/12)'],
    ['192.168.1.10', 'private (192.168.0.0/16)'],
    ['224.0.0.251', 'multicast (224.0.0.0/4)'],
    ['255.255.255.255', 'reserved or broadcast (240.0.0.0/4)'],
    ['::', 'unspecified (::)'],
    ['::1', 'loopback (::1)'],
    ['::ffff:127.0.0.1', 'loopback (127.0.0.0/8)'],
    ['::ffff:7f00:1', 'loopback (127.0.0.0/8)'],
    ['::ffff:a9fe:a9fe', 'link-local (169.254.0.0/16)'],
    ['::127.0.0.1', 'IPv4-compatible (::/96, deprecated)'],
    ['64:ff9b::a00:1', 'NAT64 (64:ff9b::/96)'],
    ['fc00::1', 'unique-local (fc00::/7)'],
    ['fd12:3456::1', 'unique-local (fc00::/7)'],
    ['fe80::1', 'link-local (fe80::/10)'],
    ['fec0::1', 'site-local (fec0::/10, deprecated)'],
    ['ff02::1', 'multicast (ff00::/8)'],
    ['192.0.0.1', 'IETF protocol assignments (192.0.0.0/24)'],
    ['192.0.2.1', 'documentation (192.0.2.0/24)'],
    ['198.18.0.1', 'benchmarking (198.18.0.0/15)'],
    ['198.19.255.254', 'benchmarking (198.18.0.0/15)'],
    ['198.51.100.7', 'documentation (198.51.100.0/24)'],
    ['203.0.113.9', 'documentation (203.0.113.0/24)'],
    ['100::1', 'discard-only (100::/64)'],
    ['2001::1', 'Teredo (2001::/32)'],
    ['2001:db8::1', 'documentation (2001:db8::/32)'],
    ['2002:7f00:1::', '6to4 (2002::/16)'],
    ['64:ff9b:1::1', 'local-use NAT64 (64:ff9b:1::/48)'],
  ])('%s is %s', (address, range) => {
    expect(blockedRangeOf(address)).toBe(range);
  });

  it.each(['8.8.8.8', '100.63.255.255', '100.128.0.1', '172.15.255.255', '172.32.0.1', '192.169.0.1', '198.20.0.1', '192.0.3.1', '1.1.1.1', '2001:4860:4860::8888', '::ffff:8.8.8.8'])(
    '%s is public',
    (address) => {
      expect(blockedRangeOf(address)).toBeNull();
    },
  );

  it('ignores a host name', () => {
    expect(blockedRangeOf('hooks.example.test')).toBeNull();
  });
});

describe('privateHostOf', () => {
  it.each([
    ['http://127.0.0.1:8080/hook', '127.0.0.1', 'loopback (127.0.0.0/8)'],
    ['http://2130706433/hook', '127.0.0.1', 'loopback (127.0.0.0/8)'],
    ['http://0177.0.0.1/hook', '127.0.0.1', 'loopback (127.0.0.0/8)'],
    ['http://0x7f.1/hook', '127.0.0.1', 'loopback (127.0.0.0/8)'],
    ['http://127.1/hook', '127.0.0.1', 'loopback (127.0.0.0/8)'],
    ['http://[::1]/hook', '::1', 'loopback (::1)'],
    ['http://[::ffff:127.0.0.1]/hook', '::ffff:7f00:1', 'loopback (127.0.0.0/8)'],
    ['http://169.254.169.254/latest/meta-data', '169.254.169.254', 'link-local (169.254.0.0/16)'],
    ['https://[fd00::5]:8443/hook', 'fd00::5', 'unique-local (fc00::/7)'],
    ['http://0.0.0.0/hook', '0.0.0.0', '"this network" (0.0.0.0/8)'],
    ['http://localhost:3000/hook', 'localhost', 'a name of the local machine'],
    ['http://LOCALHOST./hook', 'localhost.', 'a name of the local machine'],
    ['http://api.localhost/hook', 'api.localhost', 'a name of the local machine'],
  ])('%s is private', (url, host, range) => {
    expect(privateHostOf(new URL(url))).toEqual({ host, range });
  });

  it.each(['https://monitor.bangkok.go.th/hooks/kpi', 'http://8.8.8.8/hook', 'https://[2001:4860:4860::8888]/hook', 'http://localhost.example.test/hook'])(
    '%s passes before DNS',
    (url) => {
      expect(privateHostOf(new URL(url))).toBeNull();
    },
  );
});

describe('publicOnlyLookup', () => {
  /** Runs the lookup for a host whose resolver returns `addresses`, and returns what the socket would get. */
  function lookUp(addresses: LookupAddress[], all: boolean): Promise<{ error: NodeJS.ErrnoException | null; result: unknown; family?: number }> {
    const lookup = publicOnlyLookup(() => Promise.resolve(addresses));

    return new Promise((resolve) => {
      lookup('hooks.example.test', { all }, (error, result, family) => resolve({ error, result, family }));
    });
  }

  it('hands every checked address to the socket', async () => {
    const addresses = [{ address: '93.184.216.34', family: 4 }, { address: '2606:2800:220:1::1', family: 6 }];
    const { error, result } = await lookUp(addresses, true);

    expect(error).toBeNull();
    expect(result).toEqual(addresses);
  });

  it('returns the first address when asked for one', async () => {
    const { error, result, family } = await lookUp([{ address: '93.184.216.34', family: 4 }], false);

    expect(error).toBeNull();
    expect(result).toBe('93.184.216.34');
    expect(family).toBe(4);
  });

  it('rejects a name that resolves to loopback', async () => {
    const { error } = await lookUp([{ address: '127.0.0.1', family: 4 }], true);

    expect(error).toBeInstanceOf(PrivateTargetError);
    expect(error?.message).toBe('host hooks.example.test resolves to 127.0.0.1, which is loopback (127.0.0.0/8)');
  });

  it('rejects when any address is private', async () => {
    const { error } = await lookUp([{ address: '93.184.216.34', family: 4 }, { address: '10.0.0.5', family: 4 }], false);

    expect(error).toBeInstanceOf(PrivateTargetError);
    expect(error?.message).toContain('10.0.0.5');
  });

  it('passes on a resolver error', async () => {
    const lookup = publicOnlyLookup(() => Promise.reject(Object.assign(new Error('getaddrinfo ENOTFOUND hooks.example.test'), { code: 'ENOTFOUND' })));
    const error = await new Promise<NodeJS.ErrnoException | null>((resolve) => lookup('hooks.example.test', { all: true }, (failure) => resolve(failure)));

    expect(error?.code).toBe('ENOTFOUND');
  });

  it('reports a name without addresses', async () => {
    const { error } = await lookUp([], true);

    expect(error?.code).toBe('ENOTFOUND');
  });
});
