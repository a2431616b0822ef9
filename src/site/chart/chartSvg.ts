import { formatNumber, type Locale } from '../../core/format/formatNumber.ts';
import { SERIES_STYLES, type ChartSpec } from './chartSpec.ts';

/** What a chart file carries beyond the plot, so that it still says what it is once it leaves the page. */
export interface ChartFrame {
  /** "Tỷ lệ hộ nghèo, xã Nậm Chày" */
  title: string;
  /** "Nguồn: minhbach, https://…/chi-so/ty-le-ho-ngheo/ · dữ liệu ngày 2/12/2026" */
  source: string;
  locale: Locale;
}

/** Width of a chart file; its height grows with the legend, so the plot keeps its size. */
export const CHART_IMAGE_WIDTH = 1000;
const PLOT_HEIGHT = 320;
/** The same typeface as the share cards; a viewer without it falls back to a plain sans-serif. */
export const CHART_FONT = 'Be Vietnam Pro, Arial, Helvetica, sans-serif';

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => `&${({ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' } as const)[c as '&']};`);
const round = (n: number) => Math.round(n * 10) / 10;

/** Ticks at 1, 2 or 5 × 10ⁿ, about five of them, from zero (or the lowest value, if negative) up past the highest. */
export function valueTicks(min: number, max: number): number[] {
  const low = Math.min(0, min);
  const high = max > low ? max : low + 1;
  const rough = (high - low) / 5;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((candidate) => candidate >= rough)!;
  const ticks: number[] = [];
  for (let value = Math.floor(low / step) * step; value < high + step * 0.999; value += step) ticks.push(Number(value.toPrecision(12)));
  if (ticks.at(-1)! < high * 1.04) ticks.push(Number((ticks.at(-1)! + step).toPrecision(12)));
  return ticks;
}

/** A point's mark, the same shapes as the page's legend and the drawn chart (colour is never the only difference). */
function mark(shape: string, x: number, y: number, colour: string, size = 5, hollow = false): string {
  const [cx, cy, s] = [round(x), round(y), size];
  const paint = hollow ? `fill="#ffffff" stroke="${colour}" stroke-width="2"` : `fill="${colour}"`;
  switch (shape) {
    case 'rect':
      return `<rect x="${round(cx - s)}" y="${round(cy - s)}" width="${2 * s}" height="${2 * s}" ${paint}/>`;
    case 'triangle':
      return `<path d="M${cx} ${round(cy - s * 1.2)}L${round(cx + s * 1.1)} ${round(cy + s * 0.8)}L${round(cx - s * 1.1)} ${round(cy + s * 0.8)}Z" ${paint}/>`;
    case 'rectRot':
      return `<path d="M${cx} ${round(cy - s * 1.3)}L${round(cx + s * 1.3)} ${cy}L${cx} ${round(cy + s * 1.3)}L${round(cx - s * 1.3)} ${cy}Z" ${paint}/>`;
    case 'crossRot':
      return `<path d="M${cx - s} ${cy - s}L${cx + s} ${cy + s}M${cx + s} ${cy - s}L${cx - s} ${cy + s}" stroke="${colour}" stroke-width="2.5"/>`;
    case 'star': {
      const points = Array.from({ length: 10 }, (_, i) => {
        const radius = i % 2 === 0 ? s * 1.6 : s * 0.7;
        const angle = (Math.PI / 5) * i - Math.PI / 2;
        return `${round(cx + radius * Math.cos(angle))} ${round(cy + radius * Math.sin(angle))}`;
      });
      return `<path d="M${points.join('L')}Z" ${paint}/>`;
    }
    default:
      return `<circle cx="${cx}" cy="${cy}" r="${s}" ${paint}/>`;
  }
}

