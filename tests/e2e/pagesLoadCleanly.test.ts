import { describe, expect, test } from 'vitest';
import { watchProblems } from '../support/browser.ts';
import { TEMPLATES } from '../support/siteUnderTest.ts';
import { useSiteInBrowser } from '../support/siteInBrowser.ts';

const site = useSiteInBrowser();

describe('every page template, with the Content-Security-Policy enforced', () => {
  test.each(Object.entries(TEMPLATES))('%s (%s) loads with no console error, failed request or request to another host', async (_name, path) => {
    const page = await site.browser.context.newPage();
    const problems = watchProblems(page, site.server.origin);
    const response = await page.goto(site.server.origin + path, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    // Scroll to the end so that any chart on the page loads and draws under the CSP too.
    await page.evaluate(async () => {
      for (let y = 0; y <= document.body.scrollHeight; y += 400) {
        window.scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    });
    await page.waitForLoadState('networkidle');
    await page.close();
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [] });
  });

  test('each page links to its counterpart in the other language', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.server.origin}${TEMPLATES.commune}`);
    await page.getByRole('link', { name: 'Read this page in English' }).click();
    expect(new URL(page.url()).pathname).toBe('/en/territories/nam-chay/');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('link', { name: 'Đọc trang này bằng tiếng Việt' }).click();
    expect(new URL(page.url()).pathname).toBe('/dia-ban/nam-chay/');
    await page.close();
  });
});
