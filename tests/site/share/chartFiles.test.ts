import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Model } from '../../../src/core/model/types.ts';
import { chartPng } from '../../../src/node/chartImage.ts';
import { valueTicks } from '../../../src/site/chart/chartSvg.ts';
import { readAndBuild } from '../../../src/site/loadSiteModel.ts';
import { sharedChartSvg } from '../../../src/site/share/chartFileRoutes.ts';
import { sharedChart, sharedCharts } from '../../../src/site/share/sharedCharts.ts';
import { ROOT } from '../../support/siteUnderTest.ts';
import { generateSyntheticData } from '../../bench/syntheticData.ts';

let model: Model;
beforeAll(async () => {
  ({ model } = await readAndBuild(ROOT, ROOT));
});

const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]);

describe('chart files are the chart of their page', () => {
  // Figures from plans/lao-cai: Nậm Chày 48,46% (2022), 40,8% (31/10/2023), target below 15% by 2025.
  test("Nậm Chày's poverty chart draws its two results and its target, labelled as the page labels them", () => {
    const chart = sharedChart(model, { kind: 'place', indicator: 'ty-le-ho-ngheo', place: 'nam-chay' })!;
    const svg = sharedChartSvg(model, chart, 'vi');
    const labels = texts(svg);
    expect(labels).toContain('Tỷ lệ hộ nghèo, Nậm Chày');
    expect(labels).toEqual(expect.arrayContaining(['48,46', '40,8', '15', '2022', '2023', '2025', 'Nậm Chày', 'Mục tiêu 2025: dưới 15%']));
    expect(labels.find((text) => text!.startsWith('Nguồn: minhbach, '))).toContain('/dia-ban/nam-chay/');
    // One solid line of results and one dashed target path.
    expect(svg.match(/<path d="M[^"]*" fill="none"[^>]*>/g)).toHaveLength(2);
    expect(svg).toContain('stroke-dasharray');
  });

  test('the English file words the same chart in English', () => {
    const chart = sharedChart(model, { kind: 'place', indicator: 'ty-le-ho-ngheo', place: 'nam-chay' })!;
    const labels = texts(sharedChartSvg(model, chart, 'en'));
    expect(labels).toEqual(expect.arrayContaining(['48.46', '40.8', 'Nậm Chày']));
    expect(labels.some((text) => text!.startsWith('Source: minhbach, '))).toBe(true);
  });

  test('every chart worth drawing on an indicator page has files', () => {
    expect(sharedCharts(model).filter((chart) => chart.scope.kind === 'indicator').map((chart) => chart.scope.indicator)).toContain('ty-le-ho-ngheo');
  });

  test('the PNG is the SVG drawn at its size', async () => {
    const chart = sharedChart(model, { kind: 'indicator', indicator: 'ty-le-ho-ngheo' })!;
    const svg = sharedChartSvg(model, chart, 'vi');
    const png = await chartPng(svg);
    const bytes = Buffer.from(png);
    const size = svg.match(/width="(\d+)" height="(\d+)"/)!;
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    // The IHDR chunk (PNG spec, 11.2.2) holds the width and height as the first eight bytes after its type.
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([Number(size[1]), Number(size[2])]);
  });
});

describe('value axis', () => {
  test('starts at zero and steps by 1, 2 or 5 times a power of ten past the highest value', () => {
    expect(valueTicks(40.8, 60.95)).toEqual([0, 20, 40, 60, 80]);
    expect(valueTicks(3, 8)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(valueTicks(-5, 12)).toEqual([-5, 0, 5, 10, 15]);
  });
});

describe('chart files at scale', () => {
  // 100 communes × 30 indicators: 3.000 commune charts, 410 MB of PNGs, SVGs and embed pages
  // (measured at 08:16 on 3/12/2026) had they all had files, where the site must fit a 1 GB host.
  test('a site with more commune charts than the limit gives commune charts no files, but keeps each province’s share of every indicator', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'minhbach-chart-files-'));
    try {
      generateSyntheticData('S', folder);
      const { model: synthetic } = await readAndBuild(folder, ROOT);
      const charts = sharedCharts(synthetic);
      expect(charts.filter((chart) => chart.scope.kind === 'place' && chart.scope.place.startsWith('xa-'))).toEqual([]);
      // Each of the 30 indicators is split by province (more than 60 places): one chart per province.
      expect(charts.filter((chart) => chart.scope.kind === 'region').length).toBe(60);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test('the shipped data, with few communes, keeps a file for each commune chart', () => {
    expect(sharedCharts(model).filter((chart) => chart.scope.kind === 'place' && chart.scope.place === 'nam-chay').length).toBeGreaterThan(0);
  });
});
