/**
 * Page-weight report (`npm run weight`, after `npm run build`): for one page of each template,
 * the gzipped bytes of HTML, CSS and JavaScript it loads before any chart, and its request count;
 * then the chart code fetched when a chart scrolls into view. Sizes, not timings: the numbers are
 * the same on every machine. Exits with 1 if a budget is broken.
 *
 * Budgets (issue #3): pages without charts or composed Cite buttons (a territory page's list of
 * sources, issue 17) ship 0 bytes of JS; a commune page is at most 30 KB
 * gzipped before any chart loads; the chart code is at most 50 KB gzipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, TEMPLATES } from '../support/siteUnderTest.ts';

const COMMUNE_BUDGET = 30 * 1024;
const CHART_BUDGET = 50 * 1024;

const gzipped = (file: string) => gzipSync(readFileSync(file)).length;
const distFile = (url: string) => join(DIST, url.split('?')[0]!);

/** A module and everything it imports statically, as the browser fetches them. */
function moduleGraph(url: string, seen = new Set<string>()): Set<string> {
  if (seen.has(url)) return seen;
  seen.add(url);
  const source = readFileSync(distFile(url), 'utf8');
  for (const match of source.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["'`]([^"'`]+\.js)["'`]/g)) {
    moduleGraph(posix.join(posix.dirname(url), match[1]!), seen);
  }
  return seen;
}

/** Modules loaded by `import()`: the chart code, fetched only when a chart is in view. */
function dynamicImports(url: string): string[] {
  const source = readFileSync(distFile(url), 'utf8');
  return [...source.matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)].map((match) => posix.join(posix.dirname(url), match[1]!));
}

interface Row {
  template: string;
  path: string;
  html: number;
  css: number;
  js: number;
  requests: number;
  charts: number;
  /** The page composes its citations in the browser (it lists its sources once). */
  cites: boolean;
  chartJs: number;
}

function measure(template: string, path: string): Row {
  const file = join(DIST, path, 'index.html');
  const html = readFileSync(file, 'utf8');
  const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
  const entries = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  const scripts = new Set<string>();
  for (const entry of entries) moduleGraph(entry, scripts);
  const lazy = new Set<string>();
  for (const script of scripts) for (const url of dynamicImports(script)) moduleGraph(url, lazy);
  for (const script of scripts) lazy.delete(script);
  const icons = [...html.matchAll(/<link[^>]+rel="icon"[^>]+href="([^"]+)"/g)].map((m) => m[1]!).filter((url) => existsSync(distFile(url)));
  return {
    template,
    path,
    html: gzipped(file),
    css: styles.reduce((sum, url) => sum + gzipped(distFile(url)), 0),
    js: [...scripts].reduce((sum, url) => sum + gzipped(distFile(url)), 0),
    requests: 1 + styles.length + scripts.size + icons.length,
    charts: (html.match(/<figure class="chart[ "]/g) ?? []).length,
    cites: html.includes('class="figure-sources"'),
    // The Cite composer (citeOnPage, about 1,7 KB) is loaded when the browser is idle, not with a chart.
    chartJs: [...lazy].filter((url) => !/\/citeOnPage\.[^/]+\.js$/.test(url)).reduce((sum, url) => sum + gzipped(distFile(url)), 0),
  };
}

if (!existsSync(join(DIST, 'index.html'))) {
  console.error('No dist/: run `npm run build` first.');
  process.exit(1);
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(6);
const rows = Object.entries(TEMPLATES).map(([template, path]) => measure(template, path));
const problems: string[] = [];
for (const row of rows) {
  if (row.charts === 0 && !row.cites && row.js > 0) problems.push(`${row.path} has no chart and no Cite to compose but ships ${row.js} bytes of JavaScript`);
  if (row.template.startsWith('commune') && row.html + row.css + row.js > COMMUNE_BUDGET) problems.push(`${row.path} weighs ${kb(row.html + row.css + row.js)} KB gzipped before charts (budget 30 KB)`);
  if (row.chartJs > CHART_BUDGET) problems.push(`chart code for ${row.path} is ${kb(row.chartJs)} KB gzipped (budget 50 KB)`);
}

console.log('Page weight, gzipped KB, before any chart loads (chart code: fetched when a chart scrolls into view)\n');
console.log(`${'template'.padEnd(16)} ${'HTML'.padStart(6)} ${'CSS'.padStart(6)} ${'JS'.padStart(6)} ${'total'.padStart(6)} ${'req.'.padStart(4)} ${'charts'.padStart(6)} ${'chart JS'.padStart(8)}  page`);
for (const row of rows) {
  console.log(
    `${row.template.padEnd(16)} ${kb(row.html)} ${kb(row.css)} ${kb(row.js)} ${kb(row.html + row.css + row.js)} ${String(row.requests).padStart(4)} ${String(row.charts).padStart(6)} ${row.chartJs ? kb(row.chartJs).padStart(8) : '       –'}  ${row.path}`,
  );
}
console.log(`\nBudgets: no JS without a chart or a Cite to compose; commune page ≤ 30 KB; chart code ≤ 50 KB. ${problems.length === 0 ? 'All met.' : 'Broken:'}`);
for (const problem of problems) console.log(`  ✗ ${problem}`);
process.exitCode = problems.length === 0 ? 0 : 1;
