import { describe, expect, test, vi } from 'vitest';
import { buildChartSpecs, fractionalYear, groupIntoCharts } from '../../src/site/chart/buildChartSpec.ts';
import { chartSpecText, isChartWorthDrawing, parseChartSpec, type ChartSpec } from '../../src/site/chart/chartSpec.ts';
import { chartSpecFromRows } from '../../src/site/chart/chartFromTable.ts';
import { drawInto, observeCharts, type DrawChart } from '../../src/site/chart/observeCharts.ts';
import { chartRowsOf, tableDrawsSameChart } from '../../src/site/chart/tableChartRows.ts';
import { yearLabelsToDraw } from '../../src/site/chart/timeAxis.ts';
import { indicatorFiguresFor } from '../../src/site/select/indicatorFigures.ts';
import { siteModel } from './siteFixture.ts';
import { join } from 'node:path';
import { readSiteFiles } from '../../src/node/catalogueFiles.ts';
import { buildWorded } from '../core/projectFixture.ts';

const model = siteModel();
const namChay = model.index.place.get('nam-chay')!;
const poverty = indicatorFiguresFor(model, namChay).find((f) => f.indicator.id === 'ty-le-ho-ngheo')!;

describe('the chart spec built on the server', () => {
  test('places a year at its last day and an as-of date within its year', () => {
    expect(fractionalYear('2022-12-31')).toBeCloseTo(2022.997, 3);
    expect(fractionalYear('2023-10-31')).toBeCloseTo(2023.830, 3);
  });

  test('has a solid series of results and a dashed path from the baseline to the target in the place\'s own style, labelled as the table labels them', () => {
    const [chart, ...more] = buildChartSpecs(model, [poverty], 'vi');
    expect(more).toEqual([]);
    const spec = chart!.spec;
    expect(spec.unit).toBe('%');
    expect(spec.series.map((s) => [s.kind, s.label, s.style])).toEqual([
      ['observed', 'Nậm Chày', 0],
      ['target', 'Mục tiêu 2025: dưới 15%', 0],
    ]);
    expect(spec.series[0]!.points.map((p) => p.label)).toEqual(['48,46', '40,8']);
    expect(spec.series[1]!.points.map((p) => p.y)).toEqual([48.46, 15]);
    // The axis runs over whole years, 2022 to 2025; the reading of 31/10/2023 falls inside 2023.
    expect([spec.firstYear, spec.lastYear]).toEqual([2022, 2025]);
    expect(Math.floor(spec.series[0]!.points[1]!.x)).toBe(2023);
    expect(spec.title).toBeUndefined();
    expect(isChartWorthDrawing(spec)).toBe(true);
  });

  test('draws places of disjoint periods, and more than four places, as separate charts with one value axis', () => {
    // Ninh Thuận 2017–2018 and Lào Cai 2021–2025 never share an axis with an empty gap between.
    expect(groupIntoCharts([{ from: 2021.997, to: 2025.997 }, { from: 2017.997, to: 2018.997 }, { from: 2022.997, to: 2025.997 }])).toEqual([[0, 2], [1]]);
    // Touching periods share one; a fifth place starts a second chart.
    expect(groupIntoCharts([{ from: 2020, to: 2021 }, { from: 2021.5, to: 2023 }])).toEqual([[0, 1]]);
    expect(groupIntoCharts(Array.from({ length: 6 }, () => ({ from: 2022, to: 2025 })))).toEqual([[0, 1, 2, 3], [4, 5]]);
  });

  test('is not worth drawing for a single moment, and a malformed spec is refused', () => {
    const projects = indicatorFiguresFor(model, model.index.place.get('nhom-xa-ngheo')!).find((f) => f.indicator.id === 'so-du-an')!;
    expect(buildChartSpecs(model, [projects], 'vi').every(({ spec }) => !isChartWorthDrawing(spec))).toBe(true);
    expect(parseChartSpec('{"series":1}')).toBeNull();
    expect(parseChartSpec('{"series":[],"unit":"%","firstYear":2025,"lastYear":2022,"yMax":1}')).toBeNull();
    expect(parseChartSpec('not json')).toBeNull();
  });
});

