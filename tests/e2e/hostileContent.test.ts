import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openBrowser, type OpenBrowser } from '../support/browser.ts';
import { attributesOf, builtHtmlPages } from '../support/builtPages.ts';
import { readCsv } from '../support/csvTable.ts';
import { SAFE_SCHEMES, schemeAsBrowserFollows } from '../support/linkScheme.ts';
import { DIST, ROOT } from '../support/siteUnderTest.ts';
import { startStaticServer, type StaticServer } from '../support/staticServer.ts';

/**
 * The hostile fixture (tests/fixtures/hostile/) puts script, raw HTML, attribute-breaking quotes
 * and javascript:/data:/vbscript: links in every text field. Built as staff would build it, the
 * site must show all of it as text: every script on a page is one the site itself ships, no
 * element gets an event handler, and every link goes to the web, to e-mail or to this site.
 * Pages are read by Chromium's own parser, so the checks see what a reader's browser sees.
 */
const FIXTURE = join(ROOT, 'tests/fixtures/hostile');
const workspace = mkdtempSync(join(tmpdir(), 'minhbach-hostile-'));
const HOSTILE_DIST = join(workspace, 'dist');

/** Vitest's own Vite variables (BASE_URL, MODE…) would be read by Astro as the site's. */
function buildEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, MINHBACH_DATA: FIXTURE, ASTRO_TELEMETRY_DISABLED: '1' };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'MINHBACH_BASE_PATH', 'MINHBACH_SITE_URL']) delete env[key];
  return env;
}

interface ScannedPage {
  path: string;
  csp: string;
  scripts: { type: string; src: string | null; text: string }[];
  handlers: string[];
  urls: { element: string; attribute: string; value: string }[];
  embeds: string[];
  text: string;
}

let server: StaticServer;
let browser: OpenBrowser;
const scanned: ScannedPage[] = [];
const dialogs: string[] = [];

