import { describe, expect, test } from 'vitest';
import { formatDeadline, formatDue, formatPeriod } from '../../src/site/format/formatPeriod.ts';
import { formatQuantity, unitLabel } from '../../src/site/format/formatQuantity.ts';
import { formatTargetGoal } from '../../src/site/format/formatTarget.ts';
import { parsePeriod } from '../../src/core/model/period.ts';
import { nextDay } from '../../src/site/format/nextDay.ts';

const percent = { unit: '%', decimals: 2 } as const;
const households = { unit: 'hộ', decimals: 0 } as const;
const billions = { unit: 'tỷ đồng', decimals: 1 } as const;

describe('numbers with units', () => {
  test('Vietnamese pages use vi-VN conventions: 1.306 hộ; 10,41%; 357,7 tỷ đồng', () => {
    expect(formatQuantity(1306, households, 'vi')).toBe('1.306 hộ');
    expect(formatQuantity(10.41, percent, 'vi')).toBe('10,41%');
    expect(formatQuantity(357.7, billions, 'vi')).toBe('357,7 tỷ đồng');
    expect(formatQuantity(10.41, { unit: 'điểm %', decimals: 2 }, 'vi')).toBe('10,41 điểm %');
  });

  test('English pages use English conventions and unit names', () => {
    expect(formatQuantity(1306, households, 'en')).toBe('1,306 households');
    expect(formatQuantity(10.41, percent, 'en')).toBe('10.41%');
    expect(formatQuantity(357.7, billions, 'en')).toBe('357.7 billion VND');
    expect(unitLabel('điểm %', 'en')).toBe('percentage points');
  });

  test('values never show more decimals than the indicator publishes, and are never padded', () => {
    expect(formatQuantity(40.8, percent, 'vi')).toBe('40,8%');
    expect(formatQuantity(39.17912, percent, 'vi')).toBe('39,18%');
    expect(formatQuantity(15, percent, 'en')).toBe('15%');
  });

  test('approximate values, denominators and ranks read as the source wrote them', () => {
    expect(formatQuantity(686.5, billions, 'vi', { approximate: true })).toBe('khoảng 686,5 tỷ đồng');
    expect(formatQuantity(686.5, billions, 'en', { approximate: true })).toBe('about 686.5 billion VND');
    expect(formatQuantity(106, { unit: 'công trình', decimals: 0 }, 'vi', { outOf: 231 })).toBe('106/231 công trình');
    expect(formatQuantity(17, { unit: 'thứ hạng', decimals: 0 }, 'vi', { outOf: 63 })).toBe('thứ 17/63');
    expect(formatQuantity(17, { unit: 'thứ hạng', decimals: 0 }, 'en', { outOf: 63 })).toBe('rank 17 of 63');
  });
});

describe('periods and targets', () => {
  test('years, as-of dates and spans', () => {
    expect(formatPeriod(parsePeriod(2022), 'vi')).toBe('2022');
    expect(formatPeriod(parsePeriod('2023-10-31'), 'vi')).toBe('31/10/2023');
    expect(formatPeriod(parsePeriod('2023-10-31'), 'en')).toBe('31 October 2023');
    expect(formatPeriod(parsePeriod('2021-2023'), 'en')).toBe('2021–2023');
    expect(formatDeadline(2025, 'vi')).toBe('năm 2025');
    expect(formatDeadline('2024-01-31', 'en')).toBe('by 31 January 2024');
    expect(formatDue('2024-01-31', 'vi')).toBe('31/1/2024');
  });

  test('a target’s goal in words, with its comparator', () => {
    expect(formatTargetGoal({ comparator: '<', value: 15 }, percent, 'vi')).toBe('dưới 15%');
    expect(formatTargetGoal({ comparator: '<=', value: 17.26 }, percent, 'en')).toBe('at most 17.26%');
    expect(formatTargetGoal({ comparator: '>=', value: 10 }, { unit: 'phiên', decimals: 0 }, 'vi')).toBe('ít nhất 10 phiên');
    expect(formatTargetGoal({ comparator: '=', value: 2 }, { unit: 'xã', decimals: 0 }, 'en')).toBe('2 communes');
    expect(formatTargetGoal({ comparator: 'between', range: { min: 300, max: 350 } }, { unit: 'người', decimals: 0 }, 'vi')).toBe('từ 300 đến 350 người');
    expect(formatTargetGoal({ comparator: 'between', range: { min: 300, max: 350 } }, { unit: 'người', decimals: 0 }, 'en')).toBe('between 300 and 350 people');
  });

  test('the day after a unit’s last day is the first day of its successor', () => {
    expect(nextDay('2025-06-30')).toBe('2025-07-01');
    expect(nextDay('2024-12-31')).toBe('2025-01-01');
  });
});
