import { describe, expect, it } from 'vitest';
import { judgeTarget } from '../../../src/core/derive/progress.ts';
import { parsePeriod } from '../../../src/core/model/period.ts';
import type { Indicator, Observation, Place, Progress, Target } from '../../../src/core/model/types.ts';

/**
 * The progress method against cases worked out by hand (the arithmetic is in each row's comment,
 * done on paper from the dates and values, not by the code). Day counts: 31/12/2022 → 31/12/2023 is
 * 365 days, 31/12/2023 → 31/12/2025 is 731 days (2024 is a leap year), 31/12/2022 → 31/10/2023 is
 * 304 days, 31/10/2023 → 31/12/2025 is 792 days.
 */

const origin = { file: 'case.yaml', line: 1, column: 1, offset: 0, path: [], locate: () => ({ line: 1, column: 1, offset: 0 }) };

const INDICATORS = {
  poverty: { id: 'poverty', unit: '%', kind: 'level', direction: 'decrease', decimals: 2 },
  coverage: { id: 'coverage', unit: '%', kind: 'level', direction: 'increase', decimals: 2 },
  people: { id: 'people', unit: 'người', kind: 'count', direction: 'increase', decimals: 0, period_total: false },
  classes: { id: 'classes', unit: 'lớp', kind: 'count', direction: 'increase', decimals: 0 },
  reduction: { id: 'reduction', unit: 'điểm %', kind: 'change', direction: 'increase', decimals: 2 },
  neutral: { id: 'neutral', unit: '%', kind: 'level', direction: 'none', decimals: 2 },
  // A poverty rate whose standard changed from 2022 (Nghị định 07/2021/NĐ-CP).
  restandardised: {
    id: 'restandardised',
    unit: '%',
    kind: 'level',
    direction: 'decrease',
    decimals: 2,
    breaks: [{ from: 2022, note: { vi: 'Đổi chuẩn nghèo.' }, source: { document: 'Nghị định 07/2021/NĐ-CP' } }],
  },
} as const;
type IndicatorName = keyof typeof INDICATORS;

interface Case {
  indicator: IndicatorName;
  target: string; // "<= 20", "between 300 350"
  by: number | string;
  baseline?: [number | string, number];
  figures: Array<[number | string, number]>;
  asOf: string;
  placeEnded?: string;
}

function judge(c: Case): Progress {
  const [comparator, first, second] = c.target.split(' ') as [Target['comparator'], string, string?];
  const target = {
    id: 'target',
    indicator: c.indicator,
    territory: 'place',
    comparator,
    ...(comparator === 'between' ? { range: { min: Number(first), max: Number(second) } } : { value: Number(first) }),
    by: c.by,
    ...(c.baseline ? { baseline: { period: c.baseline[0], value: c.baseline[1] } } : {}),
    source: { document: 'doc' },
    origin,
  } as unknown as Target;
  const points = c.figures.map(
    ([period, value], index) =>
      ({ id: `figure-${index}`, indicator: c.indicator, territory: 'place', period: parsePeriod(period), value, status: 'reported', source: { document: 'doc' }, origin }) as unknown as Observation,
  );
  const place = { kind: 'territory', id: 'place', ...(c.placeEnded ? { valid_to: c.placeEnded } : {}) } as unknown as Place;
  return judgeTarget({ target, indicator: { ...INDICATORS[c.indicator], origin } as unknown as Indicator, place, points, documents: new Map(), asOf: c.asOf });
}

const BEFORE = '2024-06-30'; // data dated before the 2025 deadlines
const AFTER = '2026-12-02'; // data dated after them (the shipped data's commit date)

