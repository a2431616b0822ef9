import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { DIST } from '../support/siteUnderTest.ts';
import { startStaticServer, type StaticServer } from '../support/staticServer.ts';

let server: StaticServer;
beforeAll(async () => {
  server = await startStaticServer(DIST);
});
afterAll(async () => {
  await server?.close();
});

function builtPages(): string[] {
  return readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name === 'index.html')
    .map((entry) => `/${relative(DIST, join(entry.parentPath, entry.name)).split(sep).join('/')}`.replace(/index\.html$/, ''));
}

const decode = (text: string) => text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");

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
    for (const match of text.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
      const url = new URL(decode(match[1]!), server.origin + path);
      if (url.origin !== server.origin) continue;
      links.push({ from: path, to: url });
      if (url.pathname.endsWith('/') && !html.has(url.pathname)) queue.push(url.pathname);
    }
  }
  for (const { from, to } of links) {
    const target = html.get(to.pathname);
    if (!target) {
      const status = (await fetch(server.origin + to.pathname, { method: 'HEAD', redirect: 'manual' })).status;
      if (status !== 200) broken.push(`${from} → ${to.pathname} (${status})`);
      continue;
    }
    const fragment = decodeURIComponent(to.hash.slice(1));
    if (fragment && !target.includes(`id="${fragment}"`)) broken.push(`${from} → ${to.pathname}#${fragment} (no such anchor)`);
  }
  expect([...new Set(broken)]).toEqual([]);
  expect(builtPages().filter((page) => !html.has(page))).toEqual([]);
});
