import { mkdirSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
import { useSiteInBrowser } from '../support/siteInBrowser.ts';
import { ROOT, TEMPLATES } from '../support/siteUnderTest.ts';

const OUT = `${ROOT}test-results`;

const site = useSiteInBrowser({ viewport: { width: 360, height: 740 } });
beforeAll(() => {
  mkdirSync(OUT, { recursive: true });
});

// Screenshots for a person to look at (test-results/ is not committed); the test itself checks
// that nothing forces a 360 px phone to scroll sideways.
test.each([
  ['commune-360', TEMPLATES.commune],
  ['commune-360-en', TEMPLATES.communeEn],
  ['plan-360', TEMPLATES.draftPlan],
])('%s: a 360 px wide screenshot, with no sideways scrolling', async (name, path) => {
  const page = await site.browser.context.newPage();
  await page.goto(site.server.origin + path, { waitUntil: 'networkidle' });
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
