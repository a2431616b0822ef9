import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { toParquet } from '../../../src/core/export/parquet.ts';
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
});