describe('before the deadline, the level follows the projected share of the required change', () => {
  it.each<[string, Case, Partial<Progress>, number?, number?]>([
    // 19 ≤ 20 already.
    ['achieved', { indicator: 'poverty', target: '<= 20', by: 2025, figures: [[2022, 30], [2023, 19]], asOf: BEFORE }, { status: 'achieved' }],
    // −8 a year; 32 − 8 × 731/365 = 15,978; (15,978 − 40)/(20 − 40) = 1,2011.
    ['on track', { indicator: 'poverty', target: '<= 20', by: 2025, figures: [[2022, 40], [2023, 32]], asOf: BEFORE }, { status: 'on-track' }, 15.978, 1.2011],
    // −4 a year; 36 − 8,0110 = 27,989; 12,011/20 = 0,6005.
    ['too slow', { indicator: 'poverty', target: '<= 20', by: 2025, figures: [[2022, 40], [2023, 36]], asOf: BEFORE }, { status: 'too-slow' }, 27.989, 0.6005],
    // −2 a year; 38 − 4,0055 = 33,9945; 6,0055/20 = 0,3003.
    ['little progress', { indicator: 'poverty', target: '<= 20', by: 2025, figures: [[2022, 40], [2023, 38]], asOf: BEFORE }, { status: 'little-progress' }, 33.9945, 0.3003],
    // +1 a year; 41 + 2,0027 = 43,0027; −3,0027/20 = −0,1501.
    ['moving away', { indicator: 'poverty', target: '<= 20', by: 2025, figures: [[2022, 40], [2023, 41]], asOf: BEFORE }, { status: 'moving-away' }, 43.0027, -0.1501],
    // Met at the start (18 ≤ 20), no longer (22).
    ['moving away from a target met at the start', { indicator: 'poverty', target: '<= 20', by: 2025, figures: [[2022, 18], [2023, 22]], asOf: BEFORE }, { status: 'moving-away' }],
    // One figure and no stated baseline: no pace.
    ['not enough data', { indicator: 'poverty', target: '<= 20', by: 2025, figures: [[2023, 32]], asOf: BEFORE }, { status: 'no-data' }],
    ['not enough data, no figure at all', { indicator: 'poverty', target: '<= 20', by: 2025, figures: [], asOf: BEFORE }, { status: 'no-data' }],
  ])('%s', (_name, c, expected, projection, ratio) => {
    const progress = judge(c);
    expect(progress).toMatchObject({ ...expected, deadlinePassed: false });
    if (projection !== undefined) expect(progress.projection).toBeCloseTo(projection, 3);
    if (ratio !== undefined) expect(progress.ratio).toBeCloseTo(ratio, 4);
  });

  it('uses the plan\'s stated baseline when a figure for it is missing', () => {
    // Same line as "on track": 40 (2022, stated by the plan) → 32 (2023).
    const progress = judge({ indicator: 'poverty', target: '<= 20', by: 2025, baseline: [2022, 40], figures: [[2023, 32]], asOf: BEFORE });
    expect(progress).toMatchObject({ status: 'on-track', baseline: { value: 40, date: '2022-12-31', from: 'target' } });
    expect(progress.projection).toBeCloseTo(15.978, 3);
  });

  it('measures a reading from the middle of a year at its own date (31/10/2023)', () => {
    // Nậm Chày: −7,66 in 304 days; 40,8 − 7,66 × 792/304 = 20,8437; (20,8437 − 48,46)/(15 − 48,46) = 0,8254.
    const progress = judge({ indicator: 'poverty', target: '< 15', by: 2025, figures: [[2022, 48.46], ['2023-10-31', 40.8]], asOf: BEFORE });
    expect(progress.status).toBe('too-slow');
    expect(progress.projection).toBeCloseTo(20.8437, 3);
    expect(progress.ratio).toBeCloseTo(0.8254, 4);
    expect(progress.pace!.perYear).toBeCloseTo((-7.66 / 304) * 365, 6);
  });

  it('fits a least-squares line through every figure since the baseline, not just the last two', () => {
    // 50, 44, 41 a year apart: slope −(5·365 + 4·365)/(2·365²) = −4,5 per 365 days (the last two
    // alone give −3). 41 − 4,5 × 731/365 = 31,9877; (31,9877 − 50)/(30 − 50) = 0,9006.
    const progress = judge({ indicator: 'poverty', target: '<= 30', by: 2025, figures: [[2021, 50], [2022, 44], [2023, 41]], asOf: BEFORE });
    expect(progress.pace).toMatchObject({ points: 3, method: 'least-squares' });
    expect(progress.pace!.perYear).toBeCloseTo(-4.5, 6);
    expect(progress.projection).toBeCloseTo(31.9877, 3);
    expect(progress).toMatchObject({ status: 'too-slow' });
  });

  it('keeps a projected share within 0–100%', () => {
    // 20 → 10 in a year; by 2030 the line would pass −60. It stops at 0; (0 − 20)/(5 − 20) = 1,3333.
    const progress = judge({ indicator: 'poverty', target: '<= 5', by: 2030, figures: [[2022, 20], [2023, 10]], asOf: BEFORE });
    expect(progress.projection).toBe(0);
    expect(progress.ratio).toBeCloseTo(1.3333, 4);
    expect(progress.status).toBe('on-track');
  });
});