describe('the year labels under the time axis', () => {
  const years = (count: number, spacing: number, width = 30) => Array.from({ length: count }, (_, i) => ({ centre: 20 + i * spacing, width }));

  test('are all drawn when they fit', () => {
    expect(yearLabelsToDraw(years(4, 80))).toEqual([0, 1, 2, 3]);
  });

  test('are thinned evenly when they would touch, always keeping the first and the last year', () => {
    // Ten years on a 300 px phone chart: 30 px apart, each label 30 px wide.
    const drawn = yearLabelsToDraw(years(10, 30));
    expect(drawn[0]).toBe(0);
    expect(drawn.at(-1)).toBe(9);
    const labels = years(10, 30);
    for (let j = 1; j < drawn.length; j++) {
      const [a, b] = [labels[drawn[j - 1]!]!, labels[drawn[j]!]!];
      expect(b.centre - a.centre).toBeGreaterThanOrEqual((a.width + b.width) / 2 + 6);
    }
  });

  test('keep the last year if not even two fit', () => {
    expect(yearLabelsToDraw(years(2, 10))).toEqual([1]);
    expect(yearLabelsToDraw([])).toEqual([]);
  });
});

/** A stand-in for the browser's IntersectionObserver that the test scrolls by hand. */
function fakeObserver() {
  const observed: Element[] = [];
  let callback: IntersectionObserverCallback = () => {};
  class FakeObserver {
    constructor(cb: IntersectionObserverCallback) {
      callback = cb;
    }
    observe(element: Element) {
      observed.push(element);
    }
    unobserve(element: Element) {
      observed.splice(observed.indexOf(element), 1);
    }
    disconnect() {}
  }
  const scrollIntoView = (target: Element) => callback([{ target, isIntersecting: true } as IntersectionObserverEntry], {} as IntersectionObserver);
  return { Observer: FakeObserver as unknown as typeof IntersectionObserver, observed, scrollIntoView };
}

function fakeChartElement(spec: ChartSpec | string) {
  const canvas = { tagName: 'CANVAS' } as unknown as HTMLCanvasElement;
  return {
    dataset: { chart: typeof spec === 'string' ? spec : JSON.stringify(spec) } as Record<string, string>,
    querySelector: () => canvas,
    canvas,
  } as unknown as HTMLElement & { canvas: HTMLCanvasElement };
}

