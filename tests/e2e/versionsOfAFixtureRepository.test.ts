import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { readCsvRows } from '../support/csvTable.ts';
import { repositoryWithTwoReleases } from '../node/twoReleasesFixture.ts';
import { ROOT } from '../support/siteUnderTest.ts';

/**
 * The site built from a small git repository with two release tags: v1 says 30 production
 * projects, v2 corrects it to 31 and adds a figure. What a journalist checking an old
 * citation sees: the changelog, the corrected row, and v1's data still downloadable.
 */
const OUT = join(ROOT, '.tmp', 'dist-two-releases');
const read = (path: string) => readFileSync(join(OUT, path), 'utf8');
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&gt;/g, '>').replace(/\s+/g, ' ');
const FIGURE = 'so-du-an--nhom-xa-ngheo--2023--bai-2023';

/** Vitest's own Vite variables (BASE_URL, MODE…) would be read by Astro as the site's. */
function buildEnvironment(data: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, MINHBACH_DATA: data, ASTRO_TELEMETRY_DISABLED: '1' };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'MINHBACH_BASE_PATH', 'MINHBACH_SITE_URL']) delete env[key];
  return env;
}

beforeAll(() => {
  const data = repositoryWithTwoReleases();
  rmSync(OUT, { recursive: true, force: true });
  execFileSync('npx', ['astro', 'build', '--outDir', OUT], {
    cwd: ROOT,
    env: buildEnvironment(data),
    stdio: 'ignore',
  });
});

test('the versions page lists both releases with the figures each added, changed and removed', () => {
  const page = text(read('phien-ban/index.html'));
  expect(page).toContain('Phiên bản đang hiển thị: v2');
  const v2 = page.slice(page.indexOf('v2 (3/4/2024'), page.indexOf('v1 (1/3/2024'));
  expect(v2).toContain('So với phiên bản v1: 1 số liệu thêm mới, 1 số liệu sửa, 0 số liệu bị xóa.');
  expect(v2).toMatch(/Số liệu sửa \(1\).*Số dự án.*10 xã có tỷ lệ hộ nghèo cao.*2023 30 dự án → 31 dự án/);
  expect(v2).toMatch(/Số liệu thêm mới \(1\).*Tỷ lệ hộ nghèo Nậm Chày 2022 48,46%/);
  const v1 = page.slice(page.indexOf('v1 (1/3/2024'));
  expect(v1).toContain('Phiên bản phát hành đầu tiên: 5 số liệu thêm mới, 0 số liệu sửa, 0 số liệu bị xóa.');
  expect(text(read('en/versions/index.html'))).toMatch(/Figures changed \(1\).*2023 30 projects → 31 projects/);
});

test('the corrected figure’s row says when it was corrected, from what to what', () => {
  const row = /<tr id="([^"]+)">(.*?)<\/tr>/gs;
  const html = read('chi-so/so-du-an/index.html');
  const match = [...html.matchAll(row)].find((m) => m[1] === FIGURE)!;
  expect(text(match[2]!)).toContain('Đã điều chỉnh ngày 3/4/2024 từ 30 dự án thành 31 dự án (phiên bản v2).');
  expect(text(match[2]!)).toContain('Dữ liệu minhbach, phiên bản v2 (');
});

test('each release’s whole dataset stays downloadable: v1 still says 30, v2 says 31', () => {
  const value = (tag: string) => {
    const [header, ...rows] = readCsvRows(read(`tai-ve/phien-ban/${tag}/so-lieu.csv`));
    const row = rows.find((r) => r[header!.indexOf('figure_id')] === FIGURE)!;
    return [row[header!.indexOf('value')], row[header!.indexOf('data_version')]!.split(' ')[0]];
  };
  expect(value('v1')).toEqual(['30', 'v1']);
  expect(value('v2')).toEqual(['31', 'v2']);
  const descriptor = JSON.parse(read('tai-ve/phien-ban/v1/datapackage.json')) as { version: string; resources: { path: string }[] };
  expect(descriptor.version).toMatch(/^v1 \([0-9a-f]{7}, 2024-03-01\)$/);
  for (const resource of descriptor.resources) expect(() => read(`tai-ve/phien-ban/v1/${resource.path}`)).not.toThrow();
  expect(text(read('phien-ban/index.html'))).toContain('so-lieu.csv');
});
