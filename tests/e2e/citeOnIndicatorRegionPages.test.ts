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
 * permalink points to its cell there. The shipped data has no such indicator, so this builds the
 * smallest synthetic dataset (2 provinces, 100 communes: each province page has 50 communes and
 * about 350 figures), a grid of a row per commune and a column per period. Its columns name their
 * document by a short reference to the page's list of sources; with JavaScript, Cite must compose
 * for each figure exactly the citation the server words for it (citationText), each row a
 * different place.
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

test('a province page of an indicator is a grid of its communes by period: no citation per figure, each figure’s source named once in its column’s header or in its own cell', () => {
  for (const path of PAGES) {
    const page = html(path);
    const start = page.indexOf('<table class="figures-grid"');
    expect(start, path).toBeGreaterThan(0);
    const table = page.slice(start, page.indexOf('</table>', start));
    const [head, body] = table.split('</thead>') as [string, string];
    const columns = [...head.matchAll(/<th scope="col"[^>]*>([\s\S]*?)<\/th>/g)].map(([, text]) => text!);
    expect(page, path).not.toContain('class="cite__text"');
    expect(page, path).toContain('class="figure-sources"');
    // Readers arrive from citations with an empty cache: the page carries its stylesheet, so its first paint waits for no other file.
    expect(page.slice(0, page.indexOf('</head>')), path).toContain('<style>');
    expect(page, path).not.toMatch(/<link rel="stylesheet"/);
    // Each row is a place, named in its header cell; each cell's column says when (and, here, where from).
    const rows = body.split('<tr>').slice(1);
    expect(rows.length, path).toBe(50);
    let figures = 0;
    let ownSource = 0;
    for (const row of rows) {
      expect(row, path).toMatch(/^<th scope="row"><a href="[^"]+">[^<]+<\/a><\/th>/);
      const cells = [...row.matchAll(/<(th|td)\b([^>]*)>([\s\S]*?)<\/\1>/g)];
      expect(cells.length, path).toBe(columns.length);
      cells.forEach(([, , attributes, text], index) => {
        const id = / id="([^"]+)"/.exec(attributes!)?.[1];
        if (!id) return;
        figures += 1;
        if (text!.includes('href="#S')) ownSource += 1;
        expect(`${columns[index]} ${text}`, `${path}#${id}`).toMatch(/<a href="#S\d+">/);
      });
    }
    expect(figures, path).toBeGreaterThan(300);
    // In the synthetic data a period's figures all come from one report: it is said once, in the header.
    expect(ownSource, path).toBe(0);
  }
});

test('Cite composes for every figure of a province page exactly the citation the server words for it', async () => {
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
      await page.locator('table.figures-grid td details.cite').first().waitFor();
      const rows = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLTableCellElement>('table.figures-grid td[id]')].map((cell) => {
          const details = cell.querySelector<HTMLDetailsElement>(':scope > details.cite');
          if (details) {
            details.open = true;
            details.dispatchEvent(new Event('toggle'));
          }
          return {
            id: cell.id,
            place: (cell.parentElement as HTMLTableRowElement).cells[0]!.textContent!.trim(),
            citation: cell.querySelector('.cite__text')?.textContent ?? null,
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

test('without JavaScript, a province page’s source reference leads to its document named in full', async () => {
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
      const cite = page.locator('table.figures-grid td details.cite summary, table.figures td details.cite summary').nth(3);
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
