import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { ROOT } from '../support/siteUnderTest.ts';

// A reader who types /dia-ban/nam-chay (no slash) gets the page, not a 404: in `npm run preview`
// (trailingSlash 'ignore'), as GitHub Pages does by redirecting. Every link the site writes keeps
// its slash; this is about addresses typed or pasted by people.
let preview: ChildProcess | undefined;
let origin = '';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  preview = spawn(process.execPath, [`${ROOT}node_modules/astro/bin/astro.mjs`, 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  for (let tries = 0; tries < 100; tries++) {
    if (await fetch(`${origin}/`).then((r) => r.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('astro preview did not start (is another `npm run preview` of this folder running? Astro allows one)');
});

afterAll(() => {
  preview?.kill();
});

test.each([
  ['/dia-ban/nam-chay', 'Nậm Chày'],
  ['/en/territories/nam-chay', 'Nậm Chày'],
  ['/chi-so/ty-le-ho-ngheo', 'Tỷ lệ hộ nghèo'],
])('%s, typed without its slash, is served by the preview server', async (path, heading) => {
  const response = await fetch(origin + path);
  expect(response.status).toBe(200);
  const html = await response.text();
  expect(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1]).toContain(heading);
});

test('an address that does not exist is still a 404', async () => {
  expect((await fetch(`${origin}/dia-ban/khong-co/`)).status).toBe(404);
});
