import { readFileSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { crc32 } from 'node:zlib';

/**
 * One entry of an on-disk cache (src/node/loadCache.ts, src/node/reportCache.ts): the CRC-32 of
 * its payload, then the payload (v8.serialize), so that a torn or damaged entry is read as a miss.
 * Entries are found by SHA-256 keys; the checksum only has to catch accidents, and CRC-32 does so
 * at six times SHA-256's speed (L's 137 MB of loaded records: 50 ms against 310 ms).
 */
const CHECKSUM_BYTES = 4;

function checksum(payload: Uint8Array): Buffer {
  const bytes = Buffer.alloc(CHECKSUM_BYTES);
  bytes.writeUInt32BE(crc32(payload));
  return bytes;
}

/** The value kept at `path`, if it is whole and `accept` takes it; marks the entry as used. */
export function readEntry<T>(path: string, accept: (value: unknown) => value is T): T | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  if (bytes.length <= CHECKSUM_BYTES) return undefined;
  keepEntry(path);
  const payload = bytes.subarray(CHECKSUM_BYTES);
  if (!checksum(payload).equals(bytes.subarray(0, CHECKSUM_BYTES))) return undefined;
  try {
    const value: unknown = deserialize(payload);
    return accept(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Marks an entry as used (its modification time), so that pruning (removeUnusedEntries in
 * src/node/loadCache.ts) keeps it; an entry that is not there is no error.
 */
export function keepEntry(path: string): void {
  try {
    const now = new Date();
    utimesSync(path, now, now);
  } catch {
    // A read-only cache still serves its entries.
  }
}

/**
 * Writes `value` as the entry `key` of `folder`. Returns the payload written (null when it could
 * not be), for a caller that wants exactly what a later read will give.
 */
export function writeEntry(folder: string, key: string, value: unknown): Buffer | null {
  let payload: Buffer;
  try {
    payload = serialize(value);
  } catch {
    return null;
  }
  writePayload(folder, key, payload);
  return payload;
}

/** Writes a value already serialized, beside its final name and renamed, so a reader never sees half an entry. */
export function writePayload(folder: string, key: string, payload: Uint8Array): void {
  try {
    const temporary = join(folder, `${key}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`);
    writeFileSync(temporary, Buffer.concat([checksum(payload), payload]));
    renameSync(temporary, join(folder, key));
  } catch {
    // A cache that cannot be written (read-only disk, full disk) only makes the next run slower.
  }
}