describe('every comparator', () => {
  it.each<[string, Case, Progress['status'], number?]>([
    // +10 a year; 70 + 10 × 731/365 = 90,0274 ≥ 90; (90,0274 − 60)/30 = 1,0009.
    ['≥ reached by the projection', { indicator: 'coverage', target: '>= 90', by: 2025, figures: [[2022, 60], [2023, 70]], asOf: BEFORE }, 'on-track', 1.0009],
    // Same line, > 90,03 is not reached (90,03 at two decimals): ratio (90,0274 − 60)/(90,03 − 60) = 0,9999.
    ['> just missed by the projection', { indicator: 'coverage', target: '> 90.03', by: 2025, figures: [[2022, 60], [2023, 70]], asOf: BEFORE }, 'too-slow', 0.9999],
    ['≤ met on the boundary', { indicator: 'poverty', target: '<= 32', by: 2025, figures: [[2022, 40], [2023, 32]], asOf: BEFORE }, 'achieved'],
    // 32 is not below 32: −8 a year reaches 15,978, (15,978 − 40)/(32 − 40) = 3,0027.
    ['< not met on the boundary', { indicator: 'poverty', target: '< 32', by: 2025, figures: [[2022, 40], [2023, 32]], asOf: BEFORE }, 'on-track', 3.0027],
    // 50,004 is 50,00 at the indicator's two decimals.
    ['= met at the published decimals', { indicator: 'neutral', target: '= 50', by: 2025, figures: [[2022, 30], [2023, 50.004]], asOf: BEFORE }, 'achieved'],
    // +10 a year towards exactly 50 from 30: 40 + 20,0274 = 60,0274; (60,0274 − 30)/20 = 1,5014.
    ['= reached on the way', { indicator: 'neutral', target: '= 50', by: 2025, figures: [[2022, 30], [2023, 40]], asOf: BEFORE }, 'on-track', 1.5014],
    // From 400 towards 300–350 the path ends at 350: 390 − 10 × 731/365 = 369,9726; (369,9726 − 400)/(350 − 400) = 0,6005.
    ['between, from above the range', { indicator: 'people', target: 'between 300 350', by: 2025, figures: [[2022, 400], [2023, 390]], asOf: BEFORE }, 'too-slow', 0.6005],
    ['between, inside the range', { indicator: 'people', target: 'between 300 350', by: 2025, figures: [[2022, 400], [2023, 320]], asOf: BEFORE }, 'achieved'],
  ])('%s', (_name, c, status, ratio) => {
    const progress = judge(c);
    expect(progress.status).toBe(status);
    if (ratio !== undefined) expect(progress.ratio).toBeCloseTo(ratio, 4);
  });
});

