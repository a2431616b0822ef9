import { describe, expect, it } from 'vitest';
import { buildModel } from '../../../src/core/buildModel.ts';
import { BASE_FILES, build, edit, filesOf, locations } from '../projectFixture.ts';

const TARGET_ID = 'muc-tieu--ty-le-ho-ngheo--nhom-xa-ngheo--2025--kh-239';

describe('progress of the fixture\'s 2025 poverty target, as a model is built', () => {
  it('projects the latest figure to the deadline at the observed pace', () => {
    const { model } = build();
    const progress = model.progress.get(TARGET_ID)!;
    // 60,95 (2022) → 50,54 (2023): −10,41 in 365 days; two more years (731 days) reach
    // 50,54 − 10,41 × 731/365 = 29,6915; (29,6915 − 60,95)/(17,26 − 60,95) = 0,7155.
    expect(progress.baseline).toMatchObject({ value: 60.95, date: '2022-12-31', from: 'observation' });
    expect(progress.latest).toMatchObject({ value: 50.54, date: '2023-12-31' });
    expect(progress.projection).toBeCloseTo(29.6915, 3);
    expect(progress.ratio).toBeCloseTo(0.7155, 4);
    expect(progress.status).toBe('too-slow');
  });

  it('dates verdicts by the newest date in the data when there is no data version', () => {
    const { model } = build();
    expect(model.progressAsOf).toEqual({ date: '2023-12-31', from: 'newest-in-data' });
    expect(model.progress.get(TARGET_ID)!.deadlinePassed).toBe(false);
  });

  it('dates verdicts by the data version, so a later commit of the same data sees the deadline pass', () => {
    const { model } = buildModel(filesOf(), undefined, { versionDate: '2026-12-02' });
    expect(model.progressAsOf).toEqual({ date: '2026-12-02', from: 'data-version' });
    expect(model.progress.get(TARGET_ID)).toMatchObject({ status: 'due-no-result', deadlinePassed: true, asOf: '2026-12-02' });
  });

  it('calls a target on track only when the pace reaches it by the deadline', () => {
    // −22 in 2023 reaches 38,95 − 44 < 17,26 by 2025.
    expect(build(edit('plans/bai-2023.yaml', 'value: 50.54', 'value: 38.95')).model.progress.get(TARGET_ID)!.status).toBe('on-track');
  });

  it('calls a target moving away when the figure went the wrong way', () => {
    const { model } = build(edit('plans/bai-2023.yaml', 'value: 50.54', 'value: 62.54'));
    expect(model.progress.get(TARGET_ID)!.status).toBe('moving-away');
  });

  it('calls a target achieved when the latest figure meets it', () => {
    const { model } = build(edit('plans/bai-2023.yaml', 'value: 50.54', 'value: 17'));
    expect(model.progress.get(TARGET_ID)!.status).toBe('achieved');
  });

  it('says "no data" when there is only a single figure before the deadline', () => {
    const { model } = buildModel(filesOf(edit('plans/bai-2023.yaml', 'period: 2022', 'period: 2026')), undefined, { versionDate: '2024-06-30' });
    expect(model.progress.get(TARGET_ID)!.status).toBe('no-data');
  });
});

describe('progress of a per-period target (a change or a ratio)', () => {
  const reductionTarget = `plan: kh-239
targets:
  - indicator: muc-giam-ty-le-ho-ngheo
    territory: nhom-xa-ngheo
    comparator: ">="
    value: VALUE
    by: 2023
    source: { document: kh-239 }
`;
  const id = 'muc-tieu--muc-giam-ty-le-ho-ngheo--nhom-xa-ngheo--2023--kh-239';

  it('compares only with the figure for the target year', () => {
    expect(build({ 'plans/extra.yaml': reductionTarget.replace('VALUE', '10') }).model.progress.get(id)).toMatchObject({ status: 'achieved', latest: { value: 10.41 } });
    expect(build({ 'plans/extra.yaml': reductionTarget.replace('VALUE', '11') }).model.progress.get(id)!.status).toBe('missed');
  });

  it('has no data when the target year has no figure', () => {
    const target = reductionTarget.replace('VALUE', '10').replace('by: 2023', 'by: 2024').replace('--2023--', '--2024--');
    expect(build({ 'plans/extra.yaml': target }).model.progress.get(id.replace('--2023--', '--2024--'))!.status).toBe('no-data');
  });
});

