import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openBrowser, type OpenBrowser } from '../support/browser.ts';
import { DIST, ROOT, TEMPLATES } from '../support/siteUnderTest.ts';
import { startStaticServer, type StaticServer } from '../support/staticServer.ts';

const OUT = `${ROOT}test-results`;

let server: StaticServer;
let browser: OpenBrowser;

beforeAll(async () => {
  mkdirSync(OUT, { recursive: true });
  server = await startStaticServer(DIST);
  browser = await openBrowser({ viewport: { width: 360, height: 740 } });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

// Screenshots for a person to look at (test-results/ is not committed); the test itself checks
// that nothing forces a 360 px phone to scroll sideways.
test.each([
  ['commune-360', TEMPLATES.commune],
  ['commune-360-en', TEMPLATES.communeEn],
  ['plan-360', TEMPLATES.draftPlan],
])('%s: a 360 px wide screenshot, with no sideways scrolling', async (name, path) => {
  const page = await browser.context.newPage();
  await page.goto(server.origin + path, { waitUntil: 'networkidle' });
  await page.evaluate(async () => {
    for (let y = 0; y <= document.body.scrollHeight; y += 400) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  });
  await page.waitForLoadState('networkidle');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.screenshot({ path: `${OUT}/${name}.png`, fullPage: true });
  await page.close();
});