/** Splits a legend or title into lines of about `width` characters, at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** One chart of a block drawn at `top`, as the browser draws it: year bands, the value axis from zero, lines, marks and labels. */
function panel(spec: ChartSpec, top: number, locale: Locale, parts: string[]): number {
  const left = 84;
  const right = CHART_IMAGE_WIDTH - 36;
  let y0 = top;
  if (spec.title) {
    parts.push(`<text x="${left - 60}" y="${y0 + 18}" font-size="17" font-weight="700" fill="#1b1b1b">${escapeXml(spec.title)}</text>`);
    y0 += 30;
  }
  if (spec.unit) parts.push(`<text x="${left - 60}" y="${y0 + 14}" font-size="15" fill="#333333">${escapeXml(spec.unit)}</text>`);
  const plotTop = y0 + 28;
  const bottom = plotTop + PLOT_HEIGHT;
  const x = (value: number) => left + ((value - spec.firstYear) / (spec.lastYear + 1 - spec.firstYear)) * (right - left);
  const ys = spec.series.flatMap((series) => series.points.map((point) => point.y));
  const ticks = valueTicks(Math.min(0, ...ys), Math.max(spec.yMax, ...ys));
  const [yLow, yHigh] = [ticks[0]!, ticks.at(-1)!];
  const y = (value: number) => bottom - ((value - yLow) / (yHigh - yLow)) * (bottom - plotTop);
  const decimals = Math.max(0, ...ticks.map((tick) => (String(tick).split('.')[1] ?? '').length));
  for (const tick of ticks) {
    parts.push(`<line x1="${left}" x2="${right}" y1="${round(y(tick))}" y2="${round(y(tick))}" stroke="#e4e4e4"/>`);
    parts.push(`<text x="${left - 10}" y="${round(y(tick) + 5)}" font-size="14" fill="#333333" text-anchor="end">${escapeXml(formatNumber(tick, locale, decimals))}</text>`);
  }
  // Years are bands from 1 January to 31 December, labelled in their middle, as on the page.
  const years = spec.lastYear - spec.firstYear + 1;
  const every = Math.ceil(years / 12);
  for (let year = spec.firstYear; year <= spec.lastYear + 1; year++) {
    parts.push(`<line x1="${round(x(year))}" x2="${round(x(year))}" y1="${plotTop}" y2="${bottom + 4}" stroke="#e4e4e4"/>`);
    if (year <= spec.lastYear && (year - spec.firstYear) % every === 0) {
      parts.push(`<text x="${round(x(year + 0.5))}" y="${bottom + 22}" font-size="14" fill="#333333" text-anchor="middle">${year}</text>`);
    }
  }
  parts.push(`<line x1="${left}" x2="${right}" y1="${round(y(0))}" y2="${round(y(0))}" stroke="#8a8a8a"/>`);
  // A change of method: a dashed rule with its label, where the results' lines stop and restart.
  for (const mark of spec.breaks ?? []) {
    const at = round(x(mark.x));
    const atRightEdge = at > (left + right) / 2;
    parts.push(`<line x1="${at}" x2="${at}" y1="${plotTop - 6}" y2="${bottom}" stroke="#4a4a4a" stroke-width="1.5" stroke-dasharray="4 3"/>`);
    parts.push(`<text x="${round(at + (atRightEdge ? -6 : 6))}" y="${plotTop + 8}" font-size="13" font-weight="700" fill="#333333" text-anchor="${atRightEdge ? 'end' : 'start'}">${escapeXml(mark.label)}</text>`);
  }
  for (const series of spec.series) {
    const isTarget = series.kind === 'target';
    const style = SERIES_STYLES[series.style % SERIES_STYLES.length]!;
    const last = series.points.length - 1;
    if (series.points.length > 1) {
      const d = series.points.map((point, i) => `${i === 0 ? 'M' : 'L'}${round(x(point.x))} ${round(y(point.y))}`).join('');
      parts.push(`<path d="${d}" fill="none" stroke="${style.colour}" stroke-width="2.5"${isTarget ? ' stroke-dasharray="8 5"' : ''}/>`);
    }
    series.points.forEach((point, i) => {
      // A target is its place's shape, hollow, at its end only: its start is the baseline result.
      if (!isTarget || i === last) parts.push(mark(style.pointStyle, x(point.x), y(point.y), style.colour, isTarget ? 6 : 5, isTarget));
      if (i === last || (!isTarget && i === 0)) {
        parts.push(`<text x="${round(x(point.x))}" y="${round(y(point.y) + (isTarget ? 26 : -12))}" font-size="14" font-weight="700" fill="${style.colour}" text-anchor="middle">${escapeXml(point.label)}</text>`);
      }
    });
  }
  return bottom + 34;
}

/**
 * The charts of a page's block as one standalone SVG, from the same specs the browser draws with
 * Chart.js: the same places, shapes, colours, dashes, year bands and value labels, one chart under
 * another when the page shows several, plus a title, a legend and the source, which a downloaded
 * image must carry by itself. Pure, so it is the same on every build.
 */
export function chartSvg(specs: readonly ChartSpec[], frame: ChartFrame): string {
  const width = CHART_IMAGE_WIDTH;
  const parts: string[] = [];
  const titleLines = wrap(frame.title, 70).slice(0, 2);
  titleLines.forEach((line, i) => parts.push(`<text x="24" y="${44 + i * 30}" font-size="24" font-weight="700" fill="#1b1b1b">${escapeXml(line)}</text>`));
  let top = 28 + titleLines.length * 30;
  for (const spec of specs) top = panel(spec, top, frame.locale, parts);
  // The legend of every place and target, each once, in the order the charts draw them.
  const legend = new Map<string, { style: number; target: boolean }>();
  for (const series of specs.flatMap((spec) => spec.series)) if (!legend.has(series.label)) legend.set(series.label, { style: series.style, target: series.kind === 'target' });
  let line = top + 16;
  for (const [label, entry] of legend) {
    const style = SERIES_STYLES[entry.style % SERIES_STYLES.length]!;
    parts.push(mark(style.pointStyle, 34, line - 5, style.colour, 5, entry.target));
    parts.push(`<text x="48" y="${line}" font-size="15" fill="#1b1b1b">${escapeXml(wrap(label, 110)[0]!)}</text>`);
    line += 24;
  }
  const height = line + 28;
  parts.push(`<text x="24" y="${height - 16}" font-size="13" fill="#4a4a4a">${escapeXml(frame.source)}</text>`);
  const label = escapeXml(frame.title);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${CHART_FONT}" role="img" aria-label="${label}"><title>${label}</title><rect width="${width}" height="${height}" fill="#ffffff"/>${parts.join('')}</svg>\n`;
}
