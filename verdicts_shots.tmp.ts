import { chromium } from 'playwright-core';
import { startStaticServer } from '/work/wt/verdicts/tests/support/staticServer.ts';
const server = await startStaticServer('/work/wt/verdicts/dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const pages = process.argv.slice(2);
for (const [i, path] of pages.entries()) {
  for (const width of [360, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
    await page.goto(server.origin + path.split('#')[0]);
    const sel = path.includes('#') ? path.split('#')[1] : null;
    if (sel) await page.locator(sel).first().scrollIntoViewIfNeeded();
    const el = sel ? page.locator(sel).first() : null;
    const file = `/tmp/verdicts_shot_${i}_${width}.png`;
    if (el) await el.screenshot({ path: file }); else await page.screenshot({ path: file });
    console.log(file);
    await page.close();
  }
}
await browser.close(); await server.close();
