/**
 * Reads a CSV file as a spreadsheet would (RFC 4180: quoted fields, doubled quotes, CRLF or LF,
 * a leading BOM), into one object per row keyed by the header. Written here rather than taken
 * from the site's own CSV writer, so a bug in the writer cannot hide itself.
 */
export function readCsv(text: string): Record<string, string>[] {
  const [header, ...body] = readCsvRows(text);
  return body.map((cells) => Object.fromEntries(header!.map((name, column) => [name, cells[column] ?? ''])));
}

/** The same reading as rows of cells, the header first, blank lines dropped. */
export function readCsvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const source = text.replace(/^\ufeff/, '');
  for (let index = 0; index < source.length; index += 1) {
    const character = source[index]!;
    if (quoted) {
      if (character === '"' && source[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') {
      row.push(field);
      field = '';
    } else if (character === '\n' || character === '\r') {
      if (character === '\r' && source[index + 1] === '\n') index += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += character;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows.filter((cells) => cells.length > 1 || cells[0] !== '');
}
