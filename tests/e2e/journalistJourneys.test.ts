import { execFileSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { readCsvRows } from '../support/csvTable.ts';
import { watchProblems } from '../support/browser.ts';
import { readParquetRows } from '../support/parquetTable.ts';
import { useSiteInBrowser } from '../support/siteInBrowser.ts';
import { ROOT } from '../support/siteUnderTest.ts';

const site = useSiteInBrowser();

const POVERTY_2023 = 'ty-le-ho-ngheo--10-xa-ngheo-lao-cai--2023--bai-bao-giam-ngheo-10-xa-2023';

/** A download as the browser gets it, parsed; the BOM checked first, since Excel needs it. */
async function downloadCsv(href: string): Promise<Record<string, string>[]> {
  const bytes = new Uint8Array(await (await fetch(new URL(href, site.server.origin))).arrayBuffer());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = readCsvRows(new TextDecoder().decode(bytes));
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]!])));
}

// DESIGN.md §2.2: find the figure, cite it, check its source, download it.
test('journey 2: search → the poverty-rate indicator → Cite → the source document → the CSV and Parquet downloads', async () => {
  const page = await site.browser.context.newPage();
  const problems = watchProblems(page, site.server.origin);
  await page.goto(`${site.server.origin}/`);
  await page.getByRole('navigation', { name: 'Mục chính' }).getByRole('link', { name: 'Tìm kiếm' }).click();
  await page.getByRole('searchbox').fill('ty le ho ngheo');
  await page.getByRole('searchbox').press('Enter');
  const result = page.locator('.search-results a[href$="/chi-so/ty-le-ho-ngheo/"]');
  await expect.poll(() => result.count(), { timeout: 15_000 }).toBeGreaterThan(0);
  await result.first().click();
  await expect.poll(() => page.locator('h1').innerText()).toContain('Tỷ lệ hộ nghèo');

  // The chart with its target line, drawn when scrolled into view.
  const chart = page.locator('figure.chart').first();
  await chart.scrollIntoViewIfNeeded();
  await expect.poll(() => chart.getAttribute('data-chart-state'), { timeout: 15_000 }).toBe('drawn');
  expect(await chart.locator('.chart__legend').innerText()).toContain('Đường nét đứt');

  // Cite: source, quote, version, permalink; in Vietnamese and in English.
  const row = page.locator(`tr[id="${POVERTY_2023}"]`);
  await row.getByText('Trích dẫn', { exact: true }).click();
  const vi = await row.locator('.cite__text[lang="vi"]').innerText();
  expect(vi).toContain('50,54%');
  expect(vi).toContain('giảm từ 60,95% giảm xuống còn 50,54%');
  // A release is cited by its tag; between releases by the data's date and build ("dữ liệu ngày 3/12/2026, bản 2d13730").
  expect(vi).toMatch(/phiên bản .*\([0-9a-f]{7,}, \d{4}-\d{2}-\d{2}\)|dữ liệu ngày \d{1,2}\/\d{1,2}\/\d{4}, bản [0-9a-f]{7,}/);
  expect(vi).toContain(`#${POVERTY_2023}`);
  expect(await row.locator('.cite__text[lang="en"]').innerText()).toContain('50.54%');

  // The source: the document page quotes the same figure.
  await row.locator('td.source a').first().click();
  expect(new URL(page.url()).pathname).toBe('/van-ban/bai-bao-giam-ngheo-10-xa-2023/');
  expect(await page.locator(`tr[id="${POVERTY_2023}"]`).innerText()).toContain('50,54%');

  // Download: back on the indicator page, the CSV of Lào Cai and the whole dataset's Parquet
  // file hold the figure exactly as stated.
  await page.goBack();
  const csvLink = page.locator('p.downloads a', { hasText: 'CSV Lào Cai' });
  const rows = await downloadCsv((await csvLink.getAttribute('href'))!);
  const figure = rows.find((r) => r['figure_id'] === POVERTY_2023)!;
  expect(figure).toMatchObject({ value: '50.54', territory_name: '10 xã có tỷ lệ hộ nghèo cao (tỉnh Lào Cai)', source_quote: expect.stringContaining('50,54%') });
  const parquet = new Uint8Array(await (await fetch(new URL('/tai-ve/minhbach.parquet', site.server.origin))).arrayBuffer());
  expect(readParquetRows(parquet).find((f) => f['figure_id'] === POVERTY_2023)!['value']).toBe(50.54);
  await page.close();
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
});

