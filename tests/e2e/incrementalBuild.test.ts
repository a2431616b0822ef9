import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { repositoryWithTwoReleases } from '../node/twoReleasesFixture.ts';
import { formatBytes } from '../../src/site/format/formatBytes.ts';
import { readCsvRows } from '../support/csvTable.ts';
import { ROOT } from '../support/siteUnderTest.ts';

/**
 * An incremental build (Astro's, with the pages' cache keys of src/site/pageKeys.ts) after a
 * commit writes exactly what a full build of that commit writes, every file byte for byte, while
 * rendering again only the pages that draw from what changed.
 *
 * The data is the two-release repository (Lào Cai) with a second province added after the last
 * release. For each edit (a figure, a document's title, a new results file, a commune's and an
 * indicator's name, a commit dated past a deadline): commit it, build incrementally over the cache
 * the previous build left, build again from nothing into another folder, and compare the two
 * folders. A key that leaves out the files' hashes, or the deadlines passed, fails here.
 */
const TMP = join(ROOT, '.tmp', 'incremental');
const INCREMENTAL = join(TMP, 'dist-incremental');
const FULL = join(TMP, 'dist-full');
const CACHE = join(TMP, 'cache');
let data: string;

const SECOND_PROVINCE: Record<string, string> = {
  'content/territories/ninh-thuan.yaml': `territories:
  - id: ninh-thuan
    code: "58"
    level: province
    name: Ninh Thuận
  - id: bac-ai
    code: "593"
    level: district
    name: Bác Ái
    parent: ninh-thuan
  - id: phuoc-ha
    code: "22870"
    level: commune
    name: Phước Hà
    parent: bac-ai
`,
  'content/agencies/ninh-thuan.yaml': `agencies:
  - id: ubnd-ninh-thuan
    name: { vi: UBND tỉnh Ninh Thuận }
`,
  'plans/ninh-thuan/kh-12.md': `---
id: kh-12
type: ke-hoach
number: 12/KH-UBND
issuer: ubnd-ninh-thuan
issued: 2021-03-02
status: ban-hanh
title: { vi: Kế hoạch giảm nghèo tỉnh Ninh Thuận }
period: 2021-2025
scope: [ninh-thuan]
---
Kế hoạch số 12/KH-UBND.
`,
  'plans/ninh-thuan/kh-12.yaml': `plan: kh-12
targets:
  - indicator: ty-le-ho-ngheo
    territory: phuoc-ha
    comparator: "<="
    value: 20
    by: 2025
    source: { document: kh-12 }
`,
  'plans/ninh-thuan/bc-2023.md': `---
id: bc-2023
type: bao-cao
number: 40/BC-UBND
issuer: ubnd-ninh-thuan
issued: 2024-01-20
status: ban-hanh
title: { vi: Báo cáo giảm nghèo năm 2023 }
relations:
  - { type: reports-on, document: kh-12 }
---
Báo cáo năm 2023.
`,
  'plans/ninh-thuan/bc-2023.yaml': `plan: kh-12
observations:
  - { indicator: ty-le-ho-ngheo, territory: phuoc-ha, period: 2022, value: 41.3, status: reported, source: { document: bc-2023 } }
  - { indicator: ty-le-ho-ngheo, territory: phuoc-ha, period: 2023, value: 35.7, status: reported, source: { document: bc-2023 } }
  - { indicator: ty-le-ho-ngheo, territory: bac-ai, period: 2023, value: 22.1, status: reported, source: { document: bc-2023 } }
`,
};

function write(files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(data, path)), { recursive: true });
    writeFileSync(join(data, path), text);
  }
}

function change(path: string, from: string, to: string): void {
  const text = readFileSync(join(data, path), 'utf8');
  if (!text.includes(from)) throw new Error(`${path} has no "${from}"`);
  writeFileSync(join(data, path), text.replace(from, to));
}

