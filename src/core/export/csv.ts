import type { z } from 'zod';

/**
 * RFC 4180 CSV with a UTF-8 byte-order mark: without the BOM, Excel on Windows reads the file as
 * the local code page and turns "Nậm Chày" into mojibake. Columns follow the row schema's order.
 */
export function toCsv<T extends z.ZodObject>(schema: T, rows: readonly z.infer<T>[]): string {
  const columns = Object.keys(schema.shape);
  const lines = [columns.join(',')];
  for (const row of rows) {
    lines.push(columns.map((column) => csvCell((row as Record<string, unknown>)[column])).join(','));
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'number' ? numberText(value) : defuseFormula(String(value));
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Spreadsheets run a cell that starts with =, +, -, @ (or a tab or carriage return before one)
 * as a formula: a name or quote typed as `=HYPERLINK("http://…")` would run on a journalist's
 * machine when the download is opened (OWASP, "CSV Injection"). Such text gets a leading
 * apostrophe, which spreadsheets read as "this is text". Numbers are never touched: -3.5 stays a
 * number. Text that already starts with apostrophes before such a character gets one more, so a
 * reader can undo exactly what was added.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

function defuseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Plain decimal notation, never exponents: 0.0000001 stays readable by spreadsheets. */
function numberText(value: number): string {
  return Math.abs(value) < 1e-6 && value !== 0 ? value.toFixed(12).replace(/0+$/, '') : String(value);
}
