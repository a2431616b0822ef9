import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Locale } from '../../src/core/format/formatNumber.ts';
import { formatQuantity } from '../../src/site/format/formatQuantity.ts';
import { formatTargetGoal } from '../../src/site/format/formatTarget.ts';
import { readAndBuild } from '../../src/site/loadSiteModel.ts';
import { documentPath, indicatorPath, territoryPath } from '../../src/site/routes.ts';
import { DIST, ROOT } from '../support/siteUnderTest.ts';

const { model } = await readAndBuild(ROOT);
const pages = new Map<string, string>();
const pageText = (path: string) => {
  let html = pages.get(path);
  if (html === undefined) {
    html = readFileSync(`${DIST}${path}index.html`, 'utf8');
    pages.set(path, html);
  }
  return html;
};

/** The text of the table row whose id is the figure's id (its permalink target), tags stripped. */
function rowText(path: string, id: string): string | null {
  const html = pageText(path);
  const start = html.indexOf(`<tr id="${id}"`);
  if (start < 0) return null;
  const end = html.indexOf('</tr>', start);
  return html
    .slice(start, end)
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ');
}

describe('every figure on the site equals the data, in both languages', () => {
  test.each(['vi', 'en'] as Locale[])('observations (%s): on the indicator page, the territory page and the source document page', (locale) => {
    const mismatches: string[] = [];
    for (const observation of model.observations) {
      const indicator = model.index.indicator.get(observation.indicator)!;
      const expected = formatQuantity(observation.value, indicator, locale, { approximate: observation.approximate, outOf: observation.out_of });
      for (const path of [indicatorPath(indicator.id, locale), territoryPath(observation.territory, locale), documentPath(observation.source.document, locale)]) {
        const row = rowText(path, observation.id);
        if (row === null || !row.includes(expected)) mismatches.push(`${path}#${observation.id}: expected ${expected}, found ${row}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  test.each(['vi', 'en'] as Locale[])('targets (%s): on the indicator page and the source document page', (locale) => {
    const mismatches: string[] = [];
    for (const target of model.targets) {
      const indicator = model.index.indicator.get(target.indicator)!;
      const expected = formatTargetGoal(target, indicator, locale);
      for (const path of [indicatorPath(indicator.id, locale), documentPath(target.source.document, locale)]) {
        const row = rowText(path, target.id);
        if (row === null || !row.includes(expected)) mismatches.push(`${path}#${target.id}: expected ${expected}, found ${row}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  test('the seed figures read as the sources print them', () => {
    const group = pageText('/dia-ban/10-xa-ngheo-lao-cai/');
    for (const printed of ['1.306 hộ', '10,41 điểm %', '357,7 tỷ đồng', '60,95%', '50,54%', '3.124 hộ', '106/231 công trình']) expect(group).toContain(printed);
    expect(pageText('/van-ban/kh-239-ubnd-2021/')).toContain('19/5/2021');
    expect(pageText('/en/territories/10-xa-ngheo-lao-cai/')).toContain('1,306 households');
  });

  test('disputed and inconsistent figures show every value with its source and the arithmetic', () => {
    const conflict = model.findings.find((finding) => finding.kind === 'conflict')!;
    const inconsistency = model.findings.find((finding) => finding.kind === 'inconsistency')!;
    const html = pageText(indicatorPath(conflict.indicator, 'vi'));
    expect(html).toContain(`id="${conflict.id}"`);
    expect(html).toContain('có tranh chấp');
    for (const id of conflict.observationIds) {
      const observation = model.index.observation.get(id)!;
      expect(rowText(indicatorPath(conflict.indicator, 'vi'), id)).toContain('có tranh chấp');
      expect(html).toContain(`/van-ban/${observation.source.document}/`);
    }
    const en = pageText(indicatorPath(inconsistency.indicator, 'en'));
    expect(en).toContain('inconsistent');
    expect(en).toContain(inconsistency.explanation.en.replace(/"/g, '&quot;').slice(0, 40));
  });
});
