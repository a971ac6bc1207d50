import { createHash } from 'node:crypto';

/**
 * Returns a fixed UUID for a seed row, derived from a stable key. Seeding then finds the row it
 * created at an earlier start, even for rows without a natural unique key, such as the many
 * agencies whose BMA code is unknown. The digest is laid out as an RFC 9562 version 8 UUID.
 */
export function seedId(namespace: string, key: string): string {
  const hex = createHash('sha256').update(`bma-kpi:${namespace}:${key}`, 'utf8').digest('hex');
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);

  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
