import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Locale } from '../../src/core/format/formatNumber.ts';
import type { Indicator, Observation, Target } from '../../src/core/model/types.ts';
import { readAndBuild } from '../../src/site/loadSiteModel.ts';
import { documentPath, figurePath, indicatorPath, planPath, territoryPath } from '../../src/site/routes.ts';
import { documentFigureListing } from '../../src/site/select/documentFigureListing.ts';
import { readCsv } from '../support/csvTable.ts';
import { readParquetRows } from '../support/parquetTable.ts';
import { DIST, ROOT } from '../support/siteUnderTest.ts';

/**
 * Every observation and target in the shipped data, on every page that shows it and in every
 * file that exports it, with the value the data holds: on pages rounded only to the indicator's
 * declared decimals, in the downloads not rounded at all.
 *
 * The expected text is computed here, not by the site's formatter: a formatter that dropped a
 * digit would otherwise agree with itself.
 */
const { model } = await readAndBuild(ROOT);
type Figure = Observation | Target;
const figures: Figure[] = [...model.observations, ...model.targets];
const isObservation = (figure: Figure): figure is Observation => 'period' in figure;
const indicatorOf = (figure: Figure): Indicator => model.index.indicator.get(figure.indicator)!;

/**
 * A number as a reader of `locale` expects it, with at most `decimals` decimals and no padding
 * zeros: vi 1.306 and 10,41; en 1,306 and 10.41. Rounds the decimal digits the data file holds
 * (half away from zero), as a person would.
 */
