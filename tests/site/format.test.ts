import { describe, expect, test } from 'vitest';
import { formatDeadline, formatDue, formatPeriod } from '../../src/present/periodText.ts';
import { parsePeriod } from '../../src/core/model/period.ts';
import { nextDay } from '../../src/site/format/nextDay.ts';

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

  test('the day after a unit’s last day is the first day of its successor', () => {
    expect(nextDay('2025-06-30')).toBe('2025-07-01');
    expect(nextDay('2024-12-31')).toBe('2025-01-01');
  });
});
