import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../src/core/export/csv.ts';
import { readCsvRows } from '../../support/csvTable.ts';

const schema = z.object({ name: z.string(), value: z.number() });

describe('CSV downloads opened in a spreadsheet', () => {
  it.each(['=HYPERLINK("http://evil.example","x")', '+1+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1:A9)', '\t=1+1', '\r=1+1', "'=already quoted"])(
    'keeps %j as text, not a formula, behind one apostrophe',
    (name) => {
      const csv = toCsv(schema, [{ name, value: 1 }]);
      const cell = csv.split('\r\n')[1]!.replace(/^"/, '');
      expect(cell.startsWith("'")).toBe(true);
      expect(readCsvRows(csv)[1]).toEqual([`'${name}`, '1']);
    },
  );

  it('leaves negative numbers and ordinary text alone', () => {
    const csv = toCsv(schema, [{ name: "Nậm Chày, 'quoted' - not a formula", value: -3.5 }]);
    expect(csv.split('\r\n')[1]).toBe(`"Nậm Chày, 'quoted' - not a formula",-3.5`);
  });
});
