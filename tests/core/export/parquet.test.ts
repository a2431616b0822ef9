import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { toParquet, toParquetInGroups } from '../../../src/core/export/parquet.ts';
import { parquetColumns, readParquetRows } from '../../support/parquetTable.ts';

const schema = z.object({
  id: z.string(),
  name: z.string().optional(),
  value: z.number().optional(),
  decimals: z.number().int(),
  approximate: z.boolean(),
});

describe('the Parquet download', () => {
  it('reads back, through a different implementation, with every value and gap as written', () => {
    const rows = [
      { id: 'nam-chay--2023', name: 'Nậm Chày', value: 50.54, decimals: 2, approximate: false },
      { id: 'ta-thang--2023', value: 0.1 + 0.2, decimals: 0, approximate: true },
      { id: 'cong-thuc', name: '=HYPERLINK("http://x")', value: -1306, decimals: 1, approximate: false },
      { id: 'khong-gia-tri', name: 'Tả Thàng', decimals: 3, approximate: false },
    ];
    const bytes = toParquet(schema, rows);
    expect(parquetColumns(bytes)).toEqual(['id', 'name', 'value', 'decimals', 'approximate']);
    expect(readParquetRows(bytes)).toEqual([
      { id: 'nam-chay--2023', name: 'Nậm Chày', value: 50.54, decimals: 2, approximate: false },
      { id: 'ta-thang--2023', name: null, value: 0.30000000000000004, decimals: 0, approximate: true },
      // Parquet is data, not a spreadsheet: text is kept exactly, never prefixed as the CSV is.
      { id: 'cong-thuc', name: '=HYPERLINK("http://x")', value: -1306, decimals: 1, approximate: false },
      { id: 'khong-gia-tri', name: 'Tả Thàng', value: null, decimals: 3, approximate: false },
    ]);
  });

  it('is the same bytes for the same rows, so two builds publish the same file', () => {
    const rows = [{ id: 'a', decimals: 1, approximate: false }];
    expect(Buffer.from(toParquet(schema, rows)).equals(Buffer.from(toParquet(schema, rows)))).toBe(true);
  });

  it('written a row group at a time, is the file the library writes from all the rows at once', () => {
    // Past two row groups of 1.000 and 100.000 rows, so the third group is cut as the library cuts it.
    const rows = Array.from({ length: 203_457 }, (_, i) => ({
      id: `xa-${i}`,
      ...(i % 7 === 0 ? {} : { name: `Xã ${i % 1000}` }),
      ...(i % 5 === 0 ? {} : { value: (i * 37) / 100 }),
      decimals: i % 3,
      approximate: i % 11 === 0,
    }));
    const asked: [number, number][] = [];
    const inGroups = toParquetInGroups(schema, rows.length, (start, end) => (asked.push([start, end]), rows.slice(start, end)));
    const columnData = [
      { name: 'id', type: 'STRING' as const, nullable: false, data: rows.map((row) => row.id) },
      { name: 'name', type: 'STRING' as const, nullable: true, data: rows.map((row) => row.name ?? null) },
      { name: 'value', type: 'DOUBLE' as const, nullable: true, data: rows.map((row) => row.value ?? null) },
      { name: 'decimals', type: 'INT64' as const, nullable: false, data: rows.map((row) => BigInt(row.decimals)) },
      { name: 'approximate', type: 'BOOLEAN' as const, nullable: false, data: rows.map((row) => row.approximate) },
    ];
    expect(Buffer.from(inGroups).equals(Buffer.from(parquetWriteBuffer({ columnData, createdBy: 'minhbach' })))).toBe(true);
    expect(asked).toEqual([[0, 1000], [1000, 101_000], [101_000, 201_000], [201_000, 203_457]]);
  });
});
