import { sourceQualityFlags } from '../../core/derive/sourceQuality.ts';
import { comparePeriods } from '../../core/model/period.ts';
import { pushToList } from '../../core/model/pushToList.ts';
import type { Locale } from '../../core/format/formatNumber.ts';
import type { Model, Observation, Target } from '../../core/model/types.ts';
import { locatorText } from '../../present/locatorText.ts';
import type { IndicatorFigures } from './indicatorFigures.ts';
import type { PageSources } from './pageSources.ts';

/**
 * One indicator's figures for a province's communes as a grid: a row per place, a column per
 * period (then a column per target deadline). As one row per figure, an indicator x province page
 * at national scale held 700 rows of about 330 bytes, each repeating the place's name and link and
 * its source ("Báo cáo 200/BC-UBND, phụ lục 1"), although a province's figures of one year nearly
 * all come from the same report and place: about 170 KB a page, 350 MB of L's 1 GB. In the grid
 * each column says its source once in its header, and a cell says its own only where it differs.
 */

/** More columns than this would not be a table a reader can scan: the page keeps a row per figure. */
export const GRID_MAX_COLUMNS = 12;

export type GridFigure = Observation | Target;

export interface GridColumn {
  /** A result's period ('p:2023') or a target's deadline ('t:2025'). */
  key: string;
  target: boolean;
  /** A figure of the column, whose period or deadline the header prints. */
  first: GridFigure;
  /** The figure whose source the header prints for every cell that says no source of its own. */
  source: GridFigure | undefined;
}

export interface GridRow {
  places: IndicatorFigures;
  /** A figure per column, or none; a place with two figures in one column has a second row. */
  cells: (GridFigure | undefined)[];
}

export interface PlacePeriodGrid {
  columns: GridColumn[];
  rows: GridRow[];
  /** Whether a cell prints its source itself, its column's header not saying it. */
  ownSource: (figure: GridFigure, column: GridColumn) => boolean;
}

const isObservation = (figure: GridFigure): figure is Observation => 'period' in figure;
const columnKey = (figure: GridFigure): string => (isObservation(figure) ? `p:${figure.period.key}` : `t:${figure.by}`);
/** A deadline as a day, to order deadlines of a year ("2025") and of a day ("2025-06-30") together. */
const dueDay = (by: number | string): string => (typeof by === 'number' ? `${by}-12-31` : by);

/**
 * What a cell's source says as FigureSource.astro prints it: the document, where in it, the
 * cautions the page's list of sources (if any) does not say for the whole page, and a quote. Two
 * figures with the same words may share their column's header; a quoted figure never does.
 */
function sourceWords(model: Model, figure: GridFigure, sources: PageSources | undefined, locale: Locale): string | undefined {
  if (figure.source.quote !== undefined) return undefined;
  const saidInEntry = sources?.unquotedThroughout.has(figure.source.document) ?? false;
  const flags = sourceQualityFlags(model, figure).filter((flag) => flag !== 'draft' && !(saidInEntry && flag === 'no-quote'));
  const where = figure.source.locator ? locatorText(figure.source.locator, locale) : '';
  return [figure.source.document, where, flags.join(' ')].join('\u0000');
}

/**
 * The grid of the places' figures, or undefined when they fall in more than GRID_MAX_COLUMNS
 * columns. `sources` is the page's list of sources, if it has one (an embed page has none).
 */
export function placePeriodGrid(model: Model, figuresByPlace: readonly IndicatorFigures[], sources: PageSources | undefined, locale: Locale): PlacePeriodGrid | undefined {
  const byKey = new Map<string, GridFigure[]>();
  for (const places of figuresByPlace) {
    for (const figure of [...places.observations, ...places.targets]) pushToList(byKey, columnKey(figure), figure);
  }
  if (byKey.size > GRID_MAX_COLUMNS) return undefined;
  const words = new Map<GridFigure, string | undefined>();
  const columns = [...byKey.entries()]
    .map(([key, figures]): GridColumn => {
      // The header says the source most of the column's cells share; the others say theirs.
      const counts = new Map<string, { count: number; figure: GridFigure }>();
      for (const figure of figures) {
        const said = sourceWords(model, figure, sources, locale);
        words.set(figure, said);
        if (said === undefined) continue;
        const entry = counts.get(said);
        if (entry) entry.count += 1;
        else counts.set(said, { count: 1, figure });
      }
      const shared = [...counts.values()].reduce<{ count: number; figure: GridFigure } | undefined>((best, entry) => (!best || entry.count > best.count ? entry : best), undefined);
      return { key, target: key.startsWith('t:'), first: figures[0]!, source: shared && shared.count > 1 ? shared.figure : undefined };
    })
    .sort((a, b) => {
      if (a.target !== b.target) return a.target ? 1 : -1;
      if (a.target) return dueDay((a.first as Target).by).localeCompare(dueDay((b.first as Target).by));
      return comparePeriods((a.first as Observation).period, (b.first as Observation).period);
    });
  const columnIndex = new Map(columns.map((column, index) => [column.key, index]));
  const rows: GridRow[] = [];
  for (const places of figuresByPlace) {
    const own: GridRow[] = [];
    // In the data's order (observations in reading order, then targets): a place's second figure
    // for one period (two reports disagreeing) opens its second row.
    for (const figure of [...places.observations, ...places.targets]) {
      const index = columnIndex.get(columnKey(figure))!;
      let row = own.find((candidate) => candidate.cells[index] === undefined);
      if (!row) {
        row = { places, cells: columns.map(() => undefined) };
        own.push(row);
      }
      row.cells[index] = figure;
    }
    rows.push(...own);
  }
  const headerWords = new Map(columns.map((column) => [column, column.source && words.get(column.source)]));
  return {
    columns,
    rows,
    ownSource: (figure, column) => {
      const said = headerWords.get(column);
      return said === undefined || words.get(figure) !== said;
    },
  };
}