describe('once the deadline is before the data\'s date', () => {
  it.each<[string, Case, Partial<Progress>]>([
    ['met by the deadline', { indicator: 'poverty', target: '<= 20', by: 2023, figures: [[2022, 30], [2023, 19]], asOf: AFTER }, { status: 'met', result: { value: 19, date: '2023-12-31', observationId: 'figure-1' } }],
    ['missed', { indicator: 'poverty', target: '<= 20', by: 2023, figures: [[2022, 30], [2023, 25]], asOf: AFTER }, { status: 'missed', result: { value: 25, date: '2023-12-31', observationId: 'figure-1' } }],
    ['deadline passed, no result published', { indicator: 'poverty', target: '<= 20', by: 2024, figures: [[2022, 30], [2023, 25]], asOf: AFTER }, { status: 'due-no-result' }],
    // A single figure does not make "not enough data" once the deadline has passed: the result is missing.
    ['a lone figure before a passed deadline', { indicator: 'poverty', target: '<= 20', by: 2024, figures: [[2023, 25]], asOf: AFTER }, { status: 'due-no-result' }],
    ['nothing ever published', { indicator: 'coverage', target: '>= 100', by: 2024, figures: [], asOf: AFTER }, { status: 'due-no-result' }],
    ['met part-way through the final year', { indicator: 'poverty', target: '<= 20', by: 2024, figures: [[2023, 25], ['2024-10-31', 19]], asOf: AFTER }, { status: 'met', result: { value: 19, date: '2024-10-31', observationId: 'figure-1' } }],
    // An October figure short of the target is not the year's result.
    ['short part-way through the final year', { indicator: 'poverty', target: '<= 20', by: 2024, figures: [[2023, 25], ['2024-10-31', 22]], asOf: AFTER }, { status: 'due-no-result', latest: { value: 22, date: '2024-10-31', observationId: 'figure-1' } }],
    // A figure after the deadline says nothing of whether it was met by then.
    ['a figure after the deadline does not count', { indicator: 'poverty', target: '<= 20', by: 2023, figures: [[2022, 30], [2024, 15]], asOf: AFTER }, { status: 'due-no-result' }],
    ['on the deadline day the deadline has not passed', { indicator: 'poverty', target: '<= 20', by: '2024-06-30', figures: [[2022, 30], [2023, 25]], asOf: '2024-06-30' }, { deadlinePassed: false }],
  ])('%s', (_name, c, expected) => {
    expect(judge(c)).toMatchObject(expected);
  });

  it('still shows where the observed pace led by the deadline', () => {
    // 30 → 25 in 2023; 31/12/2023 → 31/12/2024 is 366 days: 25 − 5 × 366/365 = 19,9863.
    const progress = judge({ indicator: 'poverty', target: '<= 20', by: 2024, figures: [[2022, 30], [2023, 25]], asOf: AFTER });
    expect(progress.projection).toBeCloseTo(19.9863, 3);
    expect(progress.deadlinePassed).toBe(true);
  });

  it('treats a place that ceased to exist before the deadline as due: no result can come for it', () => {
    // The old Nậm Chày ended on 30/6/2025; data dated 30/9/2025, before the 2025 deadline itself.
    const c: Case = { indicator: 'poverty', target: '< 15', by: 2025, figures: [[2022, 48.46], ['2023-10-31', 40.8]], asOf: '2025-09-30', placeEnded: '2025-06-30' };
    expect(judge(c)).toMatchObject({ status: 'due-no-result', placeEnded: '2025-06-30', deadlinePassed: true });
    expect(judge({ ...c, asOf: AFTER })).toMatchObject({ status: 'due-no-result', placeEnded: '2025-06-30' });
    // Before it ended, it is judged on its pace like any other place.
    expect(judge({ ...c, asOf: BEFORE }).status).toBe('too-slow');
    // A figure on its last day is its result.
    expect(judge({ ...c, figures: [...c.figures, ['2025-06-30', 14]], asOf: AFTER })).toMatchObject({ status: 'met', result: { value: 14 } });
  });
});

