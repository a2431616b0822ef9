import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useSiteInBrowser } from '../support/siteInBrowser.ts';

// Issue 14: a citizen on a 360×800 phone, with and without JavaScript, gets the answer on the
// first screen; charts are readable; a mistyped address lands somewhere useful.
const PHONE = { width: 360, height: 800 };
const withScript = useSiteInBrowser({ viewport: PHONE, bypassCSP: true });
const withoutScript = useSiteInBrowser({ viewport: PHONE, javaScriptEnabled: false });

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('the answer on the first screen of a 360×800 phone', () => {
  test.each([
    ['with JavaScript', withScript],
    ['without JavaScript', withoutScript],
  ] as const)('%s, Nậm Chày\'s latest poverty rate, its date, target, status and source are above the fold', async (_how, site) => {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.server.origin}/dia-ban/nam-chay/`);
    const summary = page.locator('section.summary');
    // Read against the YAML: 40.8 as of 2023-10-31, target below 15 by 2025.
    expect(await summary.locator('.summary__title').innerText()).toBe('Tỷ lệ hộ nghèo');
    expect(await summary.locator('.summary__figure').innerText()).toBe('40,8% (31/10/2023)');
    expect(await summary.locator('.summary__target').innerText()).toMatch(/^Mục tiêu 2025: dưới 15%\s+\S/);
    expect(await summary.locator('.summary__source').innerText()).toContain('Nguồn: Bài báo');
    const value = await summary.locator('.summary__value').boundingBox();
    const source = await summary.locator('.summary__source').boundingBox();
    expect(value!.y + value!.height).toBeLessThanOrEqual(800);
    expect(source!.y + source!.height).toBeLessThanOrEqual(800);
    // The link under it leads to the chart and table of the same figure.
    await summary.getByRole('link', { name: /Biểu đồ, bảng số liệu/ }).click();
    expect(await page.locator(':target').innerText()).toBe('Tỷ lệ hộ nghèo');
    await page.close();
  });

  test('a long territory page has a short table of contents; a short one does not', async () => {
    const page = await withoutScript.browser.context.newPage();
    await page.goto(`${withoutScript.server.origin}/dia-ban/nam-chay/`);
    const contents = page.getByRole('navigation', { name: 'Trên trang này' });
    expect(await page.evaluate(() => document.documentElement.scrollHeight / 800)).toBeGreaterThan(3);
    await contents.getByRole('link', { name: 'Tỷ lệ hộ cận nghèo' }).click();
    expect(new URL(page.url()).hash).toBe('#ty-le-ho-can-ngheo--nam-chay--title');
    await page.goto(`${withoutScript.server.origin}/dia-ban/dan-thang/`);
    expect(await page.evaluate(() => document.documentElement.scrollHeight / 800)).toBeLessThanOrEqual(3);
    expect(await page.getByRole('navigation', { name: 'Trên trang này' }).count()).toBe(0);
    await page.close();
  });
});

describe('finding a commune from the home page', () => {
  test('without JavaScript, the picker reaches a commune: province, then commune, two taps from the first screen', async () => {
    const page = await withoutScript.browser.context.newPage();
    await page.goto(`${withoutScript.server.origin}/`);
    const province = page.locator('details.picker').filter({ hasText: 'Lào Cai (đến 30/6/2025)' });
    const summary = await province.locator('summary').boundingBox();
    expect(summary!.y + summary!.height).toBeLessThanOrEqual(800);
    expect(summary!.height).toBeGreaterThanOrEqual(44);
    await province.locator('summary').click();
    await province.getByRole('link', { name: 'Nậm Chày', exact: true }).click();
    expect(new URL(page.url()).pathname).toBe('/dia-ban/nam-chay/');
    await page.close();
  });

  test('the search box is on the first screen and lands on the list of places, filtered without diacritics when JavaScript runs', async () => {
    const page = await withScript.browser.context.newPage();
    await page.goto(`${withScript.server.origin}/`);
    const box = page.getByRole('searchbox', { name: 'Tên xã, huyện hoặc tỉnh' });
    const where = await box.boundingBox();
    expect(where!.y + where!.height).toBeLessThanOrEqual(800);
    await box.fill('nam chay');
    await box.press('Enter');
    await page.waitForURL(/\/dia-ban\/\?q=nam\+chay$/);
    const visible = page.locator('[data-filter-tree] a:visible');
    await expect.poll(() => visible.allInnerTexts()).toContain('Nậm Chày');
    const names = await visible.allInnerTexts();
    expect(names.every((name) => ['Nậm Chày', 'Văn Bàn', 'Lào Cai'].includes(name))).toBe(true);
    await visible.filter({ hasText: 'Nậm Chày' }).first().click();
    expect(new URL(page.url()).pathname).toBe('/dia-ban/nam-chay/');
    await page.close();

    // Without JavaScript the same form lands on the whole list, where the commune is a link.
    const still = await withoutScript.browser.context.newPage();
    await still.goto(`${withoutScript.server.origin}/`);
    await still.getByRole('searchbox', { name: 'Tên xã, huyện hoặc tỉnh' }).fill('nam chay');
    await still.getByRole('button', { name: 'Tìm' }).click();
    expect(new URL(still.url()).pathname).toBe('/dia-ban/');
    expect(await still.locator('main').getByRole('link', { name: 'Nậm Chày', exact: true }).count()).toBe(2);
    await still.close();
  });

  test('the home page has no serious accessibility violation', async () => {
    const page = await withScript.browser.context.newPage();
    await page.goto(`${withScript.server.origin}/`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${withScript.server.origin}/dia-ban/nam-chay-2025/`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('merged places', () => {
  test('the new Nậm Chày shows the old one\'s figures, labelled by it and linked, and the old one says where it went', async () => {
    const page = await withoutScript.browser.context.newPage();
    await page.goto(`${withoutScript.server.origin}/dia-ban/nam-chay-2025/`);
    expect(await page.locator('h1').innerText()).toMatch(/Nậm Chày\s*\(từ 1\/7\/2025\)/);
    const former = page.locator('section.predecessor').filter({ has: page.getByRole('heading', { name: /Nậm Chày/ }) });
    expect(await former.getByRole('heading', { level: 3 }).innerText()).toBe('Nậm Chày (đến 30/6/2025)');
    const block = former.locator('section.indicator-block').filter({ has: page.getByRole('heading', { name: 'Tỷ lệ hộ nghèo', exact: true }) });
    const table = await block.getByRole('table').innerText();
    expect(table).toContain('48,46%');
    expect(table).toContain('40,8%');
    // Never added to Dần Thàng's: the new commune's own section states no figure of its own.
    expect(await page.locator('section.own-figures').innerText()).not.toContain('40,8');
    await former.getByRole('heading', { level: 3 }).getByRole('link').click();
    expect(new URL(page.url()).pathname).toBe('/dia-ban/nam-chay/');
    const moved = page.locator('.notice--moved');
    expect(await moved.innerText()).toBe('Từ 1/7/2025, đơn vị này thuộc về Nậm Chày (từ 1/7/2025).');
    const top = await moved.boundingBox();
    expect(top!.y + top!.height).toBeLessThanOrEqual(800);
    await page.close();
  });
});

describe('searching a name two places share', () => {
  test('"nam chay" lists the old commune, which has the figures, first, and each result carries its dates', async () => {
    const page = await withScript.browser.context.newPage();
    await page.goto(`${withScript.server.origin}/tim-kiem/?q=nam+chay`);
    const links = page.locator('.search-results li > a');
    await expect.poll(() => links.count(), { timeout: 15_000 }).toBeGreaterThan(2);
    const results = await links.evaluateAll((anchors) => anchors.map((a) => ({ path: new URL((a as HTMLAnchorElement).href).pathname, title: a.textContent })));
    expect(results[0]).toEqual({ path: '/dia-ban/nam-chay/', title: 'Xã Nậm Chày (đến 30/6/2025)' });
    expect(results).toContainEqual({ path: '/dia-ban/nam-chay-2025/', title: 'Xã Nậm Chày (từ 1/7/2025)' });
    await page.close();
  });
});

describe('plain words', () => {
  test('the footer states the data\'s date in words; the commit is one click away, not on show', async () => {
    const page = await withoutScript.browser.context.newPage();
    await page.goto(`${withoutScript.server.origin}/dia-ban/nam-chay/`);
    const footer = page.locator('footer');
    expect(await footer.locator('.data-date').innerText()).toMatch(/^Số liệu trên trang này được cập nhật lần cuối ngày \d{1,2} tháng \d{1,2} năm \d{4}\.$/);
    expect(await footer.innerText()).not.toMatch(/\b[0-9a-f]{7,}\b/);
    await footer.locator('details.version-details > summary').click();
    expect(await footer.locator('.data-version').innerText()).toMatch(/\b[0-9a-f]{7,}\b/);
    await page.goto(`${withoutScript.server.origin}/en/`);
    expect(await page.locator('footer .data-date').innerText()).toMatch(/^The figures on this page were last updated on \d{1,2} [A-Z][a-z]+ \d{4}\.$/);
    await page.close();
  });
});

describe('a mistyped address', () => {
  test.each([
    ['/dia-ban/khong-co-xa-nay/', 'Không tìm thấy trang này', 'Địa bàn'],
    ['/en/territories/no-such-place/', 'Page not found', 'Territories'],
  ])('%s answers 404 with the site\'s own page: search and the main sections', async (path, title, section) => {
    for (const site of [withoutScript, withScript]) {
      const page = await site.browser.context.newPage();
      const response = await page.goto(site.server.origin + path);
      expect(response?.status()).toBe(404);
      expect(await page.locator('h1').innerText()).toBe(title);
      expect(await page.getByRole('search').locator('input[name="q"]').count()).toBe(1);
      await page.locator('main').getByRole('link', { name: section, exact: true }).click();
      expect(await page.locator('h1').innerText()).toBe(section);
      await page.close();
    }
  });

  test('the not-found page has no serious accessibility violation', async () => {
    const page = await withScript.browser.context.newPage();
    await page.goto(`${withScript.server.origin}/khong-co/`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('controls a thumb can hit', () => {
  test('inputs and buttons are at least 44 px tall and inputs use 16 px text, so phones do not zoom', async () => {
    const page = await withScript.browser.context.newPage();
    await page.goto(`${withScript.server.origin}/khong-co/`);
    const sizes = await page.locator('main input, main button, .site-nav a').evaluateAll((elements) =>
      elements.map((element) => ({ tag: element.tagName, height: element.getBoundingClientRect().height, font: parseFloat(getComputedStyle(element).fontSize) })),
    );
    expect(sizes.length).toBeGreaterThan(3);
    for (const size of sizes) {
      expect(size.height, size.tag).toBeGreaterThanOrEqual(44);
      if (size.tag === 'INPUT') expect(size.font).toBeGreaterThanOrEqual(16);
    }
    await page.close();
  });
});

interface DrawnLabel {
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

describe('charts people can read', () => {
  test('on the poverty indicator at 360 px: years 2022 and 2025 labelled, no label over another, disjoint periods in separate charts', async () => {
    const page = await withScript.browser.context.newPage();
    await page.goto(`${withScript.server.origin}/chi-so/ty-le-ho-ngheo/`);
    const charts = page.locator('.indicator-block').first().locator('figure.chart');
    // Lào Cai 2021–2025 and Ninh Thuận 2017–2018 never share one axis with an empty gap.
    expect(await charts.locator('.chart__title').allInnerTexts()).toEqual(['2022–2025', '2017–2018']);
    for (let i = 0; i < (await charts.count()); i++) {
      const chart = charts.nth(i);
      await chart.scrollIntoViewIfNeeded();
      await expect.poll(() => chart.getAttribute('data-chart-state'), { timeout: 15_000 }).toBe('drawn');
      const labels = JSON.parse((await chart.locator('canvas').getAttribute('data-labels')) ?? '[]') as DrawnLabel[];
      const canvasWidth = await chart.locator('canvas').evaluate((canvas) => canvas.getBoundingClientRect().width);
      for (const [j, a] of labels.entries()) {
        expect(a.left, a.text).toBeGreaterThanOrEqual(0);
        expect(a.right, a.text).toBeLessThanOrEqual(canvasWidth);
        for (const b of labels.slice(j + 1)) {
          const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
          expect(apart, `"${a.text}" and "${b.text}" overlap`).toBe(true);
        }
      }
      const texts = labels.map((label) => label.text);
      if (i === 0) {
        expect(texts).toEqual(expect.arrayContaining(['2022', '2025', '60,95', '50,54']));
      } else {
        expect(texts).toEqual(expect.arrayContaining(['2017', '2018']));
      }
      // The legend, one line per place, is no taller than the chart above it.
      const legend = await chart.locator('.chart__legend').boundingBox();
      const box = await chart.locator('.chart__canvas').boundingBox();
      expect(legend!.height).toBeLessThanOrEqual(box!.height);
    }
    await page.close();
  });

  test.each(['/dia-ban/10-xa-ngheo-lao-cai/', '/dia-ban/nam-chay/', '/en/indicators/ty-le-ho-ngheo/'])('no two labels of any chart on %s overlap at 360 px', async (path) => {
    const page = await withScript.browser.context.newPage();
    await page.goto(withScript.server.origin + path);
    const charts = page.locator('figure.chart');
    const count = await charts.count();
    expect(count).toBeGreaterThan(0);
    let labelled = 0;
    for (let i = 0; i < count; i++) {
      const chart = charts.nth(i);
      await chart.scrollIntoViewIfNeeded();
      await expect.poll(() => chart.getAttribute('data-chart-state'), { timeout: 15_000 }).toBe('drawn');
      const labels = JSON.parse((await chart.locator('canvas').getAttribute('data-labels')) ?? '[]') as DrawnLabel[];
      labelled += labels.length;
      for (const [j, a] of labels.entries()) {
        for (const b of labels.slice(j + 1)) {
          const apart = a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
          expect(apart, `chart ${i + 1}: "${a.text}" and "${b.text}" overlap`).toBe(true);
        }
      }
    }
    expect(labelled).toBeGreaterThan(count * 2);
    await page.close();
  });

  test('while a chart loads it says so, with JavaScript; without, it says the chart needs JavaScript', async () => {
    const page = await withScript.browser.context.newPage();
    // Chart.js never arrives: the box says it is loading, then points to the table.
    await page.route('**/drawChart*.js', (route) => route.abort());
    await page.goto(`${withScript.server.origin}/chi-so/ty-le-ho-ngheo/`);
    const chart = page.locator('figure.chart').first();
    expect(await chart.locator('.chart__note:visible').innerText()).toBe('Đang tải biểu đồ…');
    await chart.scrollIntoViewIfNeeded();
    await expect.poll(() => chart.getAttribute('data-chart-state'), { timeout: 15_000 }).toBe('failed');
    const note = chart.locator('.chart__note:visible');
    expect(await note.innerText()).toContain('Không tải được biểu đồ.');
    await note.getByRole('link').click();
    expect(new URL(page.url()).hash).toMatch(/caption$/);
    await page.close();

    const still = await withoutScript.browser.context.newPage();
    await still.goto(`${withoutScript.server.origin}/chi-so/ty-le-ho-ngheo/`);
    expect(await still.locator('figure.chart').first().locator('.chart__note:visible').innerText()).toContain('JavaScript');
    await still.close();
  });

  test('a commune page says once that its charts need JavaScript: without it no empty chart box shows; if the chart code fails, the chart gives way to its table', async () => {
    const still = await withoutScript.browser.context.newPage();
    await still.goto(`${withoutScript.server.origin}/dia-ban/nam-chay/`);
    expect(await still.locator('.chart-page-note').innerText()).toContain('Biểu đồ hiện khi bật JavaScript');
    expect(await still.locator('.chart-page-note').innerText()).toContain('Đường nét đứt và dấu rỗng đi từ mốc ban đầu tới mục tiêu');
    expect(await still.locator('figure.chart').count()).toBeGreaterThan(0);
    expect(await still.locator('figure.chart:visible').count()).toBe(0);
    expect(await still.locator('.chart__note').count()).toBe(0);
    await still.close();

    const page = await withScript.browser.context.newPage();
    await page.route('**/drawChart*.js', (route) => route.abort());
    await page.goto(`${withScript.server.origin}/dia-ban/nam-chay/`);
    // With JavaScript the note keeps only what the charts' marks mean.
    expect(await page.locator('.chart-page-note').innerText()).not.toContain('JavaScript');
    const chart = page.locator('figure.chart').first();
    expect(await chart.isVisible()).toBe(true);
    await chart.scrollIntoViewIfNeeded();
    await expect.poll(() => chart.getAttribute('data-chart-state'), { timeout: 15_000 }).toBe('failed');
    expect(await chart.isVisible()).toBe(false);
    expect(await page.locator('table.figures').first().isVisible()).toBe(true);
    await page.close();
  });
});
