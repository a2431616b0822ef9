import { expect, test } from 'vitest';
import { useSiteInBrowser } from '../support/siteInBrowser.ts';

const site = useSiteInBrowser();

/**
 * The published pages carry line breaks between neighbouring blocks so that Pagefind, indexing
 * the folder as it is, keeps their words apart (src/site/search/separateFields.ts). A reader must
 * see exactly the same page: each is drawn as published and with every break between tags taken
 * out again, and the two pictures must be the same pixel for pixel.
 */
test.each([
  ['/dia-ban/nam-chay/', 360],
  ['/dia-ban/nam-chay/', 1280],
  ['/chi-so/ty-le-ho-ngheo/', 360],
  ['/ke-hoach/kh-239-ubnd-2021/', 1280],
  ['/en/territories/nam-chay/', 360],
])('%s at %i px looks the same with and without the breaks between fields', async (path, width) => {
  const page = await site.browser.context.newPage();
  await page.setViewportSize({ width, height: 800 });
  // Drawn once the page has settled: the Cite buttons are added when the browser is idle and their
  // code is fetched then, so a picture taken at load time could catch the page before or after.
  const idle = () => page.evaluate(() => new Promise((done) => requestIdleCallback(() => done(null), { timeout: 3000 })));
  const draw = async () => {
    await page.goto(site.server.origin + path);
    await idle();
    await page.waitForLoadState('networkidle');
    await idle();
    return page.screenshot({ fullPage: true, animations: 'disabled' });
  };
  const published = await draw();
  let html = '';
  await page.route(site.server.origin + path, async (route) => {
    const response = await route.fetch();
    html = await response.text();
    const start = html.indexOf('<main');
    const end = html.lastIndexOf('</main>');
    await route.fulfill({ response, body: html.slice(0, start) + html.slice(start, end).replaceAll('>\n<', '><') + html.slice(end) });
  });
  const joined = await draw();
  await page.close();
  expect(html.slice(html.indexOf('<main')).match(/<\/dt>\n<dd/g)?.length ?? 0).toBeGreaterThan(0);
  expect(joined.equals(published)).toBe(true);
});
