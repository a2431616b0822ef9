/**
 * `npm run bench:paint` (after `npm run build`): first contentful paint of the home, commune, plan,
 * document and indicator pages on an emulated slow phone, as a citizen in a mountain commune meets
 * them, following a link from elsewhere: 2 s round trip,
 * 50 KB/s down and up, CPU 4× slower, a 360×800 screen and an empty cache. Chromium applies the
 * conditions through the DevTools protocol (Network.emulateNetworkConditions,
 * Emulation.setCPUThrottlingRate); the site is served gzipped from dist/, as a static host serves it.
 *
 * A report, not a test: it prints the median of a few cold loads per page and the aim (≤ 2,5 s),
 * and never fails on them. Compare figures measured in the same run on the same machine.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openBrowser } from '../support/browser.ts';
import { DIST, TEMPLATES } from '../support/siteUnderTest.ts';
import { startStaticServer } from '../support/staticServer.ts';

const AIM_MS = 2500;
const SLOW_3G = { offline: false, latency: 2000, downloadThroughput: 50 * 1024, uploadThroughput: 50 * 1024 };
const CPU_SLOWDOWN = 4;

const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' }, dist: { type: 'string', default: DIST } } });
const runs = Math.max(1, Number(values.runs));
const root = values.dist;
if (!existsSync(join(root, 'index.html'))) {
  console.error(`No ${root}/index.html: run \`npm run build\` first.`);
  process.exit(1);
}

const pages = { home: TEMPLATES.home, commune: TEMPLATES.commune, communeEn: TEMPLATES.communeEn, plan: TEMPLATES.plan, document: TEMPLATES.document, indicator: TEMPLATES.indicator };
const server = await startStaticServer(root, { gzip: true });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

console.log(`First contentful paint, emulated slow 3G (2 s RTT, 50 KB/s, CPU ${CPU_SLOWDOWN}× slower), 360×800, cold cache; median of ${runs}\n`);
console.log(`${'page'.padEnd(10)} ${'FCP ms'.padStart(7)} ${'all runs'.padEnd(24)} requests before FCP  path`);
try {
  for (const [name, path] of Object.entries(pages)) {
    const timings: number[] = [];
    let requestsBeforePaint = 0;
    for (let run = 0; run < runs; run++) {
      // A fresh profile each time: a first visit, nothing cached.
      const browser = await openBrowser({ viewport: { width: 360, height: 800 } });
      try {
        const page = await browser.context.newPage();
        const cdp = await browser.context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', SLOW_3G);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
        const started: number[] = [];
        page.on('request', () => started.push(Date.now()));
        const navigationStart = Date.now();
        await page.goto(server.origin + path, { waitUntil: 'commit' });
        const fcp = await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              new PerformanceObserver((list) => {
                const entry = list.getEntriesByName('first-contentful-paint')[0];
                if (entry) resolve(entry.startTime);
              }).observe({ type: 'paint', buffered: true });
            }),
        );
        timings.push(fcp);
        requestsBeforePaint = started.filter((t) => t - navigationStart <= fcp).length;
      } finally {
        await browser.close();
      }
    }
    const aim = median(timings) <= AIM_MS ? '' : '  (over the 2,5 s aim)';
    console.log(`${name.padEnd(10)} ${String(Math.round(median(timings))).padStart(7)} ${timings.map((t) => Math.round(t)).join(', ').padEnd(24)} ${String(requestsBeforePaint).padStart(19)}  ${path}${aim}`);
  }
} finally {
  await server.close();
}