// DESIGN.md §2.3: 30 vs 31 production projects, both shown with their sources, neither picked.
test('journey 3: the disputed projects count shows 30 and 31 with their sources, each citable, both marked in the download', async () => {
  const page = await site.browser.context.newPage();
  await page.goto(`${site.server.origin}/chi-so/so-du-an-ho-tro-phat-trien-san-xuat/`);
  const rows = page.locator('table.figures tbody tr', { hasText: '2023' });
  const texts = await rows.allInnerTexts();
  const thirty = texts.find((text) => /\b30 dự án/.test(text));
  const thirtyOne = texts.find((text) => /\b31 dự án/.test(text));
  expect(thirty).toBeDefined();
  expect(thirtyOne).toBeDefined();
  expect(await page.locator('.badge--disputed').count()).toBeGreaterThan(0);
  const citations = await page.locator('table.figures .cite__text[lang="vi"]').allTextContents();
  const cites30 = citations.filter((c) => c.includes(': 30 dự án.'));
  const cites31 = citations.filter((c) => c.includes(': 31 dự án.'));
  expect(cites30.length).toBe(1);
  expect(cites31.length).toBe(1);
  expect(cites30[0]).not.toBe(cites31[0]!.replace('31 dự án', '30 dự án'));

  const csv = await downloadCsv('/tai-ve/chi-so/so-du-an-ho-tro-phat-trien-san-xuat/lao-cai.csv');
  const disputed = csv.filter((r) => r['period'] === '2023' && r['disputed'] === 'true').map((r) => r['value']).sort();
  expect(disputed).toEqual(['30', '31']);
  await page.close();
});

// DESIGN.md §2.6: every page shows the version; the changelog and the downloads say which data.
test('journey 6: the footer names the data version, the versions page explains releases, and the data page lists every download', async () => {
  const page = await site.browser.context.newPage();
  const footerCommit = async (path: string) => {
    await page.goto(`${site.server.origin}${path}`);
    await page.locator('footer details.version-details > summary').click();
    return /(?:commit|bản) ([0-9a-f]{7,})/.exec(await page.locator('footer .data-version').innerText())![1]!;
  };
  // A commune's page names the last commit that changed its own figures, which the site's data
  // (the home page's version, the versions page's and the downloads') contains.
  const communeCommit = await footerCommit('/dia-ban/nam-chay/');
  const commit = await footerCommit('/');
  expect(() => execFileSync('git', ['merge-base', '--is-ancestor', communeCommit, commit], { cwd: ROOT })).not.toThrow();
  await page.locator('footer').getByRole('link', { name: 'Các phiên bản dữ liệu' }).click();
  expect(new URL(page.url()).pathname).toBe('/phien-ban/');
  const versions = await page.locator('main').innerText();
  expect(versions).toContain(commit);
  expect(versions).toMatch(/thẻ git dạng v1/);

  await page.locator('footer').getByRole('link', { name: 'Tải dữ liệu' }).click();
  expect(new URL(page.url()).pathname).toBe('/du-lieu/');
  expect(await page.locator('main').innerText()).toContain(commit);
  const datapackage = (await (await fetch(`${site.server.origin}/tai-ve/datapackage.json`)).json()) as { version: string };
  expect(datapackage.version).toContain(commit);
  await page.close();
});
