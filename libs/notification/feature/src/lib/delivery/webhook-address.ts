import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/**
 * Address ranges that a webhook must not reach unless private targets are allowed, with the name
 * that error messages give each one: loopback, private, link-local and other special-purpose
 * blocks that no public receiver uses. The first matching range names an address.
 */
const blockedRanges: ReadonlyArray<readonly [network: string, prefix: number, family: 'ipv4' | 'ipv6', name: string]> = [
  ['0.0.0.0', 8, 'ipv4', '"this network" (0.0.0.0/8)'],
  ['10.0.0.0', 8, 'ipv4', 'private (10.0.0.0/8)'],
  ['100.64.0.0', 10, 'ipv4', 'carrier-grade NAT (100.64.0.0/10)'],
  ['127.0.0.0', 8, 'ipv4', 'loopback (127.0.0.0/8)'],
  ['169.254.0.0', 16, 'ipv4', 'link-local (169.254.0.0/16)'],
  ['172.16.0.0', 12, 'ipv4', 'private (172.16.0.0/12)'],
  ['192.0.0.0', 24, 'ipv4', 'IETF protocol assignments (192.0.0.0/24)'],
  ['192.0.2.0', 24, 'ipv4', 'documentation (192.0.2.0/24)'],
  ['192.168.0.0', 16, 'ipv4', 'private (192.168.0.0/16)'],
  ['198.18.0.0', 15, 'ipv4', 'benchmarking (198.18.0.0/15)'],
  ['198.51.100.0', 24, 'ipv4', 'documentation (198.51.100.0/24)'],
  ['203.0.113.0', 24, 'ipv4', 'documentation (203.0.113.0/24)'],
  ['224.0.0.0', 4, 'ipv4', 'multicast (224.0.0.0/4)'],
  ['240.0.0.0', 4, 'ipv4', 'reserved or broadcast (240.0.0.0/4)'],
  ['::', 128, 'ipv6', 'unspecified (::)'],
  ['::1', 128, 'ipv6', 'loopback (::1)'],
  // IPv4-mapped addresses (::ffff:0:0/96) match the IPv4 ranges above, because BlockList checks them as IPv4.
  ['::', 96, 'ipv6', 'IPv4-compatible (::/96, deprecated)'],
  ['64:ff9b::', 96, 'ipv6', 'NAT64 (64:ff9b::/96)'],
  ['64:ff9b:1::', 48, 'ipv6', 'local-use NAT64 (64:ff9b:1::/48)'],
  ['100::', 64, 'ipv6', 'discard-only (100::/64)'],
  // Teredo and 6to4 addresses carry an IPv4 address inside, which may be a private one.
  ['2001::', 32, 'ipv6', 'Teredo (2001::/32)'],
  ['2001:db8::', 32, 'ipv6', 'documentation (2001:db8::/32)'],
  ['2002::', 16, 'ipv6', '6to4 (2002::/16)'],
  ['fc00::', 7, 'ipv6', 'unique-local (fc00::/7)'],
  ['fe80::', 10, 'ipv6', 'link-local (fe80::/10)'],
  ['fec0::', 10, 'ipv6', 'site-local (fec0::/10, deprecated)'],
  ['ff00::', 8, 'ipv6', 'multicast (ff00::/8)'],
];

const rangeLists = blockedRanges.map(([network, prefix, family, name]) => {
  const list = new BlockList();

  list.addSubnet(network, prefix, family);

  return { list, name };
});

/** Returns the name of the non-public range that an IP address is in, or null for a public address or for text that is no IP address. */
export function blockedRangeOf(address: string): string | null {
  const version = isIP(address);

  if (version === 0) {
    return null;
  }
  const family = version === 4 ? 'ipv4' : 'ipv6';

  return rangeLists.find(({ list }) => list.check(address, family))?.name ?? null;
}

/** Tells whether a host name is `localhost` or ends in `.localhost`, names that resolvers map to the local machine. */
function isLocalhostName(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/u, '');

  return name === 'localhost' || name.endsWith('.localhost');
}

/**
 * Returns the host of a URL without the brackets of an IPv6 literal. The WHATWG URL parser has
 * already turned decimal, octal and hex IPv4 forms into dotted quads.
 */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/u, '$1');
}

/** A URL host that is not public, and the range or name rule that makes it so. */
export interface PrivateHost {
  host: string;
  range: string;
}

/**
 * Returns the host of a webhook URL when it is not public without any DNS lookup: an IP literal
 * in a blocked range or a localhost name. Returns null for a public IP literal or another host
 * name, which the delivery checks again after resolving it.
 */
export function privateHostOf(url: URL): PrivateHost | null {
  const host = hostOf(url);

  if (isLocalhostName(host)) {
    return { host, range: 'a name of the local machine' };
  }
  const range = blockedRangeOf(host);

  return range === null ? null : { host, range };
}

/** Error of a DNS lookup whose result contains a non-public address; the request is not sent. */
export class PrivateTargetError extends Error {
  readonly code = 'EPRIVATETARGET';

  constructor(readonly reason: string) {
    super(reason);
    this.name = 'PrivateTargetError';
  }
}

/** Resolves a host name to every address, as dns.lookup with `all: true` does. */
export type ResolveAll = (host: string, family: number) => Promise<LookupAddress[]>;

const resolveWithDns: ResolveAll = (host, family) =>
  new Promise((resolve, reject) => {
    dnsLookup(host, { all: true, family }, (error, addresses) => (error ? reject(error) : resolve(addresses)));
  });

/**
 * Builds a `lookup` for http.request that resolves a host name, rejects it when any of its
 * addresses is not public, and hands the checked addresses to the socket. The socket connects to
 * those addresses without a second lookup, so a DNS answer that changes after the check
 * (DNS rebinding) cannot redirect the request.
 */
export function publicOnlyLookup(resolveAll: ResolveAll = resolveWithDns): LookupFunction {
  return (host, options, callback) => {
    const family = familyNumberOf(options.family);
    const answer = (addresses: LookupAddress[]): void => {
      const error = rejectionOf(host, addresses);

      if (error !== null) {
        callback(error, '', 0);
      } else if (options.all === true) {
        callback(null, addresses);
      } else {
        callback(null, addresses[0].address, addresses[0].family);
      }
    };

    resolveAll(host, family).then(answer, (error: NodeJS.ErrnoException) => callback(error, '', 0));
  };
}

/** Returns the address family as the number that dns.lookup takes, 0 for any. */
function familyNumberOf(family: number | 'IPv4' | 'IPv6' | undefined): number {
  if (family === 'IPv4') {
    return 4;
  }
  if (family === 'IPv6') {
    return 6;
  }

  return family ?? 0;
}

/** Returns the error for a lookup result that must not be connected to, or null when every address is public. */
function rejectionOf(host: string, addresses: readonly LookupAddress[]): NodeJS.ErrnoException | null {
  if (addresses.length === 0) {
    return Object.assign(new Error(`host ${host} has no address`), { code: 'ENOTFOUND' });
  }
  for (const { address } of addresses) {
    const range = blockedRangeOf(address);

    if (range !== null) {
      return new PrivateTargetError(`host ${host} resolves to ${address}, which is ${range}`);
    }
  }

  return null;
}