function readerNumber(value: number, decimals: number, locale: Locale): string {
  const negative = value < 0;
  const [whole = '0', fraction = ''] = Math.abs(value).toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }).split('.');
  let digits = `${whole}${fraction.padEnd(decimals, '0').slice(0, decimals)}`;
  if (Number(fraction[decimals] ?? '0') >= 5) digits = (BigInt(digits) + 1n).toString().padStart(digits.length, '0');
  const integerPart = digits.slice(0, digits.length - decimals) || '0';
  const fractionPart = digits.slice(digits.length - decimals).replace(/0+$/, '');
  const [group, point] = locale === 'vi' ? ['.', ','] : [',', '.'];
  const grouped = integerPart.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${negative && /[1-9]/.test(digits) ? '-' : ''}${grouped}${fractionPart ? `${point}${fractionPart}` : ''}`;
}

/** The numbers a figure shows: its value, or both ends of a range, and any "out of". */
function statedNumbers(figure: Figure): number[] {
  if (!isObservation(figure) && figure.range && figure.value === undefined) return [figure.range.min, figure.range.max];
  return [figure.value!, ...(isObservation(figure) && figure.out_of !== undefined ? [figure.out_of] : [])];
}

/**
 * The pages a figure must appear on, by the figure's own row: its permalink page (the indicator's,
 * or its province's share of it), its territory, and its source document unless that document
 * has too many figures to list them one by one.
 */
function pagesOf(figure: Figure, locale: Locale): string[] {
  const paths = [figurePath(model, figure, locale).split('#')[0]!, territoryPath(figure.territory, locale)];
  if (documentFigureListing(model, figure.source.document).listed.includes(figure)) paths.push(documentPath(figure.source.document, locale));
  if (!isObservation(figure) && figure.plan) paths.push(planPath(figure.plan, locale));
  return paths;
}

const pageCache = new Map<string, string>();
function pageHtml(path: string): string {
  let html = pageCache.get(path);
  if (html === undefined) {
    html = existsSync(`${DIST}${path}index.html`) ? readFileSync(`${DIST}${path}index.html`, 'utf8') : '';
    pageCache.set(path, html);
  }
  return html;
}

/**
 * A figure's row as text: the row with the figure's id, or on a territory page, where a result's row
 * carries no id, the row of the indicator's table for the place (data-figure-ids or its caption's id) whose period cell
 * is the figure's period and whose reference is its document.
 */
function rowText(path: string, figure: Figure | string): string | null {
  const html = pageHtml(path);
  const id = typeof figure === 'string' ? figure : figure.id;
  let start = html.indexOf(`<tr id="${id}"`);
  if (start < 0 && typeof figure !== 'string' && isObservation(figure)) {
    // The table names the ids' start on itself or, on a territory page's block, in its caption's id.
    const named = html.indexOf(`data-figure-ids="${figure.indicator}--${figure.territory}--"`);
    const table = named >= 0 ? named : html.indexOf(`<caption id="${figure.indicator}--${figure.territory}--caption"`);
    const end = html.indexOf('</table>', table);
    const period = new RegExp(figure.period.kind === 'date' ? `<time datetime="${figure.period.date}">` : `<td[^>]*>${figure.period.key.replace('-', '–')}</td>`);
    const rows = table < 0 ? [] : [...html.slice(table, end).matchAll(/<tr>[\s\S]*?<\/tr>/g)];
    // A row names its document by its entry in the page's list of sources (<li id="S3" data-document="…">).
    const anchor = new RegExp(`<li id="(S\\d+)" data-document="${figure.source.document}"`).exec(html)?.[1];
    const row = rows.find((match) => period.test(match[0]) && anchor !== undefined && match[0].includes(`<a href="#${anchor}">`));
    if (row) start = table + row.index;
  }
  if (start < 0) return null;
  return html
    .slice(start, html.indexOf('</tr>', start))
    .replace(/<details[\s\S]*?<\/details>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;|\u00a0|\u202f/g, ' ')
    .replace(/\s+/g, ' ');
}

/** `number` standing alone in `text`: "0,5" is not found inside "10,54" or "0,55". */
function containsNumber(text: string, number: string): boolean {
  const escaped = number.replace(/[.,]/g, '\\$&');
  return new RegExp(`(?<![\\d.,])${escaped}(?![\\d]|[.,]\\d)`).test(text);
}

describe('every figure on the site equals the data, in both languages', () => {
  test('the shipped data has figures of every kind to check', () => {
    expect(model.observations.length).toBeGreaterThan(50);
    expect(model.targets.length).toBeGreaterThan(10);
    expect(model.targets.some((target) => target.range !== undefined)).toBe(true);
  });

  test('no figure has more decimals than its indicator publishes, so none is changed by rounding', () => {
    const lossy = figures.flatMap((figure) =>
      statedNumbers(figure)
        .filter((value) => Number(readerNumber(value, indicatorOf(figure).decimals, 'en').replace(/,/g, '')) !== value)
        .map((value) => `${figure.id}: ${value} with ${indicatorOf(figure).decimals} decimals`),
    );
    expect(lossy).toEqual([]);
  });

  test.each(['vi', 'en'] as Locale[])('every observation and target (%s): on its indicator, territory, source document and plan pages', (locale) => {
    const mismatches: string[] = [];
    for (const figure of figures) {
      const expected = statedNumbers(figure).map((value) => readerNumber(value, indicatorOf(figure).decimals, locale));
      for (const path of pagesOf(figure, locale)) {
        const row = rowText(path, figure);
        const missing = expected.filter((number) => row === null || !containsNumber(row, number));
        if (missing.length > 0) mismatches.push(`${path}#${figure.id}: expected ${missing.join(' and ')}, found ${row ?? 'no row'}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  test('the seed figures read as the sources print them', () => {
    const group = readFileSync(`${DIST}/dia-ban/10-xa-ngheo-lao-cai/index.html`, 'utf8');
    for (const printed of ['1.306 hộ', '10,41 điểm %', '357,7 tỷ đồng', '60,95%', '50,54%', '3.124 hộ', '106/231 công trình']) expect(group).toContain(printed);
    expect(readFileSync(`${DIST}/van-ban/kh-239-ubnd-2021/index.html`, 'utf8')).toContain('19/5/2021');
    expect(readFileSync(`${DIST}/en/territories/10-xa-ngheo-lao-cai/index.html`, 'utf8')).toContain('1,306 households');
  });

  test('disputed and inconsistent figures show every value with its source and the arithmetic', () => {
    const conflict = model.findings.find((finding) => finding.kind === 'conflict')!;
    const inconsistency = model.findings.find((finding) => finding.kind === 'inconsistency')!;
    const path = indicatorPath(conflict.indicator, 'vi');
    const html = readFileSync(`${DIST}${path}index.html`, 'utf8');
    expect(html).toContain(`id="${conflict.id}"`);
    for (const id of conflict.observationIds) {
      const observation = model.index.observation.get(id)!;
      expect(rowText(path, id)).toContain('có tranh chấp');
      expect(html).toContain(`/van-ban/${observation.source.document}/`);
    }
    const en = readFileSync(`${DIST}${indicatorPath(inconsistency.indicator, 'en')}index.html`, 'utf8');
    expect(en).toContain('inconsistent');
    // Written out by hand: the shipped article's 130,1% of the target and 0,8 points above it.
    expect(en).toContain('Two figures imply different annual targets for &quot;Reduction of the poverty rate&quot;: 10.41 ÷ 130.1% = 8 but 10.41 − 0.8 = 9.61.');
  });
});

