import { tableFromIPC } from 'apache-arrow';
import { readParquet } from 'parquet-wasm';

/**
 * The rows of a Parquet file, read by Apache Arrow's Rust reader (parquet-wasm): a different
 * implementation from the JavaScript writer the site uses, so the two cannot share a mistake.
 * Values come back as JavaScript values: numbers, booleans, strings, and null where missing.
 */
export function readParquetRows(bytes: Uint8Array): Record<string, unknown>[] {
  const table = tableFromIPC(readParquet(bytes).intoIPCStream());
  return table.toArray().map((row) => {
    const plain = (row as { toJSON(): Record<string, unknown> }).toJSON();
    for (const [key, value] of Object.entries(plain)) if (typeof value === 'bigint') plain[key] = Number(value);
    return plain;
  });
}

/** The column names of a Parquet file, in order. */
export function parquetColumns(bytes: Uint8Array): string[] {
  return tableFromIPC(readParquet(bytes).intoIPCStream()).schema.fields.map((field) => field.name);
}
