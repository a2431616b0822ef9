import { Chart, LinearScale, LineController, LineElement, PointElement, type ChartDataset, type Plugin } from 'chart.js';
import { SERIES_STYLES, TARGET_STYLE, type ChartSpec } from './chartSpec.ts';

// Only what a line chart on a numeric time axis needs: no legend or tooltip (the page prints the
// legend and the values), no category or time scale, no other chart types.
Chart.register(LineController, LineElement, PointElement, LinearScale);

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';
Chart.defaults.font.family = FONT;
Chart.defaults.font.size = 12;

type LabelledDataset = ChartDataset<'line', { x: number; y: number }[]> & { labels: (string | null)[]; labelBelow: boolean };

/**
 * Values printed next to points, so the chart reads without hovering: the first and last result
 * of each series and each target (every value is in the table, so crowding is not needed here).
 */
const directLabels: Plugin<'line'> = {
  id: 'directLabels',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    ctx.save();
    ctx.font = `600 12px ${FONT}`;
    ctx.textAlign = 'center';
    chart.data.datasets.forEach((dataset, datasetIndex) => {
      const { labels, labelBelow } = dataset as unknown as LabelledDataset;
      ctx.fillStyle = String(dataset.borderColor);
      ctx.textBaseline = labelBelow ? 'top' : 'bottom';
      chart.getDatasetMeta(datasetIndex).data.forEach((element, i) => {
        const label = labels[i];
        if (label) ctx.fillText(label, element.x, element.y + (labelBelow ? 9 : -9));
      });
    });
    ctx.restore();
  },
};

export function toDatasets(spec: ChartSpec): LabelledDataset[] {
  return spec.series.map((series) => {
    const isTarget = series.kind === 'target';
    const style = isTarget ? TARGET_STYLE : SERIES_STYLES[series.style % SERIES_STYLES.length]!;
    const last = series.points.length - 1;
    return {
      label: series.label,
      data: series.points.map(({ x, y }) => ({ x, y })),
      // A target path starts at the baseline, already drawn and labelled as a result.
      labels: series.points.map((point, j) => (j === last || (!isTarget && j === 0) ? point.label : null)),
      labelBelow: isTarget,
      borderColor: style.colour,
      backgroundColor: style.colour,
      borderWidth: 2,
      borderDash: isTarget ? [6, 4] : [],
      pointStyle: style.pointStyle,
      pointRadius: series.points.map((_, j) => (isTarget ? (j === last ? 7 : 0) : 5)),
      showLine: series.points.length > 1,
    };
  });
}

export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec): void {
  const xs = spec.ticks.map((tick) => tick.value);
  const tickLabels = new Map(spec.ticks.map((tick) => [tick.value, tick.label]));
  const [min, max] = [Math.min(...xs), Math.max(...xs)];
  const pad = Math.max(0.3, (max - min) * 0.08);
  new Chart(canvas, {
    type: 'line',
    data: { datasets: toDatasets(spec) },
    plugins: [directLabels],
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      events: [],
      layout: { padding: { top: 22, right: 16, left: 4, bottom: 4 } },
      scales: {
        x: {
          type: 'linear',
          min: min - pad,
          max: max + pad,
          afterBuildTicks: (scale) => {
            scale.ticks = xs.map((value) => ({ value }));
          },
          ticks: { callback: (value) => tickLabels.get(Number(value)) ?? '', color: '#333', maxRotation: 0, autoSkip: true, autoSkipPadding: 6 },
          grid: { color: '#e4e4e4' },
        },
        y: {
          type: 'linear',
          beginAtZero: true,
          grace: '12%',
          title: { display: spec.unit !== '', text: spec.unit, color: '#333' },
          ticks: { color: '#333' },
          grid: { color: '#e4e4e4' },
        },
      },
    },
  });
}
