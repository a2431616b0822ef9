import { scorecardOf } from '../../core/derive/scorecard.ts';
import { PROGRESS_SYMBOLS } from '../../core/format/progressLabels.ts';
import type { Locale } from '../../core/format/formatNumber.ts';
import type { Model, ProgressStatus, Target } from '../../core/model/types.ts';
import { amountOf, figureAmountText } from '../../present/figureText.ts';
import { textIn } from '../../present/localizedText.ts';
import { placeName } from '../../present/names.ts';
import { formatDeadline } from '../../present/periodText.ts';
import type { UiStrings } from '../../present/phrases.ts';
import { figurePath } from '../routes.ts';

/** One verdict's count, and the targets it counts (listed up to a limit). */
export interface ScorecardLineView {
  status: ProgressStatus;
  /** The anchor of its list below the counts. */
  anchor: string;
  symbol: string;
  label: string;
  count: number;
  /** "Tỷ lệ hộ nghèo · Nậm Chày · dưới 15% năm 2025", each linked to its row. */
  listed: { name: string; href: string; detail: string }[];
  /** "… và 12 mục tiêu khác" past the listed ones. */
  more?: string | undefined;
}

export interface ScorecardView {
  /** "19 mục tiêu". */
  title: string;
  /** How the verdicts are made, said once (their date is on the versions page). */
  asOf?: string | undefined;
  lines: ScorecardLineView[];
}

/**
 * How many targets are met, missed, due with no result published, on track, too slow…: each count
 * with the list of the targets it counts, so the number can be checked one by one. A plan's page
 * links each target to its row on the page; elsewhere, to its indicator's page.
 */
export function scorecardView(
  model: Model,
  targets: readonly Target[],
  options: { rowsOnThisPage: boolean; maxListed: number },
  locale: Locale,
  t: UiStrings,
): ScorecardView {
  const lines = scorecardOf(
    targets.map((target) => target.id),
    model.progress,
  );
  const asOf = targets.some((target) => model.progress.has(target.id));
  return {
    title: t.scorecardTitle(targets.length),
    asOf: asOf ? t.scorecardJudged : undefined,
    lines: lines.map((line) => ({
      status: line.status,
      anchor: `${t.scorecardAnchor}--${line.status}`,
      symbol: PROGRESS_SYMBOLS[line.status],
      label: t.statuses[line.status],
      count: line.targetIds.length,
      listed: line.targetIds.slice(0, options.maxListed).map((id) => {
        const target = model.index.target.get(id)!;
        const indicator = model.index.indicator.get(target.indicator)!;
        const place = model.index.place.get(target.territory);
        return {
          name: textIn(indicator.short_name ?? indicator.name, locale),
          href: options.rowsOnThisPage ? `#${target.id}` : figurePath(model, target, locale),
          detail: `${place ? placeName(place, locale) : target.territory} · ${figureAmountText(amountOf(target), indicator.unit, locale)} ${formatDeadline(target.by, locale)}`,
        };
      }),
      more: line.targetIds.length > options.maxListed ? t.scorecardMore(line.targetIds.length - options.maxListed) : undefined,
    })),
  };
}
