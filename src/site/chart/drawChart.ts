import { Chart, LinearScale, LineController, LineElement, PointElement, type ChartDataset, type Plugin } from 'chart.js';
import { SERIES_STYLES, type ChartSpec } from './chartSpec.ts';
import { overlaps, yearLabelsToDraw, type Box } from './timeAxis.ts';

// Only what a line chart on a numeric time axis needs: no legend or tooltip (the page prints the
// legend and the values), no category or time scale, no other chart types.
Chart.register(LineController, LineElement, PointElement, LinearScale);

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';
const TEXT = '#333';
const GRID = '#e4e4e4';
const LABEL_HEIGHT = 14;
Chart.defaults.font.family = FONT;
Chart.defaults.font.size = 12;

type LabelledDataset = ChartDataset<'line', { x: number; y: number }[]> & { labels: (string | null)[] };

/** A label the chart drew, in CSS pixels of the canvas: exposed for the browser tests. */
export interface DrawnLabel extends Box {
  text: string;
}

/**
 * The time axis, drawn by hand: a line at each 1 January and the year's name centred in its band,
 * so a figure "as of 31/10/2023" sits inside 2023 and a year's figure (31 December) at its end.
 * Years that would touch are thinned, never the first or the last (timeAxis.ts).
 */
function yearAxis(spec: ChartSpec, drawn: DrawnLabel[]): Plugin<'line'> {
  return {
    id: 'yearAxis',
    beforeDatasetsDraw(chart) {
      const { ctx, chartArea, scales } = chart;
      ctx.save();
      ctx.strokeStyle = GRID;
      ctx.lineWidth = 1;
      for (let year = spec.firstYear; year <= spec.lastYear + 1; year++) {
        const x = Math.round(scales['x']!.getPixelForValue(year)) + 0.5;
        ctx.beginPath();
        ctx.moveTo(x, chartArea.top);
        ctx.lineTo(x, chartArea.bottom + 4);
        ctx.stroke();
      }
      ctx.restore();
    },
    afterDraw(chart) {
      const { ctx, chartArea, scales } = chart;
      ctx.save();
      ctx.font = `12px ${FONT}`;
      ctx.fillStyle = TEXT;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'top';
      const years = Array.from({ length: spec.lastYear - spec.firstYear + 1 }, (_, i) => spec.firstYear + i);
      const labels = years.map((year) => ({ centre: scales['x']!.getPixelForValue(year + 0.5), width: ctx.measureText(String(year)).width }));
      const top = chartArea.bottom + 6;
      for (const i of yearLabelsToDraw(labels)) {
        const { centre, width } = labels[i]!;
        ctx.fillText(String(years[i]), centre, top);
        drawn.push({ text: String(years[i]), left: centre - width / 2, right: centre + width / 2, top, bottom: top + LABEL_HEIGHT });
      }
      ctx.restore();
    },
  };
}

/**
 * Values printed next to points, so the chart reads without hovering: the first and last result
 * of each place and each target. A label goes above, below, right or left of its point, wherever
 * it touches no other label, point or the axis; if none is free it is left out (every value is
 * in the table below the chart).
 */
function directLabels(drawn: DrawnLabel[]): Plugin<'line'> {
  return {
    id: 'directLabels',
    afterDraw(chart) {
      const { ctx } = chart;
      const bounds: Box = { left: 0, top: 0, right: chart.width, bottom: chart.chartArea.bottom };
      const points: Box[] = chart.data.datasets.flatMap((_, d) =>
        chart.getDatasetMeta(d).data.map((element) => ({ left: element.x - 5, right: element.x + 5, top: element.y - 5, bottom: element.y + 5 })),
      );
      ctx.save();
      ctx.font = `600 12px ${FONT}`;
      ctx.textAlign = 'left';
      ctx.textBaseline = 'top';
      ctx.strokeStyle = '#fff';
      ctx.lineWidth = 3;
      ctx.lineJoin = 'round';
      chart.data.datasets.forEach((dataset, d) => {
        const { labels } = dataset as unknown as LabelledDataset;
        ctx.fillStyle = String(dataset.borderColor);
        chart.getDatasetMeta(d).data.forEach((element, i) => {
          const text = labels[i];
          if (!text) return;
          const width = ctx.measureText(text).width;
          const candidates: [number, number][] = [
            [element.x - width / 2, element.y - 9 - LABEL_HEIGHT],
            [element.x - width / 2, element.y + 9],
            [element.x + 9, element.y - LABEL_HEIGHT / 2],
            [element.x - 9 - width, element.y - LABEL_HEIGHT / 2],
          ];
          for (const [left, top] of candidates) {
            const box: Box = { left, top, right: left + width, bottom: top + LABEL_HEIGHT };
            const inside = box.left >= bounds.left && box.right <= bounds.right && box.top >= bounds.top && box.bottom <= bounds.bottom;
            if (!inside || drawn.some((other) => overlaps(box, other)) || points.some((point) => overlaps(box, point))) continue;
            // A white halo keeps the value readable where it crosses a line.
            ctx.strokeText(text, left, top);
            ctx.fillText(text, left, top);
            drawn.push({ text, ...box });
            return;
          }
        });
      });
      ctx.restore();
    },
  };
}

