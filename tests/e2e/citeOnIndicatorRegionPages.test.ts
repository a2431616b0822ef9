import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import type { Model } from '../../src/core/model/types.ts';
import { readDataVersion } from '../../src/node/dataVersion.ts';
import { citationText } from '../../src/present/citation.ts';
import { readAndBuild } from '../../src/site/loadSiteModel.ts';
import { figurePath } from '../../src/site/routes.ts';
import { generateSyntheticData } from '../bench/syntheticData.ts';
import { openBrowser } from '../support/browser.ts';
import { useSiteInBrowser } from '../support/siteInBrowser.ts';
import { expectReferenceLeadsToEntry } from '../support/sourceReference.ts';

/**
 * An indicator with figures for more places than one page holds is split into a page per
 * province (`/chi-so/<indicator>/<province>/`), the canonical page of its figures: every figure's
 * permalink points to its row there. The shipped data has no such indicator, so this builds the
 * smallest synthetic dataset (2 provinces, 100 communes: each province page has 50 communes and
 * about 350 rows). The rows name their document by a short reference to the page's list of
 * sources; with JavaScript, Cite must compose for each row exactly the citation the server words
 * for that figure (citationText), each row a different place.
 */
const data = mkdtempSync(join(tmpdir(), 'minhbach-region-data-'));
const out = mkdtempSync(join(tmpdir(), 'minhbach-region-site-'));
const site = useSiteInBrowser({}, out);
const PAGES = ['/chi-so/chi-so-3/tinh-2/', '/en/indicators/chi-so-3/tinh-2/'];
let model: Model;

/** Vitest's own Vite variables (BASE_URL, MODE…) would be read by Astro as the site's. */
function buildEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    MINHBACH_DATA: data,
    MINHBACH_CACHE_DIR: join(data, '.cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'MINHBACH_BASE_PATH', 'MINHBACH_SITE_URL']) delete env[key];
  return env;
}

beforeAll(async () => {
  generateSyntheticData('S', data);
  execFileSync('npx', ['astro', 'build', '--outDir', out], {
    cwd: join(import.meta.dirname, '..', '..'),
    env: buildEnvironment(),
    stdio: 'ignore',
  });
  ({ model } = await readAndBuild(data));
}, 600_000);

const html = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');

test('a province page of an indicator prints no citation per row: each row refers to the list of sources, labelled once for phones', () => {
  for (const path of PAGES) {
    const page = html(path);
    const rows = [...page.matchAll(/<tr id="([^"]+)"[^>]*>([\s\S]*?)<\/tr>/g)];
    expect(rows.length, path).toBeGreaterThan(300);
    expect(page, path).not.toContain('class="cite__text"');
    expect(page, path).toContain('class="figure-sources"');
    for (const [, id, body] of rows) expect(body, `${path}#${id}`).toMatch(/<a href="#S\d+">/);
    // The phone layout's cell labels are on the first row only.
    expect(
      rows
        .slice(1)
        .filter(([, , body]) => body!.includes('data-label='))
        .map(([, id]) => id),
    ).toEqual([]);
    expect(rows[0]![2]).toContain('data-label=');
  }
});

test('Cite composes for every row of a province page exactly the citation the server words for its figure', async () => {
  const version = readDataVersion(data);
  const figures = new Map([...model.observations, ...model.targets].map((figure) => [figure.id, figure]));
  const page = await site.browser.context.newPage();
  let compared = 0;
  let targets = 0;
  try {
    for (const path of PAGES) {
      await page.goto(`${site.server.origin}${path}`);
      const lang = await page.evaluate(() => document.documentElement.lang);
      expect(lang === 'vi' || lang === 'en').toBe(true);
      // The buttons are added when the browser is idle.
      await page.locator('table.figures td details.cite').first().waitFor();
      const rows = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLTableRowElement>('table.figures tr[id]')].map((row) => {
          const details = row.querySelector<HTMLDetailsElement>('td:last-child > details.cite');
          if (details) {
            details.open = true;
            details.dispatchEvent(new Event('toggle'));
          }
          return {
            id: row.id,
            place: row.cells[0]!.textContent!.trim(),
            citation: row.querySelector('.cite__text')?.textContent ?? null,
          };
        }),
      );
      expect(new Set(rows.map((row) => row.place)).size, path).toBeGreaterThan(40);
      for (const row of rows) {
        const figure = figures.get(row.id);
        expect(figure, `${path}#${row.id}`).toBeDefined();
        const locale = lang as 'vi' | 'en';
        // The build had no site address, so the permalink is the figure's path on the site.
        const expected = citationText(model, figure!, locale, version, figurePath(model, figure!, locale));
        expect(row.citation, `${path}#${row.id}`).toBe(expected);
        expect(row.citation, `${path}#${row.id}`).toContain(`, ${row.place}, `);
        compared += 1;
        if (!('period' in figure!)) targets += 1;
      }
    }
  } finally {
    await page.close();
  }
  expect(compared).toBeGreaterThan(600);
  // Targets are cited with their verdict, which each row carries.
  expect(targets).toBeGreaterThan(0);
});

