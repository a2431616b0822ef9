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
    await page.goto(`${withScript.server.origin}/dia-ban/nam-chay/`);
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
    await still.goto(`${withoutScript.server.origin}/dia-ban/nam-chay/`);
    expect(await still.locator('figure.chart').first().locator('.chart__note:visible').innerText()).toContain('JavaScript');
    await still.close();
  });
});
