import { expect, test } from 'vitest';
import { openBrowser } from '../support/browser.ts';
import { useSiteInBrowser } from '../support/siteInBrowser.ts';

const site = useSiteInBrowser();

const ROW = 'ty-le-ho-ngheo--10-xa-ngheo-lao-cai--2023--bai-bao-giam-ngheo-10-xa-2023';

// DESIGN.md §2, journey 2: the journalist opens the poverty-rate indicator and cites the 2023
// figure for the 10 communes, in Vietnamese or English, with source, quote, version and permalink.
test('the Cite disclosure gives Vietnamese and English citations, and copying fills in today as the access date', async () => {
  const page = await site.browser.context.newPage();
  await site.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.server.origin });
  await page.goto(`${site.server.origin}/chi-so/ty-le-ho-ngheo/`);
  const row = page.locator(`tr[id="${ROW}"]`);
  await row.getByText('Trích dẫn', { exact: true }).click();
  const vi = await row.locator('.cite__text[lang="vi"]').innerText();
  expect(vi).toMatch(/^Tỷ lệ hộ nghèo, 10 xã có tỷ lệ hộ nghèo cao \(tỉnh Lào Cai\), năm 2023: 50,54%\. /);
  expect(vi).toContain('“Nỗ lực giảm nghèo bền vững ở 10 xã có tỷ lệ hộ nghèo cao”');
  expect(vi).toContain('Trích: “');
  // A release by its tag; between releases a dated snapshot; uncommitted data says so.
  expect(vi).toMatch(
    /(Dữ liệu minhbach, phiên bản v[\d.]+ \([0-9a-f]{7,}, \d{4}-\d{2}-\d{2}\)|minhbach, dữ liệu ngày \d{1,2}\/\d{1,2}\/\d{4}, bản [0-9a-f]{7,}|minhbach, dữ liệu có thay đổi chưa lưu, sau bản [0-9a-f]{7,} ngày \d{1,2}\/\d{1,2}\/\d{4})/,
  );
  expect(vi).not.toContain('chưa phát hành');
  expect(vi).toContain(`/chi-so/ty-le-ho-ngheo/#${ROW} (truy cập ngày [ngày truy cập]).`);
  const en = await row.locator('.cite__text[lang="en"]').innerText();
  expect(en).toMatch(/^Poverty rate.*, 2023: 50\.54%\. Source: Press article/);
  expect(en).toContain(`/en/indicators/ty-le-ho-ngheo/#${ROW} (accessed [date accessed]).`);

  await row.getByRole('button', { name: 'Sao chép trích dẫn tiếng Việt' }).click();
  await expect.poll(() => row.getByRole('button', { name: /Đã sao chép/ }).count()).toBe(1);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  const now = new Date();
  expect(copied).toBe(vi.replace('[ngày truy cập]', `${now.getDate()}/${now.getMonth() + 1}/${now.getFullYear()}`));

  // The permalink leads back to this very row.
  const permalink = vi.match(/(\/chi-so\/\S+) \(truy cập/)![1]!;
  await page.goto(`${site.server.origin}${permalink}`);
  expect(await page.locator(':target').getAttribute('id')).toBe(ROW);
  await page.close();
});

test('without JavaScript the citation still opens, and no copy button is offered', async () => {
  const noScript = await openBrowser({ javaScriptEnabled: false });
  try {
    const page = await noScript.context.newPage();
    await page.goto(`${site.server.origin}/en/indicators/ty-le-ho-ngheo/`);
    const row = page.locator(`tr[id="${ROW}"]`);
    await row.getByText('Cite', { exact: true }).click();
    expect(await row.locator('.cite__text[lang="en"]').isVisible()).toBe(true);
    expect(await row.getByRole('button').count()).toBe(0);
  } finally {
    await noScript.close();
  }
});

test('every page’s footer names the data version, the short commit and its date', async () => {
  const page = await site.browser.context.newPage();
  for (const [path, pattern] of [
    ['/', /Phiên bản dữ liệu: (v[\d.]+, commit [0-9a-f]{7,}, \d{1,2}\/\d{1,2}\/\d{4}|dữ liệu ngày \d{1,2}\/\d{1,2}\/\d{4}, bản [0-9a-f]{7,}|dữ liệu có thay đổi chưa lưu, sau bản [0-9a-f]{7,} ngày \d{1,2}\/\d{1,2}\/\d{4})/],
    ['/en/plans/', /Data version: (v[\d.]+, commit [0-9a-f]{7,}, \d{1,2} [A-Z][a-z]+ \d{4}|data of \d{1,2} [A-Z][a-z]+ \d{4}, build [0-9a-f]{7,}|data with unsaved changes, after build [0-9a-f]{7,} of \d{1,2} [A-Z][a-z]+ \d{4})/],
  ] as const) {
    await page.goto(`${site.server.origin}${path}`);
    // The version is one click away from the data's date in words.
    await page.locator('footer details.version-details > summary').click();
    expect(await page.locator('footer .data-version').innerText()).toMatch(pattern);
  }
  await page.close();
});