test('a plan of 250 targets prints no citation per row, and Cite composes for each target exactly the citation the server words', async () => {
  const version = readDataVersion(data);
  const page = await site.browser.context.newPage();
  let compared = 0;
  try {
    for (const path of ['/ke-hoach/ke-hoach-tinh-2/', '/en/plans/ke-hoach-tinh-2/']) {
      expect(html(path), path).not.toContain('class="cite__text"');
      await page.goto(`${site.server.origin}${path}`);
      const locale = (await page.evaluate(() => document.documentElement.lang)) as 'vi' | 'en';
      await page.locator('table.targets td details.cite').first().waitFor();
      const rows = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLTableRowElement>('table.targets tr[id]')].map((row) => {
          const details = row.querySelector<HTMLDetailsElement>('td > details.cite');
          if (details) {
            details.open = true;
            details.dispatchEvent(new Event('toggle'));
          }
          return { id: row.id, amount: row.querySelector('.number')!.textContent!, citation: row.querySelector('.cite__text')?.textContent ?? null };
        }),
      );
      expect(rows.length, path).toBeGreaterThan(200);
      for (const row of rows) {
        const target = model.index.target.get(row.id);
        expect(target, `${path}#${row.id}`).toBeDefined();
        expect(row.citation, `${path}#${row.id}`).toBe(citationText(model, target!, locale, version, figurePath(model, target!, locale)));
        expect(row.citation, `${path}#${row.id}`).toContain(row.amount);
        compared += 1;
      }
    }
  } finally {
    await page.close();
  }
  expect(compared).toBeGreaterThan(400);
});

test('without JavaScript, a province page’s row reference leads to its document named in full', async () => {
  const noScript = await openBrowser({ javaScriptEnabled: false });
  try {
    const page = await noScript.context.newPage();
    for (const path of PAGES) {
      await page.goto(`${site.server.origin}${path}`);
      await expectReferenceLeadsToEntry(page, 'last');
    }
    await page.close();
  } finally {
    await noScript.close();
  }
});

test('axe-core finds no WCAG 2.1 AA violation on a province page and a long plan at phone width, with a row’s Cite open', async () => {
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  // axe-core is injected as an inline script, which the site's CSP (rightly) refuses.
  const browser = await openBrowser({
    bypassCSP: true,
    viewport: { width: 360, height: 800 },
  });
  try {
    const page = await browser.context.newPage();
    for (const path of [...PAGES, '/ke-hoach/ke-hoach-tinh-2/']) {
      await page.goto(`${site.server.origin}${path}`, { waitUntil: 'load' });
      const cite = page.locator('table.figures td details.cite summary').nth(3);
      await cite.waitFor();
      await cite.click();
      await page.locator('.cite__text').first().waitFor();
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: {
              run: (
                context: Document,
                options: object,
              ) => Promise<{
                violations: { id: string; nodes: { target: string[] }[] }[];
              }>;
            };
          }
        ).axe;
        const result = await axe.run(document, {
          runOnly: {
            type: 'tag',
            values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'],
          },
        });
        return result.violations.map((v) => ({
          id: v.id,
          nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
        }));
      });
      expect(violations, path).toEqual([]);
    }
    await page.close();
  } finally {
    await browser.close();
  }
});
