import type { Locale } from '../../core/format/formatNumber.ts';
import type { DocumentRecord, Indicator, Model, Place, Target, Task } from '../../core/model/types.ts';
import type { LocalizedText } from '../../core/schema/common.ts';
import { amountOf, figureAmountText } from '../../present/figureText.ts';
import { pickText, textIn, type PickedText } from '../../present/localizedText.ts';
import type { UiStrings } from '../../present/phrases.ts';
import { documentShortLabel } from '../format/documentLabel.ts';
import { formatDue, formatPeriod } from '../../present/periodText.ts';
import { progressView, type ProgressView } from '../progress/progressView.ts';
import { documentPath, figurePath, indicatorPath } from '../routes.ts';
import { documentTimeline, type TimelineEntry } from '../select/documentTimeline.ts';
import { figureIndex } from '../select/figureIndex.ts';

/** One row of a plan's targets against the latest results. */
export interface TargetRowView {
  target: Target;
  indicator: Indicator;
  indicatorName: string;
  indicatorHref: string;
  place: Place | undefined;
  /** "không quá 17,26%", in the words every row uses. */
  amount: string;
  /** "2025", "31/1/2024". */
  due: string;
  /** The latest result the verdict uses, linked to its row: "50,54% (2023)". */
  latest?: { text: string; href: string } | undefined;
  progress?: ProgressView | undefined;
}

/** One lead agency's tasks, in the plan's order. */
export interface AgencyTasksView {
  lead: string;
  name: LocalizedText;
  tasks: { task: Task; section: string; due?: string | undefined; partners: LocalizedText[] }[];
}

export interface PlanView {
  plan: DocumentRecord;
  title: PickedText;
  /** "Kế hoạch 239/KH-UBND", or the type and period of an undated draft. */
  label: string;
  fullTextHref: string;
  targets: Target[];
  targetRows: TargetRowView[];
  tasksByLead: AgencyTasksView[];
  timeline: TimelineEntry[];
}

/** What a plan's page shows, computed from the model; PlanPage.astro and its tables only render it. */
export function planView(model: Model, id: string, locale: Locale, t: UiStrings): PlanView {
  const plan = model.index.document.get(id);
  if (!plan) throw new Error(`planView: no document "${id}"`);
  const index = figureIndex(model);
  const targets = index.targetsByPlan.get(plan.id) ?? [];
  const tasks = index.tasksByPlan.get(plan.id) ?? [];
  return {
    plan,
    title: pickText(plan.title, locale),
    label: documentShortLabel(plan, locale),
    fullTextHref: documentPath(plan.id, locale),
    targets,
    targetRows: targets.map((target) => targetRow(model, target, locale)),
    tasksByLead: tasksByLead(model, tasks, locale, t),
    timeline: documentTimeline(model, plan),
  };
}

function targetRow(model: Model, target: Target, locale: Locale): TargetRowView {
  const indicator = model.index.indicator.get(target.indicator)!;
  const progress = model.progress.get(target.id);
  const latest = progress?.latest ? model.index.observation.get(progress.latest.observationId) : undefined;
  return {
    target,
    indicator,
    indicatorName: textIn(indicator.short_name ?? indicator.name, locale),
    indicatorHref: indicatorPath(indicator.id, locale),
    place: model.index.place.get(target.territory),
    amount: figureAmountText(amountOf(target), indicator.unit, locale),
    due: formatDue(target.by, locale),
    latest: latest && { text: `${figureAmountText(amountOf(latest), indicator.unit, locale)} (${formatPeriod(latest.period, locale)})`, href: figurePath(model, latest, locale) },
    progress: progress && progressView(model, target, progress, locale),
  };
}

/** Tasks grouped by their lead agency, agencies in the order the plan first names them. */
function tasksByLead(model: Model, tasks: readonly Task[], locale: Locale, t: UiStrings): AgencyTasksView[] {
  const agencyName = (id: string): LocalizedText => model.index.agency.get(id)?.name ?? { vi: id };
  const byLead = new Map<string, AgencyTasksView>();
  for (const task of tasks) {
    let entry = byLead.get(task.lead);
    if (!entry) {
      entry = { lead: task.lead, name: agencyName(task.lead), tasks: [] };
      byLead.set(task.lead, entry);
    }
    entry.tasks.push({
      task,
      section: `${t.section} ${task.section}`,
      due: task.due === undefined ? undefined : `${t.due.toLowerCase()} ${formatDue(task.due, locale)}`,
      partners: (task.partners ?? []).map(agencyName),
    });
  }
  return [...byLead.values()];
}