describe('progress of period totals and ranges', () => {
  // so-du-an (count, a period total by default): projects carried out during the year.
  const projects = (by: number, target: string, observations: Array<[number, number]>, periodTotal = '') => ({
    'content/indicators/test.yaml': BASE_FILES['content/indicators/test.yaml']!.replace('    decimals: 0\n    category: production', `    decimals: 0\n    category: production${periodTotal}`),
    'plans/extra.yaml': `plan: kh-239
targets:
  - indicator: so-du-an
    territory: nam-chay
    ${target}
    by: ${by}
    source: { document: kh-239 }
observations:
${observations.map(([year, value]) => `  - { indicator: so-du-an, territory: nam-chay, period: ${year}, value: ${value}, status: reported, source: { document: bai-2023 } }`).join('\n')}
`,
  });
  const id = (by: number) => `muc-tieu--so-du-an--nam-chay--${by}--kh-239`;

  it('does not count what was done in an earlier year towards a later year\'s target', () => {
    const { model } = build(projects(2024, 'comparator: ">="\n    value: 10', [[2023, 14]]));
    expect(model.progress.get(id(2024))!.status).toBe('no-data');
  });

  it('counts a running total (period_total: false) along the path like a level', () => {
    const { model, diagnostics } = build(projects(2024, 'comparator: ">="\n    value: 10', [[2023, 14]], '\n    period_total: false'));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(model.progress.get(id(2024))).toMatchObject({ status: 'achieved', latest: { value: 14 } });
  });

  it('leads the path of a range to the end nearer the baseline', () => {
    // From 400 (2022) towards 300–350 by 2024, as a running total: the least change that meets it ends at 350.
    const { model } = build(projects(2024, 'comparator: between\n    range: { min: 300, max: 350 }', [[2022, 400], [2023, 390]], '\n    period_total: false'));
    const progress = model.progress.get(id(2024))!;
    // The data's newest date is 31/12/2023, before the 2024 deadline: 390 − 10 × 366/365 = 379,97;
    // (379,97 − 400)/(350 − 400) = 0,4005, little progress.
    expect(progress.targetValue).toBe(350);
    expect(progress.projection).toBeCloseTo(390 - 10 * (366 / 365), 6);
    expect(progress.status).toBe('little-progress');
  });

  it('judges a period total in a range by the figure of its own year', () => {
    const inRange = build(projects(2024, 'comparator: between\n    range: { min: 300, max: 350 }', [[2023, 1386], [2024, 320]]));
    expect(inRange.model.progress.get(id(2024))).toMatchObject({ status: 'achieved', latest: { value: 320 } });
    const above = build(projects(2024, 'comparator: between\n    range: { min: 300, max: 350 }', [[2024, 1386]]));
    expect(above.model.progress.get(id(2024))!.status).toBe('missed');
  });

  it('rejects period_total on a level, with its line', () => {
    const { diagnostics } = build({
      'content/indicators/test.yaml': BASE_FILES['content/indicators/test.yaml']!.replace('    decimals: 2\n    category: poverty\n  - id: muc-giam', '    decimals: 2\n    period_total: true\n    category: poverty\n  - id: muc-giam'),
    });
    expect(locations(diagnostics)).toEqual(['content/indicators/test.yaml:8:19 schema-value']);
  });

  it('never throws on a target left without its value or range (invalid data still derives)', () => {
    const { model, diagnostics } = build(projects(2024, 'comparator: between', [[2024, 5]]));
    expect(diagnostics.some((d) => d.severity === 'error')).toBe(true);
    expect(model.progress.get(id(2024))?.status ?? 'no-data').not.toBe('achieved');
  });
});