/**
 * The downloads (/tai-ve/): each figure in the CSV of its indicator and province, and in the
 * whole dataset's Parquet file. Values are exported exactly as stored, so they must equal the data.
 */
const DOWNLOADS = `${DIST}/tai-ve`;

/** The province a figure's place is in: its top ancestor, found here by walking the parents. */
function provinceOf(placeId: string): string {
  let place = model.index.place.get(placeId)!;
  const seen = new Set([place.id]);
  while (place.parent && !seen.has(place.parent) && model.index.place.get(place.parent)?.kind === 'territory') {
    place = model.index.place.get(place.parent)!;
    seen.add(place.id);
  }
  return place.id;
}

function exportsOf(figure: Figure): string[] {
  return [`chi-so/${figure.indicator}/${provinceOf(figure.territory)}.csv`, 'minhbach.parquet'];
}

/** Exported numbers by figure id, from a CSV table or the Parquet file. */
function exportedValues(file: string): Map<string, Record<string, unknown>> {
  const rows = file.endsWith('.parquet') ? readParquetRows(readFileSync(`${DOWNLOADS}/${file}`)) : readCsv(readFileSync(`${DOWNLOADS}/${file}`, 'utf8'));
  return new Map(rows.map((row) => [String(row['figure_id']), row]));
}

describe.runIf(existsSync(DOWNLOADS))('every figure in the downloads equals the data', () => {
  test('every observation and target is in each file that should hold it, with its exact value', () => {
    const files = new Map<string, Map<string, Record<string, unknown>>>();
    const problems: string[] = [];
    for (const figure of figures) {
      for (const file of exportsOf(figure)) {
        if (!files.has(file)) files.set(file, existsSync(`${DOWNLOADS}/${file}`) ? exportedValues(file) : new Map());
        const row = files.get(file)!.get(figure.id);
        if (!row) {
          problems.push(`${file}: no ${figure.id}`);
          continue;
        }
        const expected: [string, number | undefined][] = [
          ['value', figure.value],
          ['range_min', isObservation(figure) ? undefined : figure.range?.min],
          ['range_max', isObservation(figure) ? undefined : figure.range?.max],
          ['out_of', isObservation(figure) ? figure.out_of : undefined],
        ];
        for (const [column, value] of expected) {
          const cell = row[column];
          const exported = cell === undefined || cell === '' || cell === null ? undefined : Number(cell);
          if (exported !== value) problems.push(`${file} ${figure.id} ${column}: ${String(cell)} ≠ ${String(value)}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(files.size).toBeGreaterThan(10);
  });

  test('the CSV files open in Excel with their diacritics: UTF-8 with a byte-order mark', () => {
    expect(readFileSync(`${DOWNLOADS}/chi-so/ty-le-ho-ngheo/lao-cai.csv`).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  test('each figure is written twice across the CSV, Parquet and JSON downloads of the current data, no more', () => {
    const counts = new Map<string, number>();
    const current = readdirSync(DOWNLOADS, { recursive: true, encoding: 'utf8' }).filter((file) => !file.startsWith('phien-ban') && /\.(csv|parquet|json)$/.test(file));
    // JSON files may hold figures nowhere: a figure id in one would be a third copy.
    const jsonText = current.filter((file) => file.endsWith('.json')).map((file) => readFileSync(`${DOWNLOADS}/${file}`, 'utf8')).join('\n');
    expect(figures.filter((figure) => jsonText.includes(`"${figure.id}"`))).toEqual([]);
    for (const file of current.filter((name) => !name.endsWith('.json'))) {
      for (const id of exportedValues(file).keys()) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    expect(figures.filter((figure) => counts.get(figure.id) !== 2).map((figure) => `${figure.id}: ${counts.get(figure.id) ?? 0}`)).toEqual([]);
  });
});
