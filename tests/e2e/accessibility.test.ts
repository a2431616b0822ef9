import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openBrowser, type OpenBrowser } from '../support/browser.ts';
import { DIST, TEMPLATES } from '../support/siteUnderTest.ts';
import { startStaticServer, type StaticServer } from '../support/staticServer.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

let server: StaticServer;
let browser: OpenBrowser;

beforeAll(async () => {
  server = await startStaticServer(DIST);
  // axe-core is injected as an inline script, which the site's CSP (rightly) refuses.
  browser = await openBrowser({ bypassCSP: true, viewport: { width: 360, height: 800 } });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('axe-core finds no WCAG 2.1 AA violation', () => {
  test.each(Object.entries(TEMPLATES))('%s (%s)', async (_name, path) => {
    const page = await browser.context.newPage();
    await page.goto(server.origin + path, { waitUntil: 'load' });
    // Draw every chart first, so the canvas and its labels are checked as readers get them.
    await page.evaluate(async () => {
      for (let y = 0; y <= document.body.scrollHeight; y += 400) {
        window.scrollTo(0, y);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    });
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async (tags) => {
      const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
      const result = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return result.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) }));
    }, WCAG_21_AA);
    await page.close();
    expect(violations).toEqual([]);
  });
});
