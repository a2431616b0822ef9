import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { useSiteInBrowser } from '../support/siteInBrowser.ts';
import { TEMPLATES } from '../support/siteUnderTest.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

// axe-core is injected as an inline script, which the site's CSP (rightly) refuses.
const site = useSiteInBrowser({ bypassCSP: true, viewport: { width: 360, height: 800 } });

describe('axe-core finds no WCAG 2.1 AA violation', () => {
  test.each(Object.entries(TEMPLATES))('%s (%s)', async (_name, path) => {
    const page = await site.browser.context.newPage();
    await page.goto(site.server.origin + path, { waitUntil: 'load' });
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
