import { breakStartDate, type SeriesBreakInput } from '../schema/indicator.ts';

/**
 * Where an indicator's method changed. A figure belongs to the method in force at the end of its
 * period: a break `from: 2022` starts on 1 January 2022, so a 2021 figure (31 December 2021) is of
 * the old method and a 2022 figure of the new one. Figures of different segments are never joined
 * on a chart, compared in a sentence, or fitted to one pace.
 */
export interface BreakAt {
  /** First day of the new method, YYYY-MM-DD. */
  date: string;
  break: SeriesBreakInput;
}

interface WithBreaks {
  breaks?: readonly SeriesBreakInput[] | undefined;
}

/** The indicator's breaks, oldest first. */
export function breaksOf(indicator: WithBreaks | undefined): BreakAt[] {
  return (indicator?.breaks ?? []).map((b) => ({ date: breakStartDate(b), break: b })).sort((a, b) => a.date.localeCompare(b.date));
}

/** Which method a date's figure was measured by: 0 before the first break, 1 after it, and so on. */
export function segmentOf(indicator: WithBreaks | undefined, date: string): number {
  return breaksOf(indicator).filter((b) => b.date <= date).length;
}

/** The newest break that falls between two dates (earlier < break day ≤ later), if any. */
export function breakBetween(indicator: WithBreaks | undefined, earlier: string, later: string): BreakAt | undefined {
  return breaksOf(indicator)
    .filter((b) => earlier < b.date && b.date <= later)
    .at(-1);
}

/** The newest break on or before a date: the start of the method that date's figure belongs to. */
export function breakBefore(indicator: WithBreaks | undefined, date: string): BreakAt | undefined {
  return breaksOf(indicator)
    .filter((b) => b.date <= date)
    .at(-1);
}
