import type { Period } from './period.ts';

/**
 * Figure ids are derived from what identifies a figure (indicator, place, period, source), not
 * typed by hand: a correction of the value keeps the id, so permalinks survive and the version
 * history can say "changed from 30 to 31". Two sources stating the same figure get two ids.
 */
export function observationId(indicator: string, territory: string, period: Period, sourceDocument: string): string {
  return `${indicator}--${territory}--${period.key}--${sourceDocument}`;
}

export function targetId(indicator: string, territory: string, by: number | string, owner: string): string {
  return `muc-tieu--${indicator}--${territory}--${by}--${owner}`;
}
