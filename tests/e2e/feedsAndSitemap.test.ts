import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, test } from 'vitest';
import { DIST } from '../support/siteUnderTest.ts';

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');

/** Pages meant to be found: a chart's embed page asks search engines not to index it. */
function builtPages(): string[] {
  return readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .filter((entry) => !/<meta name="robots" content="noindex"/.test(readFileSync(join(entry.parentPath, entry.name), 'utf8')))
    .map((entry) => `/${relative(DIST, join(entry.parentPath, entry.name)).split(sep).join('/')}`.replace(/index\.html$/, ''))
    .sort();
}

test('the sitemap lists every built page, each with its other-language version', () => {
  const sitemap = read('sitemap.xml');
  const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!, 'http://x').pathname).sort();
  expect(urls).toEqual(builtPages());
  expect(sitemap).toContain('<url><loc>/dia-ban/nam-chay/</loc><xhtml:link rel="alternate" hreflang="vi" href="/dia-ban/nam-chay/"/><xhtml:link rel="alternate" hreflang="en" href="/en/territories/nam-chay/"/></url>');
});

test('each language has an RSS feed of new documents and results, dated from git and linked from every page', () => {
  for (const [path, home, language] of [['rss.xml', '/', 'vi'], ['en/rss.xml', '/en/', 'en']] as const) {
    const rss = read(path);
    expect(rss).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0"/);
    expect(rss).toContain(`<language>${language}</language>`);
    const items = [...rss.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1]!);
    expect(items.length).toBeGreaterThan(5);
    const dates = items.map((item) => Date.parse(/<pubDate>([^<]+)<\/pubDate>/.exec(item)![1]!));
    expect(dates.every((date) => !Number.isNaN(date))).toBe(true);
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    for (const item of items) {
      const link = new URL(/<link>([^<]+)<\/link>/.exec(item)![1]!, 'http://x').pathname;
      expect(builtPages(), link).toContain(link);
    }
    expect(read(`${home.slice(1)}index.html`)).toContain(`<link rel="alternate" type="application/rss+xml"`);
  }
  expect(read('rss.xml')).toContain('<guid isPermaLink="false">document:kh-239-ubnd-2021</guid>');
});