let day = 10;
function commit(message: string, date = `2024-05-${String((day += 1)).padStart(2, '0')}T10:00:00Z`): void {
  // One commit a day, so each page's stamp (the date of the newest commit among its files) differs.
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  execFileSync('git', ['add', '-A'], { cwd: data, env });
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-q', '-m', message], { cwd: data, env });
}

/** Vitest's own Vite variables (BASE_URL, MODE…) would be read by Astro as the site's. */
function astroBuild(outDir: string, cache: string): string {
  const env: NodeJS.ProcessEnv = { ...process.env, MINHBACH_DATA: data, MINHBACH_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1' };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'MINHBACH_BASE_PATH', 'MINHBACH_SITE_URL', 'FORCE_COLOR']) delete env[key];
  rmSync(outDir, { recursive: true, force: true });
  return execFileSync('npx', ['astro', 'build', '--outDir', outDir], { cwd: ROOT, env: { ...env, NO_COLOR: '1' }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

function files(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The pages and downloads of the incremental build, rendered or copied from the previous build, from Astro's log. */
function pagesOf(log: string): { rendered: string[]; restored: string[] } {
  const rendered: string[] = [];
  const restored: string[] = [];
  for (const match of log.matchAll(/[├└]─ (\/\S+\.(?:html|csv))(.*)/g)) (/\((?:restored|cached)\)/.test(match[2]!) ? restored : rendered).push(match[1]!);
  return { rendered, restored };
}

/** Commits an edit, builds both ways and compares; returns the incremental build's pages. */
function buildBothWays(): { rendered: string[]; restored: string[] } {
  const log = astroBuild(INCREMENTAL, CACHE);
  astroBuild(FULL, 'off');
  const built = files(FULL);
  expect(files(INCREMENTAL)).toEqual(built);
  const different = built.filter((file) => !readFileSync(join(FULL, file)).equals(readFileSync(join(INCREMENTAL, file))));
  expect(different).toEqual([]);
  return pagesOf(log);
}

const LAO_CAI_PAGES = ['/dia-ban/nam-chay/index.html', '/en/territories/van-ban/index.html', '/dia-ban/lao-cai/index.html', '/van-ban/bai-2023/index.html', '/ke-hoach/kh-239/index.html'];
const NINH_THUAN_PAGES = ['/dia-ban/phuoc-ha/index.html', '/en/territories/bac-ai/index.html', '/dia-ban/ninh-thuan/index.html', '/van-ban/bc-2023/index.html', '/ke-hoach/kh-12/index.html'];

beforeAll(() => {
  rmSync(TMP, { recursive: true, force: true });
  data = repositoryWithTwoReleases();
  write(SECOND_PROVINCE);
  commit('a second province');
  // The first build fills the cache, as the publish workflow's previous run would have.
  astroBuild(INCREMENTAL, CACHE);
}, 120_000);

const PROVINCE_DOWNLOADS = ['/tai-ve/chi-so/ty-le-ho-ngheo/lao-cai.csv', '/tai-ve/chi-so/ty-le-ho-ngheo/ninh-thuan.csv'];

test('with nothing changed, every page of one place or document, and each province’s download, is copied from the last build', () => {
  const { rendered, restored } = buildBothWays();
  expect(restored).toEqual(expect.arrayContaining([...LAO_CAI_PAGES, ...NINH_THUAN_PAGES, ...PROVINCE_DOWNLOADS]));
  expect(rendered).not.toEqual(expect.arrayContaining(['/dia-ban/nam-chay/index.html']));
}, 240_000);

test('one figure changed: the same site as a full build, and only its province’s pages rendered again', () => {
  change('plans/ninh-thuan/bc-2023.yaml', 'period: 2023, value: 35.7', 'period: 2023, value: 35.2');
  commit('correct Phước Hà 2023');
  const { rendered, restored } = buildBothWays();
  expect(rendered).toEqual(expect.arrayContaining(NINH_THUAN_PAGES));
  expect(restored).toEqual(expect.arrayContaining(LAO_CAI_PAGES));
  // The changed figure's pages are stamped with the commit that changed it; the others keep theirs.
  const page = (path: string) => readFileSync(join(FULL, path), 'utf8');
  expect(page('dia-ban/phuoc-ha/index.html')).toContain('35,2%');
  expect(page('dia-ban/phuoc-ha/index.html')).toContain('dữ liệu ngày 12/5/2024');
  expect(page('dia-ban/nam-chay/index.html')).toContain('dữ liệu ngày 11/5/2024');
  expect(page('dia-ban/nam-chay/index.html')).not.toContain('dữ liệu ngày 12/5/2024');
  expect(rendered).toContain('/tai-ve/chi-so/ty-le-ho-ngheo/ninh-thuan.csv');
  // A download's row names the version its figure's pages and citations name, not the build's.
  const versions = (province: string) => {
    const [header, ...rows] = readCsvRows(readFileSync(join(FULL, `tai-ve/chi-so/ty-le-ho-ngheo/${province}.csv`), 'utf8'));
    const place = header!.indexOf('territory_id');
    const version = header!.indexOf('data_version');
    return new Map(rows.map((row) => [row[place], row[version]]));
  };
  expect(versions('ninh-thuan').get('phuoc-ha')).toMatch(/^data of 12 May 2024, build [0-9a-f]{7}/);
  expect(versions('lao-cai').get('nam-chay')).toMatch(/^data of 11 May 2024, build [0-9a-f]{7}/);
}, 240_000);

test('a document’s title changed: its province’s pages rendered again, the other province’s copied', () => {
  change('plans/bai-2023.md', 'title: { vi: Nỗ lực giảm nghèo }', 'title: { vi: Nỗ lực giảm nghèo bền vững }');
  commit('the article’s full title');
  const { rendered, restored } = buildBothWays();
  expect(rendered).toEqual(expect.arrayContaining(LAO_CAI_PAGES));
  expect(restored).toEqual(expect.arrayContaining(NINH_THUAN_PAGES));
}, 240_000);

test('a new results file: its province’s pages rendered again, the other province’s copied', () => {
  write({
    'plans/ninh-thuan/bc-2021.md': `---\nid: bc-2021\ntype: bao-cao\nnumber: 8/BC-UBND\nissuer: ubnd-ninh-thuan\nissued: 2022-01-18\nstatus: ban-hanh\ntitle: { vi: Báo cáo giảm nghèo năm 2021 }\n---\nBáo cáo năm 2021.\n`,
    'plans/ninh-thuan/bc-2021.yaml': `plan: kh-12\nobservations:\n  - { indicator: ty-le-ho-ngheo, territory: phuoc-ha, period: 2021, value: 47.9, status: reported, source: { document: bc-2021 } }\n`,
  });
  commit('the 2021 report');
  const sizesBefore = printedSizes();
  const { rendered, restored } = buildBothWays();
  expect(rendered).toEqual(expect.arrayContaining([...NINH_THUAN_PAGES, '/van-ban/bc-2021/index.html']));
  expect(restored).toEqual(expect.arrayContaining(LAO_CAI_PAGES));
  // The data page is rendered at every build, and prints each province file's size without
  // rendering the files it copies (src/node/keptSizes.ts): the file that grew shows its new
  // size, the file copied shows the size it had, each the size of the file written.
  expect(rendered).toContain('/tai-ve/chi-so/ty-le-ho-ngheo/ninh-thuan.csv');
  expect(restored).toContain('/tai-ve/chi-so/ty-le-ho-ngheo/lao-cai.csv');
  const sizesAfter = printedSizes();
  const written = (province: string) => formatBytes(statSync(join(INCREMENTAL, `tai-ve/chi-so/ty-le-ho-ngheo/${province}.csv`)).size, 'vi');
  expect(sizesAfter.get('ninh-thuan')).toBe(written('ninh-thuan'));
  expect(sizesAfter.get('ninh-thuan')).not.toBe(sizesBefore.get('ninh-thuan'));
  expect(sizesAfter.get('lao-cai')).toBe(written('lao-cai'));
  expect(sizesAfter.get('lao-cai')).toBe(sizesBefore.get('lao-cai'));
}, 240_000);

/** The size the incremental build's data page prints for each poverty-rate file (a province's, a group's), by its name. */
function printedSizes(): Map<string, string> {
  const page = readFileSync(join(INCREMENTAL, 'du-lieu/index.html'), 'utf8');
  const sizes = new Map<string, string>();
  for (const match of page.matchAll(/href="\/tai-ve\/chi-so\/ty-le-ho-ngheo\/([a-z-]+)\.csv"[^>]*>\s*CSV\s*<\/a>\s*<span class="muted">\(([^)]+)\)<\/span>/g)) {
    sizes.set(match[1]!, match[2]!);
  }
  expect([...sizes.keys()]).toEqual(expect.arrayContaining(['lao-cai', 'ninh-thuan']));
  return sizes;
}

test('a commune’s name or an indicator’s name changed: every page that prints it is rendered again', () => {
  change('content/territories/test.yaml', 'name: Nậm Chày', 'name: Nậm Chầy');
  commit('rename Nậm Chày');
  expect(buildBothWays().rendered).toEqual(expect.arrayContaining([...LAO_CAI_PAGES, ...NINH_THUAN_PAGES]));
  change('content/indicators/test.yaml', 'Tỷ lệ hộ nghèo, en: Poverty rate', 'Tỷ lệ hộ nghèo (%), en: Poverty rate');
  commit('rename the poverty rate');
  expect(buildBothWays().rendered).toEqual(expect.arrayContaining([...LAO_CAI_PAGES, ...NINH_THUAN_PAGES]));
}, 480_000);

test('a deadline passed by the data’s date: pages whose verdicts it decides are rendered again, though their files did not change', () => {
  // Lào Cai's plan targets 2025; a commit in another province dated 2026 passes that deadline.
  const plan = () => readFileSync(join(FULL, 'ke-hoach/kh-239/index.html'), 'utf8');
  expect(plan()).toContain('chưa đến hạn');
  change('plans/ninh-thuan/bc-2023.yaml', 'value: 22.1', 'value: 22.4');
  commit('correct Bác Ái 2023', '2026-01-10T10:00:00Z');
  const { rendered } = buildBothWays();
  expect(rendered).toEqual(expect.arrayContaining(['/ke-hoach/kh-239/index.html', '/dia-ban/nhom-xa-ngheo/index.html']));
  expect(plan()).toContain('đã qua hạn');
}, 240_000);

test('an edit that raises a validator warning: its province’s pages rendered again with the warning, the other province’s copied', () => {
  // A poverty target set to rise: the validator's warning is printed under the target's row.
  change('plans/ninh-thuan/kh-12.yaml', 'comparator: "<="', 'comparator: ">="');
  // Dated after the last test's commit (2026): an earlier date would move the day verdicts are judged at.
  commit('a target set the wrong way', '2026-01-11T10:00:00Z');
  const raised = buildBothWays();
  expect(raised.rendered).toEqual(expect.arrayContaining(NINH_THUAN_PAGES));
  expect(raised.restored).toEqual(expect.arrayContaining(LAO_CAI_PAGES));
  const plan = () => readFileSync(join(FULL, 'ke-hoach/kh-12/index.html'), 'utf8');
  expect(plan()).toContain('class="figure-warning"');
  // Taken back: the warning leaves the province's pages, again without touching the other's.
  change('plans/ninh-thuan/kh-12.yaml', 'comparator: ">="', 'comparator: "<="');
  commit('the target as planned', '2026-01-12T10:00:00Z');
  const cleared = buildBothWays();
  expect(cleared.rendered).toEqual(expect.arrayContaining(NINH_THUAN_PAGES));
  expect(cleared.restored).toEqual(expect.arrayContaining(LAO_CAI_PAGES));
  expect(plan()).not.toContain('class="figure-warning"');
}, 480_000);
