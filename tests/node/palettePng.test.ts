import { Resvg } from '@resvg/resvg-js';
import { beforeAll, describe, expect, test } from 'vitest';
import { UNKNOWN_VERSION } from '../../src/core/model/dataVersion.ts';
import type { Model } from '../../src/core/model/types.ts';
import { chartPng } from '../../src/node/chartImage.ts';
import { drawShareCard } from '../../src/node/shareImage.ts';
import { readAndBuild } from '../../src/site/loadSiteModel.ts';
import { sharedChartSvg } from '../../src/site/share/chartFileRoutes.ts';
import { sharedChart } from '../../src/site/share/sharedCharts.ts';
import { placeSharePreview } from '../../src/site/share/sharePreview.ts';
import { decodePng } from '../support/decodePng.ts';
import { ROOT } from '../support/siteUnderTest.ts';

// Drawn every time: these tests are about drawing, not the image cache.
process.env['MINHBACH_IMAGE_CACHE'] = 'off';

let model: Model;
beforeAll(async () => {
  ({ model } = await readAndBuild(ROOT, ROOT));
});

/** Mean and worst difference per channel between two RGBA images of one size. */
function difference(a: Uint8Array, b: Uint8Array): { mean: number; worst: number; share: number } {
  let total = 0;
  let worst = 0;
  let far = 0;
  for (let i = 0; i < a.length; i++) {
    const d = Math.abs(a[i]! - b[i]!);
    total += d;
    worst = Math.max(worst, d);
    if (d > 24) far++;
  }
  return { mean: total / a.length, worst, share: far / a.length };
}

describe('published PNGs are palette images that look like the full-colour drawing', () => {
  test("Nậm Chày's poverty chart: same size, the same picture to the eye, under half the bytes", async () => {
    const svg = sharedChartSvg(model, sharedChart(model, { kind: 'place', indicator: 'ty-le-ho-ngheo', place: 'nam-chay' })!, 'vi');
    const published = await chartPng(svg);
    // The reference: the same SVG drawn by resvg with its own full-colour encoder and no font
    // file's absence to blame, decoded by the test's own decoder.
    const { createRequire } = await import('node:module');
    const require = createRequire(`${ROOT}/package.json`);
    const fontFiles = ['400Regular/BeVietnamPro_400Regular.ttf', '700Bold/BeVietnamPro_700Bold.ttf'].map((file) => require.resolve(`@expo-google-fonts/be-vietnam-pro/${file}`));
    const fullColour = new Resvg(svg, { fitTo: { mode: 'original' }, font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Be Vietnam Pro' } }).render().asPng();
    const reference = decodePng(fullColour);
    const image = decodePng(published);
    expect(image.colourType).toBe(3);
    expect([image.width, image.height]).toEqual([reference.width, reference.height]);
    const { mean, share } = difference(image.rgba, reference.rgba);
    expect(mean).toBeLessThan(1);
    expect(share).toBeLessThan(0.001);
    expect(published.length).toBeLessThan(fullColour.length / 2);
  });

  test('the same chart is the same bytes when drawn again (two builds of one commit are identical)', async () => {
    const svg = sharedChartSvg(model, sharedChart(model, { kind: 'indicator', indicator: 'ty-le-ho-ngheo' })!, 'en');
    expect(Buffer.from(await chartPng(svg)).equals(Buffer.from(await chartPng(svg)))).toBe(true);
  });

  test('a link-preview card is a palette image of the card\'s size, its white background exact', async () => {
    const place = model.territories.find((territory) => territory.id === 'nam-chay')!;
    const { card } = placeSharePreview(model, place, 'vi', UNKNOWN_VERSION);
    const image = decodePng(await drawShareCard(card));
    expect(image.colourType).toBe(3);
    expect([image.width, image.height]).toEqual([1200, 630]);
    const colours = new Set<string>();
    for (let i = 0; i < image.rgba.length; i += 4) colours.add(`${image.rgba[i]},${image.rgba[i + 1]},${image.rgba[i + 2]}`);
    expect(colours.has('255,255,255')).toBe(true);
    expect(colours.size).toBeLessThanOrEqual(256);
  });
});
