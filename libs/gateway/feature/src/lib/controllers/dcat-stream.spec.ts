import { Logger } from '@nestjs/common';
import type { Response } from 'express';

import type { DcatCatalogPage } from '@bma-kpi/contracts-catalog';

import { streamDcatCatalog } from './dcat-stream';

/** Collects what the stream writes, like an express Response without a socket. */
class RecordingResponse {
  chunks: string[] = [];
  ended = false;
  destroyedWith: Error | undefined;
  statusCode = 0;
  headers = new Map<string, string>();

  status(code: number): this {
    this.statusCode = code;

    return this;
  }

  setHeader(name: string, value: string): this {
    this.headers.set(name, value);

    return this;
  }

  write(chunk: string): boolean {
    this.chunks.push(chunk);

    return true;
  }

  end(chunk: string): void {
    this.chunks.push(chunk);
    this.ended = true;
  }

  destroy(error: Error): void {
    this.destroyedWith = error;
  }

  once(): this {
    return this;
  }

  get text(): string {
    return this.chunks.join('');
  }
}

const catalog = { '@id': 'https://example.test/api/v1/catalog', '@type': 'dcat:Catalog' };

function pages(...slugPages: string[][]): (afterSlug: string | undefined) => Promise<DcatCatalogPage> {
  return (afterSlug) => {
    const index = afterSlug === undefined ? 0 : slugPages.findIndex((page) => page.at(-1) === afterSlug) + 1;
    const slugs = slugPages[index] ?? [];
    const last = index === slugPages.length - 1;

    return Promise.resolve({ catalog, datasets: slugs.map((slug) => ({ 'dct:identifier': slug })), nextAfterSlug: last ? null : (slugs.at(-1) ?? null) });
  };
}

async function stream(fetchPage: (afterSlug: string | undefined) => Promise<DcatCatalogPage>): Promise<RecordingResponse> {
  const res = new RecordingResponse();

  await streamDcatCatalog(res as unknown as Response, fetchPage);

  return res;
}

describe('streamDcatCatalog', () => {
  // The abort case logs an error by design; keep it out of the test output.
  beforeAll(() => Logger.overrideLogger(false));

  it('joins every page into one document', async () => {
    const res = await stream(pages(['a', 'b'], ['c'], ['d']));
    const document = JSON.parse(res.text) as Record<string, unknown>;

    expect(document['@type']).toBe('dcat:Catalog');
    expect((document['dcat:dataset'] as { 'dct:identifier': string }[]).map((node) => node['dct:identifier'])).toEqual(['a', 'b', 'c', 'd']);
    expect(res.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
  });

  it('writes an empty catalog', async () => {
    const res = await stream(pages([]));

    expect(JSON.parse(res.text)).toEqual({ ...catalog, 'dcat:dataset': [] });
  });

  it('throws when the first page fails, before writing', async () => {
    const res = new RecordingResponse();

    await expect(streamDcatCatalog(res as unknown as Response, () => Promise.reject(new Error('no responders')))).rejects.toThrow('no responders');
    expect(res.chunks).toEqual([]);
  });

  it('aborts the response when a later page fails', async () => {
    const first = pages(['a'], ['b']);
    const res = await stream((afterSlug) => (afterSlug === undefined ? first(afterSlug) : Promise.reject(new Error('timed out'))));

    expect(res.ended).toBe(false);
    expect(res.destroyedWith?.message).toBe('timed out');
  });
});
