import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readCsvRows } from '../support/csvTable.ts';
import { parquetColumns, readParquetRows } from '../support/parquetTable.ts';
import { DIST } from '../support/siteUnderTest.ts';

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');

interface Descriptor {
  profile: string;
  name: string;
  version: string;
  resources: { name: string; path: string; profile: string; format: string; encoding: string; bytes: number; schema: { fields: { name: string; type: string }[]; primaryKey?: string } }[];
}

test('datapackage.json is a Frictionless tabular data package whose every resource exists, with its stated size and columns', () => {
  const descriptor = JSON.parse(read('tai-ve/datapackage.json')) as Descriptor;
  expect(descriptor.profile).toBe('tabular-data-package');
  expect(descriptor.name).toMatch(/^[a-z0-9._-]+$/);
  // A release "v1 (abc1234, 2026-12-02)", or between releases "data of 2 December 2026, build abc1234".
  expect(descriptor.version).toMatch(/\([0-9a-f]{7,}, \d{4}-\d{2}-\d{2}\)$|, build [0-9a-f]{7,}/);
  expect(descriptor.resources.map((r) => r.name)).toEqual(['figures', 'indicators', 'territories', 'documents']);
  expect(descriptor.resources.map((r) => r.format)).toEqual(['parquet', 'csv', 'csv', 'csv']);
  for (const resource of descriptor.resources) {
    const file = join(DIST, 'tai-ve', resource.path);
    expect(existsSync(file), resource.path).toBe(true);
    expect(statSync(file).size, resource.path).toBe(resource.bytes);
    expect(resource.profile).toBe('tabular-data-resource');
    if (resource.format === 'csv') expect(resource.encoding).toBe('utf-8');
    // The Parquet file is read by Arrow's Rust reader, not by the library that wrote it.
    const [header, ...rows] =
      resource.format === 'parquet'
        ? ((bytes) => [parquetColumns(bytes), ...readParquetRows(bytes).map((row) => Object.values(row).map(String))])(readFileSync(file))
        : readCsvRows(readFileSync(file, 'utf8'));
    expect(header, resource.path).toEqual(resource.schema.fields.map((field) => field.name));
    if (resource.schema.primaryKey) {
      const keys = rows.map((row) => row[header!.indexOf(resource.schema.primaryKey!)]);
      expect(new Set(keys).size, `${resource.path} primary key`).toBe(keys.length);
    }
  }
});

test('every download listed on the data page exists, with the size the page states', () => {
  const html = read('du-lieu/index.html');
  const listed = [...html.matchAll(/<a href="(\/tai-ve\/[^"]+)" download>[^<]*<\/a>\s*(?:<\/th>\s*<td>[^<]*<\/td>\s*<td>|<span class="muted">\((?:\.xlsx, )?)([^<)]+)/g)].map((m) => ({ path: m[1]!, size: m[2]! }));
  // Each indicator's spreadsheet is linked from its indicator page, not from this one.
  const files = readdirSync(join(DIST, 'tai-ve'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && !join(e.parentPath, e.name).includes('/bang-tinh/chi-so/'));
  expect(listed.length).toBeGreaterThanOrEqual(files.length);
  for (const { path, size } of listed) {
    const bytes = statSync(join(DIST, path)).size;
    // "850 B", "12,3 KB", "1,2 MB" in Vietnamese notation, rounded to one decimal.
    const [, number, unit] = /^([\d.,]+) (B|KB|MB)$/.exec(size.trim())!;
    const scale = { B: 1, KB: 1024, MB: 1024 * 1024 }[unit as 'B' | 'KB' | 'MB'];
    expect(Math.abs(Number(number!.replace(/\./g, '').replace(',', '.')) * scale - bytes), `${path}: ${size}`).toBeLessThanOrEqual(0.05 * scale);
  }
  // Both language sides link the same files.
  const english = read('en/data/index.html');
  for (const { path } of listed) expect(english, path).toContain(`href="${path}"`);
});

test('the downloads open in Excel with Vietnamese intact: UTF-8 with a byte-order mark', () => {
  for (const path of ['tai-ve/chi-so.csv', 'tai-ve/chi-so/ty-le-ho-ngheo/lao-cai.csv', 'tai-ve/chi-so/ty-le-ho-ngheo/ninh-thuan.csv', 'tai-ve/dia-ban.csv']) {
    const bytes = readFileSync(join(DIST, path));
    expect([...bytes.subarray(0, 3)], path).toEqual([0xef, 0xbb, 0xbf]);
  }
  expect(read('tai-ve/chi-so/ty-le-ho-ngheo/lao-cai.csv')).toContain('Nậm Chày');
});

test('every figure in a download names the data version its citation names', () => {
  // The version the English page of a place cites its figures at (its data stamp).
  const cited = new Map<string, string>();
  const citedVersion = (place: string) => {
    if (!cited.has(place)) cited.set(place, /data-cite-version="minhbach, ([^"]+)"/.exec(read(`en/territories/${place}/index.html`))![1]!);
    return cited.get(place)!;
  };
  for (const path of ['tai-ve/chi-so/ty-le-ho-ngheo/lao-cai.csv', 'tai-ve/chi-so/ty-le-ho-ngheo/ninh-thuan.csv']) {
    const [header, ...rows] = readCsvRows(read(path));
    const [place, version] = [header!.indexOf('territory_id'), header!.indexOf('data_version')];
    expect(rows.length, path).toBeGreaterThan(0);
    for (const row of rows) expect(row[version], `${path} ${row[place]}`).toBe(citedVersion(row[place]!));
  }
  const parquet = readParquetRows(readFileSync(join(DIST, 'tai-ve/minhbach.parquet')));
  expect(parquet.length).toBeGreaterThan(0);
  for (const row of parquet) expect(row['data_version'], String(row['figure_id'])).toBe(citedVersion(String(row['territory_id'])));
});

test('an indicator page describes its figures as a schema.org Dataset with its downloads', () => {
  const html = read('chi-so/ty-le-ho-ngheo/index.html');
  const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!;
  const dataset = JSON.parse(json) as { '@type': string; name: string; distribution: { contentUrl: string; encodingFormat: string }[] };
  expect(dataset['@type']).toBe('Dataset');
  expect(dataset.name).toBe('Tỷ lệ hộ nghèo');
  expect(dataset.distribution.map((d) => [d.encodingFormat, d.contentUrl.replace(/^https?:\/\/[^/]+/, '')])).toEqual([
    ['text/csv', '/tai-ve/chi-so/ty-le-ho-ngheo/lao-cai.csv'],
    ['text/csv', '/tai-ve/chi-so/ty-le-ho-ngheo/ninh-thuan.csv'],
  ]);
  for (const { contentUrl } of dataset.distribution) expect(existsSync(join(DIST, new URL(contentUrl, 'http://x').pathname))).toBe(true);
});

test('no download is over 25 MiB, the largest file a static host such as Cloudflare Pages serves', () => {
  const files = readdirSync(join(DIST, 'tai-ve'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  expect(files.filter((e) => statSync(join(e.parentPath, e.name)).size > 25 * 1024 * 1024).map((e) => e.name)).toEqual([]);
});
