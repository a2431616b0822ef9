import { describe, expect, test, vi } from 'vitest';
import { buildChartSpec, fractionalYear } from '../../src/site/chart/buildChartSpec.ts';
import { isChartWorthDrawing, parseChartSpec, type ChartSpec } from '../../src/site/chart/chartSpec.ts';
import { drawInto, observeCharts, type DrawChart } from '../../src/site/chart/observeCharts.ts';
import { indicatorFiguresFor } from '../../src/site/select/indicatorFigures.ts';
import { siteModel } from './siteFixture.ts';

const model = siteModel();
const namChay = model.index.place.get('nam-chay')!;
const poverty = indicatorFiguresFor(model, namChay).find((f) => f.indicator.id === 'ty-le-ho-ngheo')!;

describe('the chart spec built on the server', () => {
  test('places a year at its last day and an as-of date within its year', () => {
    expect(fractionalYear('2022-12-31')).toBeCloseTo(2022.997, 3);
    expect(fractionalYear('2023-10-31')).toBeCloseTo(2023.830, 3);
  });

  test('has a solid series of results and a dashed path from the baseline to the target, labelled as the table labels them', () => {
    const spec = buildChartSpec(model, [poverty], 'vi');
    expect(spec.unit).toBe('%');
    expect(spec.series.map((s) => [s.kind, s.label])).toEqual([
      ['observed', 'Nậm Chày'],
      ['target', 'Mục tiêu 2025: dưới 15%'],
    ]);
    expect(spec.series[0]!.points.map((p) => p.label)).toEqual(['48,46', '40,8']);
    expect(spec.series[1]!.points.map((p) => p.y)).toEqual([48.46, 15]);
    expect(spec.ticks.map((t) => t.label)).toEqual(['2022', '31/10/2023', '2025']);
    expect(isChartWorthDrawing(spec)).toBe(true);
  });

  test('is not worth drawing for a single moment, and a malformed spec is refused', () => {
    const projects = indicatorFiguresFor(model, model.index.place.get('nhom-xa-ngheo')!).find((f) => f.indicator.id === 'so-du-an')!;
    expect(isChartWorthDrawing(buildChartSpec(model, [projects], 'vi'))).toBe(false);
    expect(parseChartSpec('{"series":1}')).toBeNull();
    expect(parseChartSpec('not json')).toBeNull();
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
  const spec = buildChartSpec(model, [poverty], 'vi');

  test('loads the drawing code only when a chart scrolls into view, once per chart', async () => {
    const element = fakeChartElement(spec);
    const { Observer, observed, scrollIntoView } = fakeObserver();
    const draw = vi.fn<DrawChart>();
    const loadDrawer = vi.fn(async () => draw);
    observeCharts({ querySelectorAll: () => [element] } as unknown as ParentNode, { IntersectionObserver: Observer, loadDrawer });
    expect(observed).toEqual([element]);
    expect(loadDrawer).not.toHaveBeenCalled();
    expect(element.dataset['chartState']).toBeUndefined();

    scrollIntoView(element);
    await vi.waitFor(() => expect(element.dataset['chartState']).toBe('drawn'));
    expect(loadDrawer).toHaveBeenCalledTimes(1);
    expect(draw).toHaveBeenCalledWith(element.querySelector('canvas'), spec);
    expect(observed).toEqual([]);
  });

  test('without IntersectionObserver, nothing is loaded and the table stands alone', () => {
    const loadDrawer = vi.fn();
    observeCharts({ querySelectorAll: () => [fakeChartElement(spec)] } as unknown as ParentNode, { IntersectionObserver: undefined, loadDrawer });
    expect(loadDrawer).not.toHaveBeenCalled();
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