describe('period totals and reductions: only the figure for the target\'s own period', () => {
  it.each<[string, Case, Partial<Progress>]>([
    ['classes held in an earlier year do not count, before the deadline', { indicator: 'classes', target: '>= 15', by: 2024, figures: [[2023, 20]], asOf: BEFORE }, { status: 'no-data' }],
    ['… nor after it', { indicator: 'classes', target: '>= 15', by: 2024, figures: [[2023, 20]], asOf: AFTER }, { status: 'due-no-result' }],
    ['met with the year\'s count', { indicator: 'classes', target: '>= 15', by: 2024, figures: [[2024, 16]], asOf: AFTER }, { status: 'met', result: { value: 16, date: '2024-12-31', observationId: 'figure-0' } }],
    ['missed with the year\'s count', { indicator: 'classes', target: '>= 15', by: 2024, figures: [[2024, 5]], asOf: AFTER }, { status: 'missed' }],
    ['a count to October is not the year\'s count', { indicator: 'classes', target: '>= 15', by: 2024, figures: [['2024-10-31', 14]], asOf: AFTER }, { status: 'due-no-result', latest: { value: 14, date: '2024-10-31', observationId: 'figure-0' } }],
    ['a reduction target met (10,77 points or more in 2024; 11,06)', { indicator: 'reduction', target: '>= 10.77', by: 2024, figures: [[2023, 10.41], [2024, 11.06]], asOf: AFTER }, { status: 'met' }],
    ['a reduction target with only the previous year\'s figure', { indicator: 'reduction', target: '>= 10.77', by: 2024, figures: [[2023, 10.41]], asOf: AFTER }, { status: 'due-no-result' }],
    ['a range of people, above it', { indicator: 'classes', target: 'between 300 350', by: 2024, figures: [[2024, 1386]], asOf: AFTER }, { status: 'missed' }],
  ])('%s', (_name, c, expected) => {
    expect(judge(c)).toMatchObject(expected);
  });
});

describe('targets that cannot be judged say why instead of guessing', () => {
  it.each<[string, Case, Progress['reason']]>([
    ['a baseline after the deadline', { indicator: 'poverty', target: '<= 20', by: 2025, baseline: [2026, 40], figures: [[2023, 30]], asOf: BEFORE }, 'baseline-after-deadline'],
    ['"at least" on an indicator where lower is better', { indicator: 'poverty', target: '>= 20', by: 2025, figures: [[2022, 40], [2023, 30]], asOf: BEFORE }, 'comparator-against-direction'],
    ['a baseline under the standard the indicator replaced before the deadline', { indicator: 'restandardised', target: '<= 15', by: 2025, baseline: [2020, 10], figures: [[2022, 20], [2023, 18]], asOf: BEFORE }, 'baseline-before-break'],
    ['"at most" on an indicator where higher is better', { indicator: 'coverage', target: '< 90', by: 2025, figures: [[2022, 60], [2023, 70]], asOf: AFTER }, 'comparator-against-direction'],
  ])('%s', (_name, c, reason) => {
    expect(judge(c)).toMatchObject({ status: 'cannot-judge', reason });
  });
});

describe('a change of standard splits the series: the pace is drawn only through figures of the deadline\'s standard', () => {
  it('leaves out the figures before the break', () => {
    // 2020: 10 and 2021: 8 are under the old standard. Under the new one: 20 (31/12/2022) then 18
    // (31/12/2023), −2 points in 365 days; to 31/12/2025 (731 days) the line reaches
    // 18 − 2 × 731/365 = 13,995, within "at most 15": on track. Joined across the break, the
    // first figure (10) would already meet the target and the verdict would be "moving away".
    const progress = judge({ indicator: 'restandardised', target: '<= 15', by: 2025, figures: [[2020, 10], [2021, 8], [2022, 20], [2023, 18]], asOf: BEFORE });
    expect(progress).toMatchObject({ status: 'on-track', baseline: { value: 20, date: '2022-12-31' }, pace: { points: 2 } });
    expect(progress.projection).toBeCloseTo(13.995, 3);
  });
  it('judges a baseline already under the new standard (the start of 2022) as usual', () => {
    const progress = judge({ indicator: 'restandardised', target: '<= 15', by: 2025, baseline: ['2022-01-01', 20], figures: [[2021, 8], [2023, 18]], asOf: BEFORE });
    expect(progress.status).not.toBe('cannot-judge');
    expect(progress.baseline).toMatchObject({ value: 20, date: '2022-01-01' });
  });
});
