import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openBrowser, type OpenBrowser } from '../support/browser.ts';
import { ROOT } from '../support/siteUnderTest.ts';
import { startStaticServer, type StaticServer } from '../support/staticServer.ts';

/**
 * The site as published where it knows its address and its repository: link previews, chart
 * files, embed pages framed by another site, and report links. Built here with those settings
 * (the shared build has neither), and served with public/_headers applied as Netlify and
 * Cloudflare Pages apply it.
 */
const SITE = 'https://minhbach.example';
const REPOSITORY = 'so-tai-chinh/du-lieu-lao-cai';
let out: string;
let site: StaticServer;
let elsewhere: Server;
let elsewhereOrigin: string;
let browser: OpenBrowser;

const html = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
const meta = (page: string, property: string) => page.match(new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`))?.[1]?.replaceAll('&amp;', '&');
const pngSize = (bytes: Buffer) => [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];

beforeAll(async () => {
  out = join(mkdtempSync(join(tmpdir(), 'minhbach-share-')), 'dist');
  execFileSync(process.execPath, [join(ROOT, 'src/cli/buildSite.ts'), '--outDir', out], {
    cwd: ROOT,
    env: { ...process.env, MINHBACH_SITE_URL: SITE, GITHUB_REPOSITORY: REPOSITORY },
    stdio: 'ignore',
  });
  site = await startStaticServer(out, { headersFile: join(out, '_headers') });
  // Another origin: a news site that embeds a chart, and tries to frame an ordinary page.
  elsewhere = createServer((request, response) => {
    const src = new URL(request.url ?? '/', 'http://x').searchParams.get('src')!;
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><title>Báo</title><iframe id="f" src="${site.origin}${src}" width="800" height="600"></iframe>`);
  });
  await new Promise<void>((resolve) => elsewhere.listen(0, 'localhost', resolve));
  elsewhereOrigin = `http://localhost:${(elsewhere.address() as AddressInfo).port}`;
  browser = await openBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await new Promise((resolve) => elsewhere?.close(resolve));
});

describe('link previews', () => {
  test("a commune's page carries its headline figure and a 1200×630 card image that exists", () => {
    const page = html('dia-ban/nam-chay');
    expect(meta(page, 'og:title')).toContain('Nậm Chày');
    expect(meta(page, 'og:description')).toContain('40,8% (31/10/2023)');
    expect(meta(page, 'description')).toBe(meta(page, 'og:description'));
    expect(meta(page, 'twitter:card')).toBe('summary_large_image');
    const image = meta(page, 'og:image')!;
    expect(image).toBe(`${SITE}/anh-chia-se/dia-ban/nam-chay.png`);
    const png = readFileSync(join(out, new URL(image).pathname));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(pngSize(png)).toEqual([1200, 630]);
    expect(meta(page, 'og:image:alt')).toContain('40,8%');
  });
});

describe('framing', () => {
  async function framed(path: string): Promise<string | null> {
    const tab = await browser.context.newPage();
    try {
      await tab.goto(`${elsewhereOrigin}/?src=${encodeURIComponent(path)}`, { waitUntil: 'load' });
      await tab.waitForTimeout(500);
      const frame = tab.frames().find((candidate) => candidate !== tab.mainFrame());
      if (!frame || !frame.url().startsWith(site.origin)) return null;
      return await frame.evaluate(() => document.querySelector('h1')?.textContent ?? null);
    } finally {
      await tab.close();
    }
  }

  test('an embed page shows in an <iframe> on another site', async () => {
    expect(await framed('/nhung/dia-ban/nam-chay/ty-le-ho-ngheo/')).toBe('Tỷ lệ hộ nghèo, Nậm Chày');
  });

  test("an embed page's table names each figure's source, and links back to the page that cites it", () => {
    const embed = html('nhung/dia-ban/nam-chay/ty-le-ho-ngheo');
    const rows = [...embed.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((match) => match[1]!).filter((row) => row.includes('<td'));
    // Nậm Chày's poverty rate as plans/lao-cai records it: 48,46% (2022) and 40,8% (31/10/2023).
    expect(rows.find((row) => row.includes('48,46%'))).toMatch(/href="\/van-ban\/[^"]+\/"/);
    expect(rows.find((row) => row.includes('40,8%'))).toMatch(/href="\/van-ban\/[^"]+\/"/);
    // The figures' anchors and citations are those of the commune's own page, one link away.
    expect(embed).not.toMatch(/<tr id=/);
    expect(embed).not.toContain('class="cite"');
    expect(embed).toContain(`href="${SITE}/dia-ban/nam-chay/#`);
  });

  test('an ordinary page refuses to be framed by another site', async () => {
    expect(await framed('/dia-ban/nam-chay/')).toBeNull();
  });
});

describe('chart files and report links', () => {
  test("the SVG and PNG under a commune's chart are that chart, with the figures its table shows", async () => {
    const page = html('dia-ban/nam-chay');
    const svgPath = page.match(/href="(\/bieu-do\/dia-ban\/nam-chay\/ty-le-ho-ngheo\.svg)"/)?.[1];
    const pngPath = page.match(/href="(\/bieu-do\/dia-ban\/nam-chay\/ty-le-ho-ngheo\.png)"/)?.[1];
    expect(svgPath).toBeDefined();
    const svgResponse = await fetch(site.origin + svgPath);
    expect(svgResponse.headers.get('content-type')).toBe('image/svg+xml');
    const svg = await svgResponse.text();
    const texts = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);
    // The values the page's table prints for Nậm Chày's poverty rate.
    const table = page.slice(page.indexOf('id="ty-le-ho-ngheo--nam-chay--caption"'));
    for (const value of ['48,46', '40,8']) {
      expect(table).toContain(`${value}%`);
      expect(texts).toContain(value);
    }
    expect(texts).toContain('Tỷ lệ hộ nghèo, Nậm Chày');
    const png = Buffer.from(await (await fetch(site.origin + pngPath)).arrayBuffer());
    const size = svg.match(/width="(\d+)" height="(\d+)"/)!;
    expect(pngSize(png)).toEqual([Number(size[1]), Number(size[2])]);
  });

  test('each figure row has a report link naming that figure, its value and page', () => {
    const page = html('chi-so/ty-le-ho-ngheo');
    const rows = [...page.matchAll(/<tr id="([^"]+)">([\s\S]*?)<\/tr>/g)];
    expect(rows.length).toBeGreaterThan(5);
    for (const [, id, row] of rows) {
      const href = row!.match(/<a class="report-error" href="([^"]+)"/)?.[1]?.replaceAll('&amp;', '&');
      expect(href, id).toBeDefined();
      const url = new URL(href!);
      expect(url.origin + url.pathname).toBe(`https://github.com/${REPOSITORY}/issues/new`);
      expect(url.searchParams.get('title')).toBe(`Báo sai số liệu: ${id}`);
      expect(url.searchParams.get('body')).toContain(`${SITE}/chi-so/ty-le-ho-ngheo/#${id}`);
    }
  });
});