/**
 * Where the indicator's method changed: a dashed rule with its label ("Đổi chuẩn nghèo") at the
 * top of the plot. The label is registered as drawn first, so values steer clear of it.
 */
function methodBreaks(spec: ChartSpec, drawn: DrawnLabel[]): Plugin<'line'> {
  return {
    id: 'methodBreaks',
    beforeDatasetsDraw(chart) {
      const { ctx, chartArea, scales } = chart;
      ctx.save();
      for (const mark of spec.breaks ?? []) {
        const x = Math.round(scales['x']!.getPixelForValue(mark.x)) + 0.5;
        ctx.strokeStyle = '#4a4a4a';
        ctx.lineWidth = 1.5;
        ctx.setLineDash([4, 3]);
        ctx.beginPath();
        ctx.moveTo(x, chartArea.top - 4);
        ctx.lineTo(x, chartArea.bottom);
        ctx.stroke();
        ctx.setLineDash([]);
        ctx.font = `bold 12px ${FONT}`;
        ctx.fillStyle = TEXT;
        ctx.textAlign = 'left';
        ctx.textBaseline = 'top';
        const width = ctx.measureText(mark.label).width;
        const toLeft = x > (chartArea.left + chartArea.right) / 2;
        const left = toLeft ? x - 4 - width : x + 4;
        const top = chartArea.top + 2;
        ctx.fillText(mark.label, left, top);
        drawn.push({ text: mark.label, left, right: left + width, top, bottom: top + LABEL_HEIGHT });
      }
      ctx.restore();
    },
  };
}

export function toDatasets(spec: ChartSpec): LabelledDataset[] {
  return spec.series.map((series) => {
    const isTarget = series.kind === 'target';
    const style = SERIES_STYLES[series.style % SERIES_STYLES.length]!;
    const last = series.points.length - 1;
    return {
      label: series.label,
      data: series.points.map(({ x, y }) => ({ x, y })),
      // A target path starts at the baseline, already drawn and labelled as a result.
      labels: series.points.map((point, j) => (j === last || (!isTarget && j === 0) ? point.label : null)),
      borderColor: style.colour,
      // A target is the place's own shape, hollow: the legend prints the same hollow symbol.
      backgroundColor: isTarget ? '#fff' : style.colour,
      borderWidth: 2,
      borderDash: isTarget ? [6, 4] : [],
      pointStyle: style.pointStyle,
      pointRadius: series.points.map((_, j) => (isTarget ? (j === last ? 6 : 0) : 5)),
      pointBorderWidth: isTarget ? 2 : 1,
      showLine: series.points.length > 1,
      // A year's figure sits on 31 December, at the axis' right end: drawn whole, not halved.
      clip: false,
    };
  });
}

export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec): void {
  const drawn: DrawnLabel[] = [];
  const yMin = Math.min(0, ...spec.series.flatMap((series) => series.points.map((point) => point.y)));
  new Chart(canvas, {
    type: 'line',
    data: { datasets: toDatasets(spec) },
    plugins: [
      // Each drawing starts afresh (a resize redraws): the list holds what is on the canvas now.
      { id: 'resetLabels', beforeDraw: () => void (drawn.length = 0) },
      yearAxis(spec, drawn),
      methodBreaks(spec, drawn),
      directLabels(drawn),
      { id: 'exposeLabels', afterDraw: () => void (canvas.dataset['labels'] = JSON.stringify(drawn.map((l) => ({ ...l, left: Math.round(l.left), right: Math.round(l.right), top: Math.round(l.top), bottom: Math.round(l.bottom) })))) },
    ],
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      events: [],
      layout: { padding: { top: 22, right: 14, left: 4, bottom: 26 } },
      scales: {
        x: {
          type: 'linear',
          min: spec.firstYear,
          max: spec.lastYear + 1,
          ticks: { display: false },
          grid: { display: false },
        },
        y: {
          type: 'linear',
          min: yMin,
          suggestedMax: spec.yMax * 1.15,
          title: { display: spec.unit !== '', text: spec.unit, color: TEXT },
          ticks: { color: TEXT, maxTicksLimit: 6 },
          grid: { color: GRID },
        },
      },
    },
  });
}