describe('the chart loader in the browser', () => {
  const spec = buildChartSpecs(model, [poverty], 'vi')[0]!.spec;

  test('loads the drawing code only when a chart scrolls into view, once per chart', async () => {
    const element = fakeChartElement(spec);
    const { Observer, observed, scrollIntoView } = fakeObserver();
    const draw = vi.fn<DrawChart>();
    const loadDrawer = vi.fn(async () => draw);
    observeCharts({ querySelectorAll: () => [element] } as unknown as ParentNode, { IntersectionObserver: Observer, loadDrawer });
    expect(observed).toEqual([element]);
    expect(loadDrawer).not.toHaveBeenCalled();
    expect(element.dataset['chartState']).toBe('waiting');

    scrollIntoView(element);
    await vi.waitFor(() => expect(element.dataset['chartState']).toBe('drawn'));
    expect(loadDrawer).toHaveBeenCalledTimes(1);
    expect(draw).toHaveBeenCalledWith(element.querySelector('canvas'), spec);
    expect(observed).toEqual([]);
  });

  test('a spec written for the page reads back as the same spec', () => {
    expect(chartSpecText(spec).length).toBeLessThan(JSON.stringify(spec).length);
    expect(parseChartSpec(chartSpecText(spec))).toEqual(spec);
    expect(parseChartSpec(JSON.stringify(spec))).toEqual(spec);
  });

  test('reads the spec from the chart’s JSON block when the attribute is only a marker', async () => {
    const canvas = { tagName: 'CANVAS' } as unknown as HTMLCanvasElement;
    const block = { textContent: chartSpecText(spec) };
    const element = {
      dataset: { chart: '' } as Record<string, string>,
      querySelector: (selector: string) => (selector.startsWith('script') ? block : canvas),
    } as unknown as HTMLElement;
    const draw = vi.fn<DrawChart>();
    await drawInto(element, async () => draw);
    expect(element.dataset['chartState']).toBe('drawn');
    expect(draw).toHaveBeenCalledWith(canvas, spec);
  });

  test('without IntersectionObserver, nothing is loaded and the chart points to the table', () => {
    const loadDrawer = vi.fn();
    const element = fakeChartElement(spec);
    observeCharts({ querySelectorAll: () => [element] } as unknown as ParentNode, { IntersectionObserver: undefined, loadDrawer });
    expect(loadDrawer).not.toHaveBeenCalled();
    expect(element.dataset['chartState']).toBe('failed');
  });

  test('a failed load or a malformed spec marks the chart failed and leaves the page usable', async () => {
    const broken = fakeChartElement(spec);
    await drawInto(broken, async () => {
      throw new Error('offline');
    });
    expect(broken.dataset['chartState']).toBe('failed');
    const malformed = fakeChartElement('{');
    await drawInto(malformed, async () => vi.fn<DrawChart>());
    expect(malformed.dataset['chartState']).toBe('failed');
  });
});

describe('a change of method splits the chart', () => {
  // The same place's poverty rate with a 2020 figure under the old standard, and the 2022 break
  // of the shipped catalogue (Nghị định 07/2021/NĐ-CP).
  const restandardised = {
    ...poverty,
    indicator: {
      ...poverty.indicator,
      breaks: [{ from: 2022, note: { vi: 'Chuẩn nghèo 2022–2025.' }, label: { vi: 'Đổi chuẩn nghèo', en: 'Poverty standard changed' }, source: { document: 'Nghị định 07/2021/NĐ-CP' } }],
    },
    observations: [{ ...poverty.observations[0]!, id: 'old-standard', period: { kind: 'year' as const, year: 2020, key: '2020' }, value: 30 }, ...poverty.observations],
  };

  test('draws the results before and after the break as two lines, and marks the break on the axis', () => {
    const [chart] = buildChartSpecs(model, [restandardised], 'vi');
    const observed = chart!.spec.series.filter((s) => s.kind === 'observed');
    expect(observed.map((s) => s.points.map((p) => p.label))).toEqual([['30'], ['48,46', '40,8']]);
    expect(observed.map((s) => [s.label, s.style])).toEqual([['Nậm Chày', 0], ['Nậm Chày', 0]]);
    expect(chart!.spec.breaks).toEqual([{ x: 2022, label: 'Đổi chuẩn nghèo' }]);
    expect(buildChartSpecs(model, [restandardised], 'en')[0]!.spec.breaks).toEqual([{ x: 2022, label: 'Poverty standard changed' }]);
  });

  test('the chart file draws the break as a labelled rule and no line from 2020 to 2022', async () => {
    const { chartSvg } = await import('../../src/site/chart/chartSvg.ts');
    const [chart] = buildChartSpecs(model, [restandardised], 'vi');
    const svg = chartSvg([chart!.spec], { title: 'Tỷ lệ hộ nghèo, xã Nậm Chày', source: 'Nguồn', locale: 'vi' });
    expect(svg).toContain('>Đổi chuẩn nghèo</text>');
    // Solid (not dashed) paths are result lines: one, through 2022 and 31/10/2023 only; the lone
    // 2020 figure is a mark with no line to it.
    const solid = [...svg.matchAll(/<path d="(M[^"]+)" fill="none" stroke="[^"]+" stroke-width="2.5"\/>/g)].map((m) => m[1]!);
    expect(solid).toHaveLength(1);
    expect(solid[0]!.match(/[ML]/g)).toHaveLength(2);
  });
});

