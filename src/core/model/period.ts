import type { PeriodInput } from '../schema/common.ts';

/**
 * A figure's period, parsed. Years are placed at their last day, because Vietnamese reports state
 * annual figures "as of the end of the year" (đến hết năm); this is what lets a year and an
 * as-of date sit on one time axis.
 */
export type Period =
  | { kind: 'year'; year: number; key: string }
  | { kind: 'span'; from: number; to: number; key: string }
  | { kind: 'date'; date: string; year: number; key: string };

export function parsePeriod(input: PeriodInput): Period {
  if (typeof input === 'number') return { kind: 'year', year: input, key: String(input) };
  if (/^\d{4}-\d{4}$/.test(input)) {
    return { kind: 'span', from: Number(input.slice(0, 4)), to: Number(input.slice(5)), key: input };
  }
  return { kind: 'date', date: input, year: Number(input.slice(0, 4)), key: input };
}

/** The first day the period covers, as YYYY-MM-DD (a date is a single day). */
export function periodStartDate(period: Period): string {
  switch (period.kind) {
    case 'year':
      return `${period.year}-01-01`;
    case 'span':
      return `${period.from}-01-01`;
    case 'date':
      return period.date;
  }
}

/** The last day the period covers, as YYYY-MM-DD. */
export function periodEndDate(period: Period): string {
  switch (period.kind) {
    case 'year':
      return `${period.year}-12-31`;
    case 'span':
      return `${period.to}-12-31`;
    case 'date':
      return period.date;
  }
}

/** The year a period's figure is reported under (the year pages group figures by this). */
export function periodYear(period: Period): number {
  switch (period.kind) {
    case 'year':
      return period.year;
    case 'span':
      return period.to;
    case 'date':
      return period.year;
  }
}

export function comparePeriods(a: Period, b: Period): number {
  const byEnd = periodEndDate(a).localeCompare(periodEndDate(b));
  if (byEnd !== 0) return byEnd;
  // A span ending the same year as a single year sorts first: it is the wider, older view.
  return (a.kind === 'span' ? 0 : 1) - (b.kind === 'span' ? 0 : 1);
}

/** The period just before a single year, for "down from last year" arithmetic. */
export function previousYear(period: Period): Period | null {
  return period.kind === 'year' ? parsePeriod(period.year - 1) : null;
}

/** Days since 1970-01-01 for a YYYY-MM-DD date: a linear time axis for progress. */
export function dayNumber(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

export function dueDate(by: number | string): string {
  return typeof by === 'number' ? `${by}-12-31` : by;
}
