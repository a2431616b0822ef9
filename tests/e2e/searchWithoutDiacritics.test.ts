import { expect, test } from 'vitest';
import { openBrowser, watchProblems } from '../support/browser.ts';
import { useSiteInBrowser } from '../support/siteInBrowser.ts';

const site = useSiteInBrowser({ viewport: { width: 360, height: 740 } });

async function search(path: string, query: string): Promise<string[]> {
  const page = await site.browser.context.newPage();
  const problems = watchProblems(page, site.server.origin);
  await page.goto(site.server.origin + path);
  await page.getByRole('searchbox').fill(query);
  await page.getByRole('searchbox').press('Enter');
  const results = page.locator('.search-results li a');
  await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(0);
  const hrefs = await results.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  expect(new URL(page.url()).searchParams.get('q')).toBe(query);
  await page.close();
  // The index loads as WebAssembly under the site's CSP, from this site only.
  expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
  return hrefs;
}

// DESIGN.md §2, journey 1: a resident types "nam chay" without diacritics and lands on Nậm Chày.
// A commune's name is rare: its page comes in the first five. "Tỷ lệ hộ nghèo" names several
// indicators and a group, so that page need only be among the results shown.
test.each([
  ['/tim-kiem/', 'nam chay', '/dia-ban/nam-chay/', 5],
  ['/tim-kiem/', 'Nậm Chày', '/dia-ban/nam-chay/', 5],
  ['/tim-kiem/', 'la pan tan', '/dia-ban/la-pan-tan/', 5],
  ['/en/search/', 'nam chay', '/en/territories/nam-chay/', 5],
  ['/tim-kiem/', 'ty le ho ngheo', '/chi-so/ty-le-ho-ngheo/', 20],
])('on %s, "%s" finds %s', async (path, query, expected, within) => {
  const hrefs = await search(path, query);
  expect(hrefs.slice(0, within)).toContain(expected);
  // Each side searches its own language's pages.
  expect(hrefs.every((href) => href.startsWith('/en/') === path.startsWith('/en/'))).toBe(true);
});

test('a documents’ search finds the plan by its title typed without diacritics', async () => {
  const hrefs = await search('/tim-kiem/', 'ke hoach 239');
  expect(hrefs.slice(0, 5).some((href) => href.startsWith('/ke-hoach/kh-239-ubnd-2021/') || href.startsWith('/van-ban/kh-239-ubnd-2021/'))).toBe(true);
});

test('without JavaScript the search page says search needs it, and points to the indexes', async () => {
  const noScript = await openBrowser({ javaScriptEnabled: false });
  try {
    const page = await noScript.context.newPage();
    await page.goto(`${site.server.origin}/tim-kiem/`);
    expect(await page.locator('main').innerText()).toContain('Ô tìm kiếm cần bật JavaScript');
    expect(await page.getByRole('searchbox').count()).toBe(0);
    await page.locator('main').getByRole('link', { name: 'Địa bàn' }).click();
    expect(new URL(page.url()).pathname).toBe('/dia-ban/');
  } finally {
    await noScript.close();
  }
});

test('result excerpts keep the words of neighbouring fields apart ("Thuộc Văn Bàn", not "ThuộcVăn Bàn")', async () => {
  const page = await site.browser.context.newPage();
  await page.goto(`${site.server.origin}/tim-kiem/`);
  await page.getByRole('searchbox').fill('nam chay');
  await page.getByRole('searchbox').press('Enter');
  const results = page.locator('.search-results li');
  await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(0);
  const excerpts = await results.allInnerTexts();
  await page.close();
  expect(excerpts.join('\n')).toContain('Thuộc');
  // A lower-case letter straight before a capital is two fields run together.
  expect(excerpts.filter((text) => /\p{Ll}\p{Lu}/u.test(text))).toEqual([]);
});
