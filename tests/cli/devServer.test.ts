import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIGURES = 'plans/lao-cai/bao-chi/baomoi-giam-ngheo-nam-chay-2023.yaml';

let data: string;
let server: ChildProcess;
let origin: string;
let output = '';

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** The page as a browser asks for it, polled until `ready` says it shows what the test waits for. */
async function pageWhen(path: string, ready: (status: number, html: string) => boolean, timeout = 60_000): Promise<{ status: number; html: string }> {
  const until = Date.now() + timeout;
  let last = { status: 0, html: '' };
  while (Date.now() < until) {
    try {
      const response = await fetch(origin + path, { headers: { Accept: 'text/html' } });
      last = { status: response.status, html: await response.text() };
      if (ready(last.status, last.html)) return last;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${path} never got there: last status ${last.status}\n${output.slice(-2000)}`);
}

beforeAll(async () => {
  // A copy of the shipped data, edited as staff would edit theirs.
  data = mkdtempSync(join(tmpdir(), 'minhbach-dev-'));
  for (const folder of ['plans', 'content']) cpSync(join(ROOT, folder), join(data, folder), { recursive: true });
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: ROOT,
    // As a person runs it: not in Vitest's test mode, which Astro would take up.
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST'))), MINHBACH_DATA: data },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (chunk) => (output += chunk));
  server.stderr!.on('data', (chunk) => (output += chunk));
}, 30_000);

afterAll(() => {
  server?.kill('SIGTERM');
});

describe('npm run dev', () => {
  test('serves a page, shows an edit to the data, and shows a data error with its line and column', async () => {
    const first = await pageWhen('/dia-ban/nam-chay/', (status) => status === 200, 90_000);
    expect(first.html).toContain('40,8%');

    const file = join(data, FIGURES);
    const original = readFileSync(file, 'utf8');
    expect(original).toMatch(/value: 40\.8$/m);
    writeFileSync(file, original.replace(/value: 40\.8$/m, 'value: 40.6'));
    const edited = await pageWhen('/dia-ban/nam-chay/', (status, html) => status === 200 && html.includes('40,6%'));
    expect(edited.html).not.toContain('40,8%');

    const broken = original.replace(/value: 40\.8$/m, 'value: bốn mươi');
    writeFileSync(file, broken);
    const line = broken.split('\n').findIndex((text) => text.includes('value: bốn mươi')) + 1;
    const failing = await pageWhen('/dia-ban/nam-chay/', (status) => status === 500);
    expect(failing.html).toContain(`${FIGURES}:${line}:`);
    expect(output).toContain(`${FIGURES}:${line}:`);

    writeFileSync(file, original);
    const fixed = await pageWhen('/dia-ban/nam-chay/', (status) => status === 200);
    expect(fixed.html).toContain('40,8%');
  }, 180_000);
});