describe('a territory page\'s chart read from the table beside it', () => {
  const TARGET_WORD = { vi: 'Mục tiêu', en: 'Target' } as const;

  test('is the chart the server builds from the figures, for every place and indicator of the shipped site, in both languages', async () => {
    const { model: shipped } = buildWorded(await readSiteFiles(join(import.meta.dirname, '..', '..')), undefined, { versionDate: '2026-12-03' });
    let compared = 0;
    for (const place of shipped.index.place.values()) {
      for (const figures of indicatorFiguresFor(shipped, place)) {
        for (const locale of ['vi', 'en'] as const) {
          const charts = buildChartSpecs(shipped, [figures], locale).filter(({ spec }) => isChartWorthDrawing(spec));
          if (charts.length !== 1) continue;
          const rows = chartRowsOf(shipped, [...figures.observations, ...figures.targets], figures.indicator.unit, TARGET_WORD[locale], locale);
          expect(tableDrawsSameChart(rows, charts[0]!.spec, locale), `${place.id} ${figures.indicator.id} ${locale}`).toBe(true);
          compared += 1;
        }
      }
    }
    // 13 charts a language in the shipped data (poverty rates with the 2022 change of standard, as-of dates, targets).
    expect(compared).toBeGreaterThanOrEqual(20);
  });

  test('draws Nậm Chày\'s poverty rate as its table prints it: 48,46 (2022), 40,8 (31/10/2023), and the target below 15% from the 2022 baseline', () => {
    const rows = [
      { kind: 'observed', date: '2022-12-31', value: 48.46 },
      { kind: 'observed', date: '2023-10-31', value: 40.8 },
      { kind: 'target', date: '2025-12-31', value: 15, due: 'Mục tiêu 2025', amount: 'dưới 15%', baseline: { date: '2022-12-31', value: 48.46 } },
    ] as const;
    const spec = chartSpecFromRows(rows, { unit: '%' }, 'vi');
    expect(spec.series.map((s) => [s.kind, s.label, s.points.map((p) => p.label)])).toEqual([
      ['observed', '', ['48,46', '40,8']],
      ['target', 'Mục tiêu 2025: dưới 15%', ['48,46', '15']],
    ]);
    expect([spec.firstYear, spec.lastYear, spec.yMax]).toEqual([2022, 2025, 48.46]);
    expect(spec.series[0]!.points[1]!.x).toBeCloseTo(2023.83, 2);
  });

  test('splits the results at a change of method, as the server does', () => {
    const rows = [
      { kind: 'observed', date: '2021-12-31', value: 60.95 },
      { kind: 'observed', date: '2022-12-31', value: 50.54 },
    ] as const;
    const spec = chartSpecFromRows(rows, { unit: '%', breaks: [{ x: 2022, label: 'Đổi chuẩn nghèo' }] }, 'vi');
    expect(spec.series.map((s) => s.points.map((p) => p.label))).toEqual([['60,95'], ['50,54']]);
    expect(spec.breaks).toEqual([{ x: 2022, label: 'Đổi chuẩn nghèo' }]);
  });

  test('a table missing a figure the server would draw keeps the chart\'s own copy of its points', () => {
    const spec = buildChartSpecs(model, [poverty], 'vi')[0]!.spec;
    const rows = chartRowsOf(model, [...poverty.observations, ...poverty.targets], poverty.indicator.unit, 'Mục tiêu', 'vi');
    expect(tableDrawsSameChart(rows, spec, 'vi')).toBe(true);
    expect(tableDrawsSameChart(rows.slice(1), spec, 'vi')).toBe(false);
    expect(tableDrawsSameChart(rows, spec, 'en')).toBe(false);
  });
});
