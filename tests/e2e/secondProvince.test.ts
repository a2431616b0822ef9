import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { builtHtmlPages } from '../support/builtPages.ts';

/**
 * Another province, built as its own staff would build it: the test province of
 * tests/fixtures/quang-tri/ copied into a git repository of its own, built with MINHBACH_DATA.
 * Nothing of the shipped data may reach its pages, and its pages are stamped with its own commit.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE = join(ROOT, 'tests/fixtures/quang-tri');
const SHIPPED_NAMES = ['Lào Cai', 'Nậm Chày', 'Ninh Thuận'];

let data: string;
let dist: string;
let commit: string;
let pages: Map<string, string>;
let git: (...args: string[]) => string;
let build: (outDir: string) => Map<string, string>;

beforeAll(() => {
  const folder = mkdtempSync(join(tmpdir(), 'minhbach-quang-tri-'));
  data = join(folder, 'data');
  dist = join(folder, 'dist');
  cpSync(FIXTURE, data, { recursive: true });
  git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], {
      cwd: data,
      encoding: 'utf8',
      env: { ...process.env, GIT_AUTHOR_DATE: '2026-11-20T09:00:00Z', GIT_COMMITTER_DATE: '2026-11-20T09:00:00Z' },
    }).trim();
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-qm', 'Quảng Trị test data');
  commit = git('rev-parse', '--short', 'HEAD');
  const env: NodeJS.ProcessEnv = { ...process.env, MINHBACH_DATA: data, ASTRO_TELEMETRY_DISABLED: '1' };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'MINHBACH_BASE_PATH', 'MINHBACH_SITE_URL', 'GITHUB_REPOSITORY']) delete env[key];
  build = (outDir) => {
    execFileSync(process.execPath, [join(ROOT, 'src/cli/buildSite.ts'), '--outDir', outDir], { cwd: ROOT, env, stdio: 'pipe' });
    return builtHtmlPages(outDir);
  };
  pages = build(dist);
});

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&nbsp;|\s+/g, ' ');

describe('a second province with a data folder of its own', () => {
  test('builds every page without one name of the shipped data', () => {
    expect(pages.size).toBeGreaterThan(20);
    const leaks = [...pages].flatMap(([path, html]) => SHIPPED_NAMES.filter((name) => html.includes(name)).map((name) => `${path}: ${name}`));
    expect(leaks).toEqual([]);
  });

  test('stamps every page with its own repository’s commit, as a dated snapshot', () => {
    expect(text(pages.get('/')!)).toContain(`Phiên bản dữ liệu: dữ liệu ngày 20/11/2026, bản ${commit}`);
    expect(text(pages.get('/en/')!)).toContain(`Data version: data of 20 November 2026, build ${commit}`);
  });

  test('is called by its own name, and its About page is its own, in English marked untranslated', () => {
    const settings = parse(readFileSync(join(FIXTURE, 'content/site.yaml'), 'utf8')) as { name: { vi: string; en: string } };
    expect(pages.get('/')!).toContain(`<title>${settings.name.vi} — `);
    expect(pages.get('/en/')!).toContain(`<title>${settings.name.en} — `);
    expect(text(pages.get('/gioi-thieu/')!)).toContain('Đây là trang thử của tỉnh Quảng Trị');
    expect(text(pages.get('/en/about/')!)).toContain('Đây là trang thử của tỉnh Quảng Trị');
    // The pages it does not write come from the engine's templates, in English too.
    expect(text(pages.get('/en/methodology/')!)).toContain('never silently picks one number');
  });

  test('shows the figures of its data folder, with the standard catalogue’s indicators used by id', () => {
    const figures = readFileSync(join(FIXTURE, 'plans/quang-tri/bao-cao-ket-qua-2024.yaml'), 'utf8');
    const rate = (parse(figures) as { observations: { indicator: string; value: number }[] }).observations.find((o) => o.indicator === 'ty-le-ho-ngheo')!;
    expect(text(pages.get('/chi-so/ty-le-ho-ngheo/')!)).toContain(`${String(rate.value).replace('.', ',')}%`);
    // Permalinks are absolute at the address its settings give (base_url), with no variable set.
    expect(text(pages.get('/chi-so/ty-le-ho-ngheo/')!)).toContain('https://minhbach.example.org/chi-so/ty-le-ho-ngheo/#ty-le-ho-ngheo--quang-tri--2024--bao-cao-ket-qua-2024');
        // A catalogue indicator the folder never uses gets no page.
    expect(pages.has('/chi-so/so-xa-dat-chuan-ntm/')).toBe(false);
  });
});

describe('the same province after a release, built with an edit not yet committed', () => {
  let edited: Map<string, string>;
  beforeAll(() => {
    git('tag', 'v2026.1');
    // A corrected report: its text, the figure and its quote all say 23 classes now.
    for (const name of ['bao-cao-ket-qua-2024.yaml', 'bao-cao-ket-qua-2024.md']) {
      const file = join(data, 'plans/quang-tri', name);
      writeFileSync(file, readFileSync(file, 'utf8').replace('    value: 22\n', '    value: 23\n').replaceAll('tổ chức 22 lớp', 'tổ chức 23 lớp'));
    }
    edited = build(join(dist, '..', 'dist-edited'));
  });

  test('says the data has unsaved changes instead of naming the release or its commit as holding it', () => {
    expect(text(edited.get('/')!)).toContain(`Phiên bản dữ liệu: dữ liệu có thay đổi chưa lưu, sau bản ${commit} ngày 20/11/2026`);
    expect(text(edited.get('/en/')!)).toContain(`Data version: data with unsaved changes, after build ${commit} of 20 November 2026`);
  });

  test('lists its own release on the versions page, and the corrected figure says it is not saved', () => {
    expect(text(edited.get('/phien-ban/')!)).toContain(`v2026.1 (20/11/2026, commit ${commit} )`);
    expect(text(edited.get('/chi-so/so-lop-day-nghe/')!)).toContain(`Đã điều chỉnh từ 22 lớp thành 23 lớp (thay đổi chưa lưu, sau bản ${commit} ngày 20/11/2026)`);
  });
});
