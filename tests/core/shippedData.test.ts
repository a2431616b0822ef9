import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/core/format/formatNumber.ts';
import type { Observation, Target } from '../../src/core/model/types.ts';
import { readSiteFiles } from '../../src/node/catalogueFiles.ts';
import { readDataVersion } from '../../src/node/dataVersion.ts';
import { buildWorded, type WordedBuild } from './projectFixture.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

/** Which shipped document each seed text is (the seeds are kept in tests/fixtures/seeds). */
const SEED_DOCUMENTS: Record<string, string> = {
  '000_c1c4eaf66d5ec5f3.txt': 'bai-bao-hoi-nghi-3-nam-nq-20-2024',
  '001_69e116f0f5b020ab.txt': 'bai-bao-giam-ngheo-10-xa-2023',
  '002_f01a4305b6cce5cf.txt': 'bao-lao-cai-trien-khai-ctmtqg-2024',
  '003_fb4031c4cfc7066f.txt': 'kh-10-xa-ngheo-2024-du-thao',
  '004_340c1c6bd6955c6e.txt': 'bao-ninh-thuan-ctmtqg-7-thang-2018',
};

const squash = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();
const seedText = (file: string) => squash(readFileSync(new URL(`../fixtures/seeds/${file}`, import.meta.url), 'utf8'));

let result: WordedBuild;
beforeAll(async () => {
  // Checked against the data's own date, as the build does (the last commit's date).
  result = buildWorded(await readSiteFiles(ROOT), undefined, { dataDate: readDataVersion(ROOT).date });
});

const figures = (): (Observation | Target)[] => [...result.model.observations, ...result.model.targets];

describe('the shipped dataset', () => {
  it('validates with no errors', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('keeps the 30 vs 31 production projects as a conflict, both values with their sources', () => {
    const conflict = result.model.findings.find((f) => f.kind === 'conflict' && f.observationIds.some((id) => result.model.index.observation.get(id)!.value === 30))!;
    const sides = conflict.observationIds.map((id) => result.model.index.observation.get(id)!).map((o) => [o.value, o.source.document]).sort();
    expect(sides).toEqual([
      [30, 'bai-bao-hoi-nghi-3-nam-nq-20-2024'],
      [31, 'bai-bao-giam-ngheo-10-xa-2023'],
    ]);
    expect(result.diagnostics.some((d) => d.code === 'conflicting-values' && d.message.vi.includes('31') && d.message.vi.includes('30'))).toBe(true);
  });

  it('flags "130,1% of the target" against "0,8 above the plan" as inconsistent, with the arithmetic', () => {
    const warning = result.diagnostics.find((d) => d.code === 'stated-vs-derived' && d.message.vi.includes('130,1'))!;
    expect(warning.message.vi).toContain('10,41 ÷ 130,1% = 8');
    expect(warning.message.vi).toContain('10,41 − 0,8 = 9,61');
  });

  it('confirms the stated 10,41-point fall from 60,95% to 50,54% (no inconsistency)', () => {
    expect(result.diagnostics.filter((d) => d.code === 'stated-vs-derived' && d.message.vi.startsWith('Số nêu là 10,41'))).toEqual([]);
  });

  it('catches the draft 2024 plan misdating Plan 239 as 19/5/2024', () => {
    const warning = result.diagnostics.find((d) => d.code === 'citation-date-mismatch')!;
    expect(warning.file).toBe('plans/lao-cai/kh-10-xa-ngheo-2024-du-thao.md');
    expect(warning.message.vi).toBe('Văn bản dẫn "239/KH-UBND ngày 19/5/2024", nhưng 239/KH-UBND ban hành ngày 19/5/2021.');
  });

  it('has no warnings beyond the expected source problems', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.code).sort()).toEqual(['citation-date-mismatch', 'conflicting-values', 'stated-vs-derived']);
  });
});

describe('every seed figure is in the model with its source', () => {
  it('quotes every figure from a seed word for word, and the quote states the value', () => {
    const problems: string[] = [];
    for (const [file, documentId] of Object.entries(SEED_DOCUMENTS)) {
      const text = seedText(file);
      for (const figure of figures().filter((f) => f.source.document === documentId)) {
        const quote = figure.source.quote;
        if (!quote) {
          problems.push(`${figure.id}: no quote`);
          continue;
        }
        if (!text.includes(squash(quote))) problems.push(`${figure.id}: quote not in ${file}: "${quote}"`);
        const values = figure.value !== undefined ? [figure.value] : 'range' in figure && figure.range ? [figure.range.min, figure.range.max] : [];
        for (const value of values) {
          const spellings = [formatNumber(value, 'vi'), formatNumber(value * 1000, 'vi'), String(value).padStart(2, '0')];
          if (!spellings.some((spelling) => squash(quote).includes(spelling))) problems.push(`${figure.id}: value ${value} not in its quote "${quote}"`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  // DESIGN.md §6 and §7: the facts the product was designed around, each looked up by its value and source.
  const EXPECTED: [document: string, values: number[]][] = [
    ['bai-bao-hoi-nghi-3-nam-nq-20-2024', [1306, 30, 231, 198, 106, 357.7, 87.4, 304.8, 9.8, 4.4, 125]],
    ['bai-bao-giam-ngheo-10-xa-2023', [630, 10.41, 60.95, 50.54, 3124, 130.1, 0.8, 17.26, 106, 686.5, 31, 22, 9, 5, 400, 14, 1386, 304.8]],
    ['bao-lao-cai-trien-khai-ctmtqg-2024', [62, 5, 12.02, 10.48, 252, 204, 4.43, 110.75, 7.7, 128, 7.67, 127.76, 39.82, 6.38, 1200, 60.26, 90, 17, 95.8, 95, 3500]],
    ['kh-10-xa-ngheo-2024-du-thao', [10.77, 1, 100, 2, 10, 300, 500, 15]],
    ['bao-ninh-thuan-ctmtqg-7-thang-2018', [10.36, 27.1, 8.86, 23, 100, 2]],
    ['baomoi-giam-ngheo-nam-chay-2023', [267, 48.46, 83, 15.06, 40.8, 94, 16.76, 15]],
    ['bao-lao-cai-355796', [8, 620]],
    ['bao-lao-cai-397729', [11.06]],
  ];

  for (const [document, values] of EXPECTED) {
    it(`holds the figures of ${document}`, () => {
      const stated = new Set(figures().filter((f) => f.source.document === document).flatMap((f) => [f.value, 'range' in f ? f.range?.min : undefined]));
      expect(values.filter((value) => !stated.has(value))).toEqual([]);
    });
  }
});
