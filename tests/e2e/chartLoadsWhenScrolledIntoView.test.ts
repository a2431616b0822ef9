import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';
import { watchProblems } from '../support/browser.ts';
import { TEMPLATES } from '../support/siteUnderTest.ts';
import { useSiteInBrowser } from '../support/siteInBrowser.ts';

const site = useSiteInBrowser({ viewport: { width: 360, height: 640 } });

const chartCodeRequested = () => site.server.requests.some((path) => /\/_astro\/drawChart\.[^/]+\.js$/.test(path));

test('a chart fetches Chart.js and draws its canvas only once it is scrolled into view', async () => {
  const page = await site.browser.context.newPage();
  const problems = watchProblems(page, site.server.origin);
  site.server.requests.length = 0;
  await page.goto(site.server.origin + TEMPLATES.commune, { waitUntil: 'networkidle' });

  const charts = page.locator('figure.chart');
  expect(await charts.count()).toBeGreaterThan(1);
  const first = charts.first();
  const last = charts.last();
  expect(await first.isVisible()).toBe(true);
  expect(await first.evaluate((element) => element.getBoundingClientRect().top > window.innerHeight)).toBe(true);
  expect(await first.getAttribute('data-chart-state')).toBe('waiting');
  expect(chartCodeRequested()).toBe(false);

  await first.scrollIntoViewIfNeeded();
  await expect.poll(() => first.getAttribute('data-chart-state')).toBe('drawn');
  expect(chartCodeRequested()).toBe(true);
  const painted = await first.locator('canvas').evaluate((canvas: HTMLCanvasElement) => {
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let inked = 0;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) inked++;
    return { width: canvas.width, height: canvas.height, inked };
  });
  expect(painted.width).toBeGreaterThan(200);
  expect(painted.height).toBeGreaterThan(100);
  expect(painted.inked).toBeGreaterThan(500);

  // A chart further down is still waiting: each chart is drawn on its own arrival.
  expect(await last.evaluate((element) => element.getBoundingClientRect().top > window.innerHeight)).toBe(true);
  expect(await last.getAttribute('data-chart-state')).toBe('waiting');

  const canvas = first.locator('canvas');
  expect(await canvas.getAttribute('role')).toBe('img');
  // Named by the sentence printed above it, not by a copy of it.
  const labelledBy = (await canvas.getAttribute('aria-labelledby'))!;
  expect(await page.locator(`[id="${labelledBy}"]`).innerText()).toBe('Tỷ lệ hộ nghèo giảm từ 48,46% (2022) xuống 40,8% (31/10/2023); mục tiêu năm 2025: dưới 15%.');
  expect(await canvas.evaluate((element) => element.getAttribute('aria-label'))).toBeNull();
  const describedBy = await canvas.getAttribute('aria-describedby');
  expect(await page.locator(`caption#${describedBy}`).innerText()).toContain('Tỷ lệ hộ nghèo');
  await page.close();
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
});

test('a territory page\'s chart carries no copy of its figures: it draws the values of the table beside it', async () => {
  const page = await site.browser.context.newPage();
  const problems = watchProblems(page, site.server.origin);
  await page.goto(site.server.origin + TEMPLATES.commune);
  const charts = page.locator('figure.chart');
  expect(await charts.count()).toBeGreaterThan(1);
  expect(await page.locator('figure.chart script').count()).toBe(0);
  const first = charts.first();
  await first.scrollIntoViewIfNeeded();
  await expect.poll(() => first.getAttribute('data-chart-state')).toBe('drawn');
  const drawn = (JSON.parse((await first.locator('canvas').getAttribute('data-labels')) ?? '[]') as { text: string }[]).map((label) => label.text);
  // The poverty rate's table: 48,46% (2022), 40,8% (31/10/2023), target below 15% (2025).
  const table = page.locator(`table:has(caption#${await first.locator('canvas').getAttribute('aria-describedby')})`);
  // Each amount is a <data value>, or a <b> when its printed number is the value (Amount.astro).
  expect(await table.locator('tbody td:nth-child(2) :is(data, b)').allInnerTexts()).toEqual(['48,46%', '40,8%', 'dưới 15%']);
  expect(drawn).toEqual(expect.arrayContaining(['48,46', '40,8', '15', '2022', '2025']));
  await page.close();
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
});

test('pages without charts load no script file; at most the small inline scripts of the Cite buttons and the territory filter', async () => {
  const page = await site.browser.context.newPage();
  for (const path of [TEMPLATES.home, TEMPLATES.plan, TEMPLATES.document, TEMPLATES.territoryIndex, TEMPLATES.methodology]) {
    await page.goto(site.server.origin + path);
    expect(await page.locator('script[src]').count(), path).toBe(0);
    const inline = await page.locator('script:not([type="application/ld+json"])').evaluateAll((scripts) => scripts.map((script) => script.textContent ?? ''));
    for (const source of inline) {
      // The Cite buttons' copy, or the territory index's filter (which reads the home form's ?q=).
      expect(source.includes('.cite__copy') || source.includes('data-territory-filter'), path).toBe(true);
      expect(gzipSync(source).length, path).toBeLessThan(1024);
    }
  }
  await page.close();
});
