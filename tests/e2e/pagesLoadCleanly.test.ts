import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openBrowser, watchProblems, type OpenBrowser } from '../support/browser.ts';
import { DIST, TEMPLATES } from '../support/siteUnderTest.ts';
import { startStaticServer, type StaticServer } from '../support/staticServer.ts';

let server: StaticServer;
let browser: OpenBrowser;

beforeAll(async () => {
  server = await startStaticServer(DIST);
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('every page template, with the Content-Security-Policy enforced', () => {
  test.each(Object.entries(TEMPLATES))('%s (%s) loads with no console error, failed request or request to another host', async (_name, path) => {
    const page = await browser.context.newPage();
    const problems = watchProblems(page, server.origin);
    const response = await page.goto(server.origin + path, { waitUntil: 'load' });
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
    const page = await browser.context.newPage();
    await page.goto(`${server.origin}${TEMPLATES.commune}`);
    await page.getByRole('link', { name: 'Read this page in English' }).click();
    expect(new URL(page.url()).pathname).toBe('/en/territories/nam-chay/');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('link', { name: 'Đọc trang này bằng tiếng Việt' }).click();
    expect(new URL(page.url()).pathname).toBe('/dia-ban/nam-chay/');
    await page.close();
  });
});
