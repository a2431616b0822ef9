import { formatDate, type Locale } from '../../core/format/formatNumber.ts';
import type { DataDiff } from '../../core/history/diffSnapshots.ts';
import type { FigureSnapshot } from '../../core/history/figureSnapshot.ts';
import type { Model } from '../../core/model/types.ts';
import { figureAmountText } from '../../present/figureText.ts';
import { textIn } from '../../present/localizedText.ts';
import { placeName } from '../../present/names.ts';
import type { UiStrings } from '../../present/phrases.ts';
import { figurePath } from '../routes.ts';
import { VERSION_CHANGES_ROWS } from '../select/scaleLimits.ts';

/** One figure a release added, changed or removed, named and said as its row says it. */
export interface ReleaseChangeRow {
  indicator: string;
  place: string;
  period: string;
  /** "30 dự án → 31 dự án", or the amount and "(nguồn đã sửa)" when only the source changed. */
  value: string;
  /** The figure's row today, while it still has one. */
  href?: string | undefined;
}

export interface ReleaseChangesSection {
  key: 'added' | 'changed' | 'removed';
  title: string;
  /** How many figures, of which the first VERSION_CHANGES_ROWS are listed. */
  count: number;
  rows: ReleaseChangeRow[];
  /** "… và 12 thay đổi khác" past the listed rows. */
  more?: string | undefined;
}

export interface ReleaseChangesView {
  /** "Thêm 5, sửa 1, bỏ 0 số liệu." */
  summary: string;
  /** The sections with at least one figure. */
  sections: ReleaseChangesSection[];
}

/**
 * The figures a release added, changed (old → new) and removed, with names, not ids; names come
 * from the data after the release, or before it for a removed figure.
 */
export function releaseChangesView(
  diff: DataDiff,
  models: { before: Pick<Model, 'index'> | undefined; after: Pick<Model, 'index'>; current: Model },
  locale: Locale,
  t: UiStrings,
): ReleaseChangesView {
  const { before, after, current } = models;
  const indicatorOf = (id: string) => after.index.indicator.get(id) ?? before?.index.indicator.get(id);
  const indicatorName = (id: string) => {
    const indicator = indicatorOf(id);
    return indicator ? textIn(indicator.name, locale) : id;
  };
  const place = (id: string) => {
    const found = after.index.place.get(id) ?? before?.index.place.get(id);
    return found ? placeName(found, locale) : id;
  };
  const amount = (figure: FigureSnapshot) => figureAmountText(figure, indicatorOf(figure.indicator)?.unit, locale);
  const period = (figure: FigureSnapshot) => {
    const text = /^\d{4}-\d{2}-\d{2}$/.test(figure.period) ? formatDate(figure.period, locale) : figure.period.replace(/^(\d{4})-(\d{4})$/, '$1–$2');
    return figure.type === 'target' ? `${t.target} ${text}` : text;
  };
  // A figure links to its row only while today's data still has it.
  const exists = (id: string) => current.index.observation.has(id) || current.index.target.has(id);
  const row = (figure: FigureSnapshot, value: string, link: boolean): ReleaseChangeRow => ({
    indicator: indicatorName(figure.indicator),
    place: place(figure.territory),
    period: period(figure),
    value,
    href: link && exists(figure.id) ? figurePath(current, figure, locale) : undefined,
  });
  // Only the first VERSION_CHANGES_ROWS of a section are worded: a first release adds thousands.
  const section = <T>(key: ReleaseChangesSection['key'], title: string, items: readonly T[], toRow: (item: T) => ReleaseChangeRow): ReleaseChangesSection => ({
    key,
    title,
    count: items.length,
    rows: items.slice(0, VERSION_CHANGES_ROWS).map(toRow),
    more: items.length > VERSION_CHANGES_ROWS ? t.moreChanges(items.length - VERSION_CHANGES_ROWS) : undefined,
  });
  const changedValue = (from: FigureSnapshot, to: FigureSnapshot) => (amount(from) === amount(to) ? `${amount(to)} (${t.sourceCorrected})` : `${amount(from)} → ${amount(to)}`);
  return {
    summary: t.changeCounts(diff.figuresAdded.length, diff.figuresChanged.length, diff.figuresRemoved.length),
    sections: [
      section('added', t.figuresAdded, diff.figuresAdded, (f) => row(f, amount(f), true)),
      section('changed', t.figuresChanged, diff.figuresChanged, (c) => row(c.after, changedValue(c.before, c.after), true)),
      section('removed', t.figuresRemoved, diff.figuresRemoved, (f) => row(f, amount(f), false)),
    ].filter((s) => s.count > 0),
  };
}
