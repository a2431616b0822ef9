import { expect, test } from 'vitest';
import { useSiteInBrowser } from '../support/siteInBrowser.ts';

const site = useSiteInBrowser({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });

// DESIGN.md §2, journey 1: a resident on a phone, JavaScript off, finds Nậm Chày and reads its
// poverty figures against the target, with the status and the plans that cover the commune.
test('a reader with JavaScript off finds Nậm Chày from the home page and reads its poverty figures', async () => {
  const page = await site.browser.context.newPage();
  await page.goto(`${site.server.origin}/`);
  await page.getByRole('navigation', { name: 'Mục chính' }).getByRole('link', { name: 'Địa bàn' }).click();
  expect(new URL(page.url()).pathname).toBe('/dia-ban/');

  // The commune that existed until 30/6/2025, under its district in the index.
  await page.locator('.tree__item--district', { hasText: 'Văn Bàn' }).getByRole('link', { name: 'Nậm Chày', exact: true }).click();
  expect(new URL(page.url()).pathname).toBe('/dia-ban/nam-chay/');
  await expect.poll(() => page.locator('h1').innerText()).toContain('Nậm Chày');

  const block = page.locator('section.indicator-block', { has: page.getByRole('heading', { name: 'Tỷ lệ hộ nghèo', exact: true }) });
  const sentence = await block.locator('p.sentence').innerText();
  expect(sentence).toBe('Tỷ lệ hộ nghèo giảm từ 48,46% (2022) xuống 40,8% (31/10/2023); mục tiêu năm 2025: dưới 15%.');

  const table = block.getByRole('table');
  await expect.poll(() => table.innerText()).toContain('48,46%');
  expect(await table.innerText()).toContain('40,8%');
  // The 2025 deadline is before the data's date and the old commune ended on 30/6/2025: no result
  // was published, and the pace of 2022–31/10/2023 led to about 20,84%, not below 15%.
  expect(await block.locator('.progress').innerText()).toMatch(/Quá hạn, chưa công bố kết quả[\s\S]*từ 48,46% \(2022\) đến 40,8% \(31\/10\/2023\), đến hạn sẽ là khoảng 20,84%/);

  // The plans that cover it and the agency assigned to it.
  const coverage = await page.locator('section.coverage').innerText();
  expect(coverage).toContain('Kế hoạch 239/KH-UBND');
  expect(coverage).toContain('Văn Bàn');

  // No chart was drawn and no script ran: the canvas box only holds its note.
  expect(await block.locator('.chart').getAttribute('data-chart-state')).toBeNull();
  await page.close();
});

test('the old commune page says what it became, and the new commune links back', async () => {
  const page = await site.browser.context.newPage();
  await page.goto(`${site.server.origin}/dia-ban/la-pan-tan/`);
  const history = page.locator('section.history');
  expect(await history.innerText()).toContain('Từ 1/7/2025');
  await history.getByRole('link', { name: 'Cao Sơn' }).first().click();
  expect(new URL(page.url()).pathname).toBe('/dia-ban/cao-son-2025/');
  await page.locator('section.history').getByRole('link', { name: 'La Pan Tẩn' }).click();
  expect(new URL(page.url()).pathname).toBe('/dia-ban/la-pan-tan/');
  await page.close();
});