beforeAll(async () => {
  execFileSync(process.execPath, [join(ROOT, 'src/cli/buildSite.ts'), '--outDir', HOSTILE_DIST], {
    cwd: ROOT,
    env: buildEnvironment(),
    stdio: 'inherit',
  });
  server = await startStaticServer(HOSTILE_DIST);
  browser = await openBrowser();
  const page = await browser.context.newPage();
  // Any alert, confirm or prompt is script from the data running.
  page.on('dialog', (dialog) => {
    dialogs.push(`${page.url()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  for (const path of builtHtmlPages(HOSTILE_DIST).keys()) {
    await page.goto(server.origin + path, { waitUntil: 'load' });
    scanned.push({ path, ...(await page.evaluate(scanDocument)) });
  }
  await page.close();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(workspace, { recursive: true, force: true });
});

/** Runs in the page: what the browser built from the HTML. */
function scanDocument() {
  const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'background', 'ping'];
  const all = [...document.querySelectorAll('*')];
  return {
    csp: document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '',
    scripts: [...document.querySelectorAll('script')].map((script) => ({ type: script.type, src: script.getAttribute('src'), text: script.textContent ?? '' })),
    handlers: all.flatMap((element) => [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => `<${element.localName} ${attribute.name}="${attribute.value}">`)),
    urls: all.flatMap((element) =>
      [...element.attributes].filter((attribute) => urlAttributes.includes(attribute.name.toLowerCase())).map((attribute) => ({ element: element.localName, attribute: attribute.name, value: attribute.value })),
    ),
    // A <base> with only a target (the embed pages open links outside the frame) cannot point any
    // URL elsewhere; one with an href could, so only that counts.
    embeds: [...document.querySelectorAll('iframe, object, embed, frame, base[href], meta[http-equiv="refresh" i], form:not([action])')].map((element) => element.outerHTML.slice(0, 120)),
    text: document.body.innerText,
  };
}

/** Tags read as an HTML tokenizer reads them: a quoted attribute value may contain ">". */
const TAG = /<([a-z][\w-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/gi;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Inline scripts of the site as shipped: the only inline code any build may contain. */
function shippedInlineScripts(): Set<string> {
  const hashes = new Set<string>();
  for (const html of builtHtmlPages(DIST).values()) {
    for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      if (!/\bsrc=/.test(match[1]!) && !/application\/ld\+json/.test(match[1]!)) hashes.add(sha256(match[2]!));
    }
  }
  return hashes;
}

describe('hostile data on the built site', () => {
  test('the fixture reached the pages: its script tags are shown as text', () => {
    expect(scanned.length).toBeGreaterThan(20);
    const shown = scanned.filter((page) => page.text.includes('<script>alert('));
    expect(shown.length).toBeGreaterThan(5);
    expect(scanned.some((page) => page.text.includes('<img src=x onerror=alert("count")>'))).toBe(true);
  });

  test('no alert, confirm or prompt fires on any page', () => {
    expect(dialogs).toEqual([]);
  });

  test('every script is one the site ships: a bundled module, a hashed inline script, or JSON-LD that is only data', () => {
    const shipped = shippedInlineScripts();
    const foreign: string[] = [];
    for (const page of scanned) {
      const allowedHashes = new Set(/script-src ([^;]*)/.exec(page.csp)?.[1]?.split(/\s+/).filter((source) => source.startsWith("'sha256-")) ?? []);
      for (const script of page.scripts) {
        if (script.type === 'application/ld+json' || script.type === 'application/json') {
          // A data block (JSON-LD, a chart's spec) never runs; it must still be JSON, or the escaping failed.
          expect(() => JSON.parse(script.text), `${page.path}: ${script.type}`).not.toThrow();
          continue;
        }
        if (script.src !== null) {
          const bundled = /^\/(?:[\w-]+\/)*_astro\/[\w.-]+\.js$/.test(script.src) && existsSync(join(HOSTILE_DIST, script.src.replace(/^\/(?:[\w-]+\/)*_astro\//, '_astro/')));
          if (!bundled || script.text.trim() !== '') foreign.push(`${page.path}: <script src="${script.src}">`);
          continue;
        }
        const hash = sha256(script.text);
        if (!allowedHashes.has(hash) || !shipped.has(hash)) foreign.push(`${page.path}: inline ${hash} ${script.text.slice(0, 80)}`);
      }
    }
    expect(foreign).toEqual([]);
  });

  test('JSON-LD carries the hostile names as data, escaped, not dropped', () => {
    const blocks = scanned.flatMap((page) => page.scripts.filter((script) => script.type === 'application/ld+json').map((script) => script.text));
    const chartSpecs = scanned.flatMap((page) => page.scripts.filter((script) => script.type === 'application/json').map((script) => script.text));
    for (const block of [...blocks, ...chartSpecs]) expect(block).not.toMatch(/<\/script|<!--/i);
    if (blocks.length > 0) expect(blocks.some((block) => JSON.stringify(JSON.parse(block)).includes('alert(\\"indicator\\")'))).toBe(true);
  });

  test('no element carries an event handler, and nothing embeds, frames or redirects', () => {
    expect(scanned.flatMap((page) => page.handlers.map((handler) => `${page.path}: ${handler}`))).toEqual([]);
    expect(scanned.flatMap((page) => page.embeds.map((embed) => `${page.path}: ${embed}`))).toEqual([]);
  });

  test('every link and source is http(s), mailto or this site', () => {
    const unsafe = scanned.flatMap((page) =>
      page.urls.filter((url) => !SAFE_SCHEMES.includes(schemeAsBrowserFollows(url.value))).map((url) => `${page.path}: <${url.element} ${url.attribute}="${url.value}">`),
    );
    expect(unsafe).toEqual([]);
    // The fixture's good links survive the filtering.
    const hrefs = new Set(scanned.flatMap((page) => page.urls.map((url) => url.value)));
    expect(hrefs).toContain('https://example.org/ok');
    expect(hrefs).toContain('mailto:someone@example.org');
  });

  test('the raw HTML has no script or handler from the data either (what a non-browser client sees)', () => {
    const problems: string[] = [];
    for (const [path, html] of builtHtmlPages(HOSTILE_DIST)) {
      for (const tag of html.matchAll(TAG)) {
        const name = tag[1]!.toLowerCase();
        const handlers = Object.keys(attributesOf(tag[2]!)).filter((attribute) => attribute.startsWith('on'));
        if (handlers.length > 0) problems.push(`${path}: <${name} ${handlers.join(' ')}>`);
        if (['iframe', 'object', 'embed', 'frame'].includes(name) || (name === 'base' && 'href' in attributesOf(tag[2]!))) problems.push(`${path}: <${name}>`);
      }
      // "<script>" inside an attribute value is inert text; only elements count.
      const elementsOnly = html.replace(TAG, (tag) => tag.replace(/=\s*("[^"]*[<>][^"]*"|'[^']*[<>][^']*')/g, '=""'));
      for (const script of elementsOnly.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) {
        if (script[1]!.includes('alert(') && !/application\/(ld\+)?json/.test(script[0].slice(0, 60))) problems.push(`${path}: script with data in it`);
      }
    }
    expect(problems).toEqual([]);
  });
});

test('no cell of a CSV download runs as a spreadsheet formula', () => {
  const downloads = join(HOSTILE_DIST, 'tai-ve');
  const csvFiles = existsSync(downloads) ? readdirSync(downloads, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.csv')) : [];
  expect(csvFiles.length).toBeGreaterThan(0);
  const formulas: string[] = [];
  let sawFixtureFormula = false;
  for (const file of csvFiles) {
    for (const row of readCsv(readFileSync(join(downloads, file), 'utf8'))) {
      for (const [column, cell] of Object.entries(row)) {
        if (cell.includes('HYPERLINK')) sawFixtureFormula = true;
        if (/^[=+\-@\t\r]/.test(cell) && Number.isNaN(Number(cell))) formulas.push(`${file} ${column}: ${cell.slice(0, 60)}`);
      }
    }
  }
  expect(sawFixtureFormula).toBe(true);
  expect(formulas).toEqual([]);
});

test('search results over hostile pages are text: Pagefind\'s excerpts put no element but <mark> on the page', async () => {
  const page = await browser.context.newPage();
  const fired: string[] = [];
  page.on('dialog', (dialog) => {
    fired.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${server.origin}/tim-kiem/?q=${encodeURIComponent('script alert')}`, { waitUntil: 'load' });
  const results = page.locator('main ol li');
  await results.first().waitFor({ timeout: 20_000 });
  const found = await page.evaluate(() => {
    const list = document.querySelector('main ol')!;
    return {
      count: list.querySelectorAll(':scope > li').length,
      elements: [...new Set([...list.querySelectorAll('*')].map((element) => element.localName))],
      handlers: [...list.querySelectorAll('*')].flatMap((element) => [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => attribute.name)),
      text: list.textContent ?? '',
    };
  });
  await page.close();
  expect(found.count).toBeGreaterThan(0);
  expect(found.text).toContain('alert');
  expect(found.elements.filter((name) => !['li', 'a', 'p', 'mark'].includes(name))).toEqual([]);
  expect(found.handlers).toEqual([]);
  expect(fired).toEqual([]);
});

test('the feeds and the sitemap stay well-formed XML, with the hostile titles as text', async () => {
  const xmlFiles = readdirSync(HOSTILE_DIST, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.xml'));
  expect(xmlFiles.length).toBeGreaterThan(0);
  const page = await browser.context.newPage();
  const parsed: { file: string; error: string | null; elements: string[]; text: string; html: string[] }[] = [];
  for (const file of xmlFiles) {
    const xml = readFileSync(join(HOSTILE_DIST, file), 'utf8');
    // The browser's own XML parser: what a feed reader gets.
    parsed.push({
      file,
      ...(await page.evaluate((source) => {
        const document = new DOMParser().parseFromString(source, 'application/xml');
        return {
          error: document.querySelector('parsererror')?.textContent ?? null,
          elements: [...document.getElementsByTagName('*')].map((element) => element.localName).filter((name) => ['script', 'iframe', 'img', 'svg'].includes(name)),
          text: document.documentElement.textContent ?? '',
          // RSS 2.0 readers render <description> as HTML, so its text must not be markup.
          html: [...document.getElementsByTagName('*')].filter((element) => ['description', 'encoded', 'content', 'summary'].includes(element.localName)).map((element) => element.textContent ?? ''),
        };
      }, xml)),
    });
  }
  await page.close();
  expect(parsed.filter((result) => result.error !== null || result.elements.length > 0).map((result) => `${result.file}: ${result.error ?? result.elements.join(', ')}`)).toEqual([]);
  const feeds = parsed.filter((result) => /rss|feed|atom/i.test(result.file));
  expect(feeds.length).toBeGreaterThan(0);
  expect(feeds.some((feed) => feed.text.includes('alert('))).toBe(true);
  // Text with no "<" cannot open a tag: "' onmouseover='…" outside a tag is only words.
  const markup = feeds.flatMap((feed) => feed.html.filter((html) => /<[a-z!/?]/i.test(html)).map((html) => `${feed.file}: ${html.slice(0, 80)}`));
  expect(markup).toEqual([]);
});

test('the fixture itself is what the README says: valid data full of markup', () => {
  const markdown = readFileSync(join(FIXTURE, 'plans/kh-doc-hai.md'), 'utf8');
  expect(markdown).toContain('<script>alert("body")</script>');
  expect(markdown).toContain("[entity-encoded](&#106;avascript:alert('entity'))");
});
