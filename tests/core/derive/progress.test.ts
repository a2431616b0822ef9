import { describe, expect, it } from 'vitest';
import { build, edit } from '../projectFixture.ts';

const TARGET_ID = 'muc-tieu--ty-le-ho-ngheo--nhom-xa-ngheo--2025--kh-239';

describe('progress against a target (linear path from baseline to target)', () => {
  it('computes the expected value on the path and the share of the expected change made', () => {
    const { model } = build();
    const progress = model.progress.get(TARGET_ID)!;
    // Baseline 60,95 at 31/12/2022, target 17,26 at 31/12/2025; one year of three elapsed.
    expect(progress.baseline).toMatchObject({ value: 60.95, date: '2022-12-31' });
    expect(progress.latest).toMatchObject({ value: 50.54, date: '2023-12-31' });
    expect(progress.expected).toBeCloseTo(60.95 - (60.95 - 17.26) * (365 / 1096), 6);
    expect(progress.shareOfExpectedChange).toBeCloseTo(10.41 / ((60.95 - 17.26) * (365 / 1096)), 6);
    expect(progress.status).toBe('on-track');
  });

  it('calls a target behind when less than 60% of the expected change was made', () => {
    const { model } = build(edit('plans/bai-2023.yaml', 'value: 50.54', 'value: 55.54'));
    expect(model.progress.get(TARGET_ID)!.status).toBe('behind');
  });

  it('calls a target moving away when the figure went the wrong way', () => {
    const { model } = build(edit('plans/bai-2023.yaml', 'value: 50.54', 'value: 62.54'));
    expect(model.progress.get(TARGET_ID)!.status).toBe('moving-away');
  });

  it('calls a target achieved when the latest figure meets it', () => {
    const { model } = build(edit('plans/bai-2023.yaml', 'value: 50.54', 'value: 17'));
    expect(model.progress.get(TARGET_ID)!.status).toBe('achieved');
  });

  it('says "no data" when there is only a single figure', () => {
    const { model } = build(edit('plans/bai-2023.yaml', 'period: 2022', 'period: 2026'));
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
    expect(build({ 'plans/extra.yaml': reductionTarget.replace('VALUE', '11') }).model.progress.get(id)!.status).toBe('behind');
  });

  it('has no data when the target year has no figure', () => {
    const target = reductionTarget.replace('VALUE', '10').replace('by: 2023', 'by: 2024').replace('--2023--', '--2024--');
    expect(build({ 'plans/extra.yaml': target }).model.progress.get(id.replace('--2023--', '--2024--'))!.status).toBe('no-data');
  });
});
