import { beforeAll, describe, expect, it } from 'vitest';
import { buildModel, type BuildResult } from '../../src/core/buildModel.ts';
import type { Progress } from '../../src/core/model/types.ts';
import { readSiteFiles } from '../../src/node/catalogueFiles.ts';
import type { SourceFile } from '../../src/core/load/loadProject.ts';

/**
 * The verdicts the shipped data gets. Expected figures are worked out by hand from the YAML (the
 * article's 60,95% → 50,54%, baomoi's 48,46% → 40,8% on 31/10/2023), not read from the model.
 */
const ROOT = new URL('../../', import.meta.url).pathname;
let files: SourceFile[];
const at = (versionDate: string): BuildResult => buildModel(files, undefined, { versionDate });
beforeAll(async () => {
  files = await readSiteFiles(ROOT);
});

function verdict(result: BuildResult, indicator: string, territory: string, by: number): Progress {
  const target = result.model.targets.find((t) => t.indicator === indicator && t.territory === territory && t.by === by);
  if (!target) throw new Error(`no target ${indicator} ${territory} ${by} in the shipped data`);
  return result.model.progress.get(target.id)!;
}

describe('shipped verdicts with the data dated December 2026 (after the 2024 and 2025 deadlines)', () => {
  let result: BuildResult;
  beforeAll(() => {
    result = at('2026-12-02');
  });

  it('is built from valid data (an unknown indicator would be judged as a level)', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('the 10 communes\' 2025 poverty target: deadline passed with no 2025 result, and the pace led to about 29,7%', () => {
    const group = verdict(result, 'ty-le-ho-ngheo', '10-xa-ngheo-lao-cai', 2025);
    expect(group.status).toBe('due-no-result');
    // 50,54 − 10,41 × 731/365 = 29,6915; (29,6915 − 60,95)/(17,26 − 60,95) = 0,7155.
    expect(group.projection).toBeCloseTo(29.6915, 3);
    expect(group.ratio).toBeCloseTo(0.7155, 4);
  });

  it('Nậm Chày\'s 2025 target: the commune ceased to exist on 30/6/2025 and no result was published; the pace led to about 20,8%', () => {
    const namChay = verdict(result, 'ty-le-ho-ngheo', 'nam-chay', 2025);
    expect(namChay).toMatchObject({ status: 'due-no-result', placeEnded: '2025-06-30' });
    // 40,8 − 7,66 × 792/304 = 20,8437.
    expect(namChay.projection).toBeCloseTo(20.8437, 3);
  });

  it('the group\'s 2024 targets without a result read "deadline passed, no result published", never "not enough data"', () => {
    const due2024 = result.model.targets.filter((t) => t.territory === '10-xa-ngheo-lao-cai' && t.by === 2024);
    const byStatus = new Map<string, string[]>();
    for (const t of due2024) byStatus.set(result.model.progress.get(t.id)!.status, [...(byStatus.get(result.model.progress.get(t.id)!.status) ?? []), t.indicator]);
    expect(byStatus.get('no-data')).toBeUndefined();
    expect(byStatus.get('due-no-result')?.sort()).toEqual(
      [
        'lao-dong-co-viec-lam-moi-ho-ngheo-can-ngheo',
        'so-hoi-nghi-giao-dich-viec-lam',
        'so-lop-dao-tao-nghe',
        'so-ngay-bac-si-tai-tram-y-te',
        'so-nguoi-duoc-dao-tao-nghe',
        'so-nguoi-tham-gia-giao-dich-viec-lam',
        'so-tieu-chi-ntm-dat-them',
        'ty-le-duong-lien-thon-cung-hoa',
        'ty-le-tham-gia-bhyt',
        'ty-le-thon-tiep-nhan-thong-tin',
        'ty-le-xa-dat-tieu-chi-quoc-gia-y-te',
      ].sort(),
    );
    // The one with a result: a reduction of 11,06 points in 2024 (Báo Lào Cai) against "10,77 or more".
    expect(byStatus.get('met')).toEqual(['muc-giam-ty-le-ho-ngheo']);
    expect(verdict(result, 'muc-giam-ty-le-ho-ngheo', '10-xa-ngheo-lao-cai', 2024).result?.value).toBe(11.06);
  });

  it('no target reads "on track" or "not enough data" once every deadline has passed', () => {
    const statuses = result.model.targets.map((t) => result.model.progress.get(t.id)!.status);
    expect(statuses).not.toContain('on-track');
    expect(statuses).not.toContain('no-data');
  });
});

describe('shipped verdicts with the data dated before the 2025 deadline', () => {
  it('neither the 10 communes nor Nậm Chày read on track: both need to speed up', () => {
    const result = at('2024-06-30');
    expect(verdict(result, 'ty-le-ho-ngheo', '10-xa-ngheo-lao-cai', 2025).status).toBe('too-slow');
    expect(verdict(result, 'ty-le-ho-ngheo', 'nam-chay', 2025).status).toBe('too-slow');
  });
});

describe('the methodology page\'s worked examples', () => {
  it('state the projections the method computes for the shipped figures, in both languages', async () => {
    const { readFileSync } = await import('node:fs');
    const { formatNumber } = await import('../../src/core/format/formatNumber.ts');
    const result = at('2026-12-02');
    for (const [territory, locale, file] of [
      ['10-xa-ngheo-lao-cai', 'vi', 'phuong-phap.vi.md'],
      ['nam-chay', 'vi', 'phuong-phap.vi.md'],
      ['10-xa-ngheo-lao-cai', 'en', 'phuong-phap.en.md'],
      ['nam-chay', 'en', 'phuong-phap.en.md'],
    ] as const) {
      const page = readFileSync(new URL(`../../content/pages/${file}`, import.meta.url), 'utf8');
      const projection = verdict(result, 'ty-le-ho-ngheo', territory, 2025).projection!;
      expect(page).toContain(`≈ ${formatNumber(projection, locale, 2)}%`);
    }
  });
});

describe('the verdict travels with the target in the downloads', () => {
  it('the figures CSV has the level, the projection and the as-of date on each target row', async () => {
    const { toCsv } = await import('../../src/core/export/csv.ts');
    const { figureRows } = await import('../../src/core/export/figureRows.ts');
    const { figureRowSchema } = await import('../../src/core/export/rowSchemas.ts');
    const { readCsv } = await import('../support/csvTable.ts');
    const result = at('2026-12-02');
    const version = { tag: null, commitsSinceTag: 0, commit: 'a'.repeat(40), shortCommit: 'aaaaaaa', date: '2026-12-02' };
    const rows = readCsv(toCsv(figureRowSchema, figureRows(result.model, result.model.targets, version)));
    const row = (territory: string, period: string) => rows.find((r) => r['indicator_id'] === 'ty-le-ho-ngheo' && r['territory_id'] === territory && r['period'] === period)!;
    expect(row('10-xa-ngheo-lao-cai', '2025')).toMatchObject({
      progress_status: 'due-no-result',
      progress_label_vi: 'Quá hạn, chưa công bố kết quả',
      progress_projection: '29.6915',
      progress_ratio: '0.7155',
      progress_as_of: '2026-12-02',
    });
    expect(row('nam-chay', '2025')).toMatchObject({ progress_status: 'due-no-result', progress_projection: '20.8437', progress_as_of: '2026-12-02' });
    const reduction = rows.find((r) => r['indicator_id'] === 'muc-giam-ty-le-ho-ngheo' && r['period'] === '2024')!;
    expect(reduction).toMatchObject({ progress_status: 'met', progress_label_vi: 'Đạt đúng hạn', progress_projection: '' });
  });
});
