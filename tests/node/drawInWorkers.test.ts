import { beforeAll, describe, expect, test } from 'vitest';
import { UNKNOWN_VERSION } from '../../src/core/model/dataVersion.ts';
import type { Model } from '../../src/core/model/types.ts';
import { chartPng } from '../../src/node/chartImage.ts';
import { drawInWorkers } from '../../src/node/drawInWorkers.ts';
import { drawShareCard } from '../../src/node/shareImage.ts';
import { readAndBuild } from '../../src/site/loadSiteModel.ts';
import { sharedChartSvg } from '../../src/site/share/chartFileRoutes.ts';
import { sharedCharts } from '../../src/site/share/sharedCharts.ts';
import { placeSharePreview } from '../../src/site/share/sharePreview.ts';
import { ROOT } from '../support/siteUnderTest.ts';

// Drawn every time: these tests are about which image each route receives, not the image cache.
process.env['MINHBACH_IMAGE_CACHE'] = 'off';

let model: Model;
beforeAll(async () => {
  ({ model } = await readAndBuild(ROOT, ROOT));
});

describe('the build’s one pool of drawing threads', () => {
  test('jobs given by several routes at once each get their own image, the same bytes as drawn on this thread', async () => {
    const svgs = sharedCharts(model)
      .slice(0, 5)
      .map((chart) => sharedChartSvg(model, chart, 'vi'));
    expect(new Set(svgs).size).toBe(5);
    const place = model.index.place.get('nam-chay')!;
    const card = placeSharePreview(model, place, 'en', UNKNOWN_VERSION).card;
    // As the image routes do: each lists its jobs before any is drawn, into the same queue.
    const charts = drawInWorkers(svgs.slice(0, 3).map((svg) => ({ kind: 'chart' as const, svg })));
    const cards = drawInWorkers([{ kind: 'card', card }]);
    const moreCharts = drawInWorkers(svgs.slice(3).map((svg) => ({ kind: 'chart' as const, svg })));
    const drawn = await Promise.all([...charts, ...moreCharts]);
    for (const [i, svg] of svgs.entries()) expect(Buffer.from(drawn[i]!).equals(Buffer.from(await chartPng(svg)))).toBe(true);
    expect(Buffer.from(await cards[0]!).equals(Buffer.from(await drawShareCard(card)))).toBe(true);
    // Threads that found the queue empty have ended; a later route's jobs start new ones.
    const later = await Promise.all(drawInWorkers([{ kind: 'chart', svg: svgs[0]! }]));
    expect(Buffer.from(later[0]!).equals(Buffer.from(drawn[0]!))).toBe(true);
  }, 60_000);
});
