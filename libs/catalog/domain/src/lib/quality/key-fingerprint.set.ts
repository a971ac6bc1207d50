import { createHash } from 'node:crypto';

/** Bytes kept per slot: an 8-byte fingerprint and the 4-byte row number where the key first appeared. */
export const KEY_SLOT_BYTES = 12;

const initialCapacity = 1024;
// Kept at most half full, so a lookup probes few slots; memory is therefore at most
// 2 × KEY_SLOT_BYTES = 24 bytes per distinct key, whatever the length of the key or the row.
const maxLoadFactor = 0.5;

/** Separates the parts of a composite key, so that ("ab", "c") and ("a", "bc") differ. */
const partSeparator = '\u001F';

/**
 * Set of primary keys that stores an 8-byte fingerprint (the first 8 bytes of SHA-256) per key,
 * not the key. Two different keys share a fingerprint with probability about n² / 2⁶⁵, about
 * 3 × 10⁻¹⁰ for a million keys, so a reported duplicate is almost surely real.
 */
export class KeyFingerprintSet {
  private fingerprints = new BigUint64Array(initialCapacity);
  private firstRows = new Uint32Array(initialCapacity);
  private count = 0;

  /** Number of distinct keys stored. */
  get size(): number {
    return this.count;
  }

  /** Bytes held by the two slot arrays. */
  get bytes(): number {
    return this.fingerprints.byteLength + this.firstRows.byteLength;
  }

  /** Adds a key; returns the row that added the same key first, or null when the key is new. */
  addKey(parts: readonly string[], row: number): number | null {
    const fingerprint = fingerprintOf(parts);
    const slot = this.findSlot(this.fingerprints, fingerprint);

    if (this.fingerprints[slot] === fingerprint) {
      return this.firstRows[slot];
    }
    this.fingerprints[slot] = fingerprint;
    this.firstRows[slot] = row;
    this.count += 1;
    if (this.count > this.fingerprints.length * maxLoadFactor) {
      this.grow();
    }

    return null;
  }

  // Linear probing; 0 marks an empty slot, so fingerprintOf never returns 0.
  private findSlot(table: BigUint64Array, fingerprint: bigint): number {
    const mask = table.length - 1;
    let slot = Number(fingerprint & BigInt(mask));

    while (table[slot] !== 0n && table[slot] !== fingerprint) {
      slot = (slot + 1) & mask;
    }

    return slot;
  }

  private grow(): void {
    const oldFingerprints = this.fingerprints;
    const oldRows = this.firstRows;

    this.fingerprints = new BigUint64Array(oldFingerprints.length * 2);
    this.firstRows = new Uint32Array(oldFingerprints.length * 2);
    for (let index = 0; index < oldFingerprints.length; index += 1) {
      if (oldFingerprints[index] !== 0n) {
        const slot = this.findSlot(this.fingerprints, oldFingerprints[index]);

        this.fingerprints[slot] = oldFingerprints[index];
        this.firstRows[slot] = oldRows[index];
      }
    }
  }
}

function fingerprintOf(parts: readonly string[]): bigint {
  const digest = createHash('sha256').update(parts.join(partSeparator)).digest();
  const fingerprint = digest.readBigUInt64BE(0);

  return fingerprint === 0n ? 1n : fingerprint;
}
