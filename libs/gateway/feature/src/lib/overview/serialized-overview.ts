import { createHash } from 'node:crypto';

import { type IndicatorOverview, isComplete } from './indicator-overview';

/** An overview as it is sent, so that a cached one is encoded and hashed once, not on every read. */
export interface SerializedOverview {
  json: string;
  etag: string;
  /** Whether every section is available, the condition for caching it. */
  complete: boolean;
}

/** Encodes an overview once and names its content with a weak ETag. */
export function serialized(overview: IndicatorOverview): SerializedOverview {
  const json = JSON.stringify(overview);

  return { json, etag: `W/"${createHash('sha1').update(json).digest('base64url')}"`, complete: isComplete(overview) };
}
