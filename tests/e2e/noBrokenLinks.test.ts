import { afterAll, beforeAll, expect, test } from 'vitest';
import { attributesOf, builtHtmlPages, idsOf } from '../support/builtPages.ts';
import { DIST } from '../support/siteUnderTest.ts';
import { startStaticServer, type StaticServer } from '../support/staticServer.ts';

let server: StaticServer;
beforeAll(async () => {
  server = await startStaticServer(DIST);
});
afterAll(async () => {
  await server?.close();
});

/** Every URL a page makes the browser load or lets a reader follow. */
const URL_ATTRIBUTES = ['href', 'src', 'action', 'poster', 'data'];

function urlsIn(html: string): string[] {
  const urls: string[] = [];
  for (const match of html.matchAll(/<[a-z][a-z0-9-]*(\s[^>]*)>/gi)) {
    const attributes = attributesOf(match[1]!);
    for (const name of URL_ATTRIBUTES) if (attributes[name] !== undefined && attributes[name] !== '') urls.push(attributes[name]!);
    for (const candidate of (attributes['srcset'] ?? '').split(',')) if (candidate.trim()) urls.push(candidate.trim().split(/\s+/)[0]!);
  }
  return urls;
}

test('a crawl from the home page reaches every built page and finds no broken internal link or anchor', async () => {
  const html = new Map<string, string>();
  const broken: string[] = [];
  const queue = ['/', '/en/'];
  const links: { from: string; to: URL }[] = [];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (html.has(path)) continue;
    const response = await fetch(server.origin + path, { redirect: 'manual' });
    if (response.status !== 200) continue;
    const text = await response.text();
    html.set(path, text);
    for (const url of urlsIn(text).map((value) => new URL(value, server.origin + path))) {
      if (url.origin !== server.origin) continue;
      links.push({ from: path, to: url });
      if (url.pathname.endsWith('/') && !html.has(url.pathname)) queue.push(url.pathname);
    }
  }
  const fileStatus = new Map<string, number>();
  const ids = new Map<string, Set<string>>();
  for (const { from, to } of links) {
    const target = html.get(to.pathname);
    if (!target) {
      if (!fileStatus.has(to.pathname)) fileStatus.set(to.pathname, (await fetch(server.origin + to.pathname, { method: 'HEAD', redirect: 'manual' })).status);
      const status = fileStatus.get(to.pathname)!;
      if (status !== 200) broken.push(`${from} → ${to.pathname} (${status})`);
      continue;
    }
    const fragment = decodeURIComponent(to.hash.slice(1));
    if (!ids.has(to.pathname)) ids.set(to.pathname, idsOf(target));
    if (fragment && !ids.get(to.pathname)!.has(fragment)) broken.push(`${from} → ${to.pathname}#${fragment} (no element has this id)`);
  }
  expect([...new Set(broken)]).toEqual([]);
  // Every page is reachable by following links: none is built but orphaned.
  expect([...builtHtmlPages(DIST).keys()].filter((page) => page.endsWith('/') && !html.has(page))).toEqual([]);
});
