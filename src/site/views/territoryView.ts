import { formatDate, type Locale } from '../../core/format/formatNumber.ts';
import { headlineIndicators } from '../../core/model/siteSettings.ts';
import type { DocumentRecord, Finding, Group, Model, Observation, Place, ProgressStatus, Target, Territory } from '../../core/model/types.ts';
import { amountOf, figureAmountText } from '../../present/figureText.ts';
import type { LocalizedText } from '../../core/schema/common.ts';
import { textIn } from '../../present/localizedText.ts';
import { formatDue, formatPeriod } from '../../present/periodText.ts';
import { placeName } from '../../present/names.ts';
import type { UiStrings } from '../../present/phrases.ts';
import { nextDay } from '../format/nextDay.ts';
import { territoryPageTitle } from '../format/pageTitle.ts';
import { placeValidity } from '../format/placeValidity.ts';
import { pagePath, planPath, territoryPath } from '../routes.ts';
import { documentLabel, documentShortLabel } from '../format/documentLabel.ts';
import { findingsPerBlock } from '../select/findingsPerBlock.ts';
import { indicatorFiguresFor, type IndicatorFigures } from '../select/indicatorFigures.ts';
import { pageSources, type PageSources } from '../select/pageSources.ts';
import { ancestorsOf, groupsContaining, placeIndex } from '../select/placeIndex.ts';
import { agenciesAssigned, plansCovering } from '../select/plansCovering.ts';
import { targetsWithin } from '../select/targetsWithin.ts';
import { predecessorsOf, territoryHeadline } from '../select/territorySummary.ts';
import { indicatorSentenceParts } from '../sentence/indicatorSentence.ts';

/** An entry of a long page's table of contents (PageContents.astro). */
export interface ContentsEntry {
  id: string;
  label: string;
  children?: { id: string; label: string }[];
}

/** A predecessor's figures on its merged successor's page: the headline ones, and a link to all. */
export interface PredecessorFiguresView {
  predecessor: Place;
  shown: IndicatorFigures[];
  /** "Tất cả số liệu của Lùng Khấu Nhin (5) →" where only some are shown here. */
  more?: { href: string; text: string } | undefined;
}

export interface TerritoryView {
  place: Place;
  title: string;
  /** The name's other spellings, for the search index. */
  otherNames: string[];
  kindLabel: string;
  name: string;
  /** "1/7/2025 – " when two units share a name: the heading carries the dates. */
  dates: string;
  /** A unit merged into another: where it went, said first. */
  moved?: { place: Place; intro: string } | undefined;
  own: IndicatorFigures[];
  /** The findings each of `own`'s blocks explains, each once on the page. */
  blockFindings: Finding[][];
  groups: Group[];
  /** A province's or a group's targets, counted by verdict at the top. */
  scored: Target[];
  plans: DocumentRecord[];
  predecessorFigures: PredecessorFiguresView[];
  sources: PageSources;
  /** Some block on the page has a target: the page's chart note says what the dashed line means. */
  chartsWithTargets: boolean;
  /** The units under a territory, or a group's members. */
  children: Place[];
  childrenSection?: { heading: string; note?: string | undefined } | undefined;
  contents: ContentsEntry[];
  /** Long enough for a table of contents. */
  long: boolean;
}

/** What a territory's or a group's page shows, computed from the model; TerritoryPage.astro only renders it. */
export function territoryView(model: Model, id: string, locale: Locale, t: UiStrings): TerritoryView {
  const place = model.index.place.get(id);
  if (!place) throw new Error(`territoryView: no place "${id}"`);
  const own = indicatorFiguresFor(model, place);
  const groups = groupsContaining(model, place);
  // A merged unit's predecessors keep their own figures, each labelled by its unit and never added
  // up; the headline indicators of each are shown here, everything else is one link away.
  const headlineIds = new Set(headlineIndicators(model).map((indicator) => indicator.id));
  const predecessorFigures = predecessorsOf(model, place)
    .map((predecessor) => {
      const all = indicatorFiguresFor(model, predecessor).filter((f) => f.observations.length > 0);
      const headline = all.filter((f) => headlineIds.has(f.indicator.id));
      const shown = headline.length > 0 ? headline : all.slice(0, 2);
      const more = all.length > shown.length
        ? { href: `${pagePath({ kind: 'entity', section: 'territories', id: predecessor.id }, locale)}#own-figures-title`, text: `${t.allFiguresOf(placeName(predecessor, locale))} (${all.length}) →` }
        : undefined;
      return { predecessor, all, shown, more };
    })
    .filter(({ all }) => all.length > 0)
    .map(({ predecessor, shown, more }) => ({ predecessor, shown, more }));
  // A province or a group answers for many targets: count them by verdict at the top.
  const scored = place.kind === 'group' || place.level === 'province' ? targetsWithin(model, place) : [];
  // A commune with thirty indicators over six years has two hundred rows citing the same few reports:
  // their citations in full were most of the page's weight (800 bytes a row). Each row names its
  // document by number, linking to the page's list of sources, where each is named once in full;
  // Cite composes a row's citation in the browser from these (citeOnPage.ts).
  const sources = pageSources(model, [...own, ...predecessorFigures.flatMap((p) => p.shown)].flatMap((f) => [...f.observations, ...f.targets]));
  const successor = place.kind === 'territory' && place.successor ? model.index.place.get(place.successor) : undefined;
  const successorFrom = successor?.kind === 'territory' ? successor.valid_from ?? (place.kind === 'territory' && place.valid_to ? nextDay(place.valid_to) : undefined) : undefined;
  const children = place.kind === 'territory' ? placeIndex(model).childrenByParent.get(place.id) ?? [] : place.members.flatMap((member) => model.index.place.get(member) ?? []);
  const childrenSection =
    children.length > 0 || place.kind === 'group'
      ? {
          heading: place.kind === 'group' ? t.members : t.subdivisions,
          note:
            place.kind !== 'group' ? undefined
            : place.members.length === 0 ? t.membersUnknown
            : place.size !== undefined && place.members.length < place.size ? t.membersPartlyKnown(place.members.length, place.size)
            : undefined,
        }
      : undefined;
  // A short table of contents where the page runs past about three phone screens: two indicators
  // with their charts and tables already do (Nậm Chày's page is over ten screens).
  const contents: ContentsEntry[] = [
    // Each indicator is listed while the list stays short; a group's thirty indicators are not.
    ...(own.length > 0 ? [{ id: 'own-figures-title', label: t.ownFigures, children: own.length <= 8 ? own.map((f) => ({ id: `${f.indicator.id}--${place.id}--title`, label: textIn(f.indicator.name, locale) })) : [] }] : []),
    ...(predecessorFigures.length > 0 ? [{ id: 'predecessor-figures-title', label: t.predecessorFigures }] : []),
    ...(scored.length > 0 ? [{ id: 'scorecard-title', label: t.scorecardTitle(scored.length) }] : []),
    { id: 'coverage-title', label: t.plansCovering },
    ...(childrenSection ? [{ id: 'children-title', label: childrenSection.heading }] : []),
    ...(place.kind === 'territory' && (place.successor || place.predecessors?.length || place.valid_to) ? [{ id: 'history-title', label: t.history }] : []),
    ...(sources.list.length > 0 ? [{ id: 'figure-sources-title', label: t.figureSources }] : []),
  ];
  return {
    place,
    title: territoryPageTitle(model, place, locale),
    otherNames: place.kind === 'territory' ? [...(place.aliases ?? []), ...(place.name_en ? [place.name_en] : [])] : [],
    kindLabel: place.kind === 'territory' ? t.levels[place.level] : t.group,
    name: placeName(place, locale),
    dates: placeValidity(place, locale),
    moved: successor && { place: successor, intro: successorFrom ? t.becameOn(formatDate(successorFrom, locale)) : t.partOf },
    own,
    blockFindings: findingsPerBlock(model, own.map((f) => [f])),
    groups,
    scored,
    plans: plansCovering(model, place),
    predecessorFigures,
    sources,
    chartsWithTargets: [...own, ...predecessorFigures.flatMap((p) => p.shown)].some((f) => f.targets.length > 0),
    children,
    childrenSection,
    contents,
    long: own.length + predecessorFigures.reduce((n, p) => n + p.shown.length, 0) >= 2 || children.length > 40,
  };
}

/** The facts under a place's heading: its GSO code, where it lies, when it existed, what defines it. */
export interface PlaceFactsView {
  code?: string | undefined;
  /** Its parent, then the parent's ancestors up to the province. */
  partOf: Place[];
  /** "Từ 1/7/2025, đến 30/6/2025", when the unit has dates. */
  existed?: string | undefined;
  /** The document that defines a group. */
  definedBy?: DocumentRecord | undefined;
}

export function placeFactsView(model: Model, place: Place, locale: Locale, t: UiStrings): PlaceFactsView {
  const parent = place.parent ? model.index.place.get(place.parent) : undefined;
  const dates = place.kind === 'territory' ? [place.valid_from && t.validFrom(formatDate(place.valid_from, locale)), place.valid_to && t.validTo(formatDate(place.valid_to, locale))].filter(Boolean) : [];
  return {
    code: place.kind === 'territory' ? place.code : undefined,
    partOf: parent ? [parent, ...ancestorsOf(model, place).slice(1)] : [],
    existed: dates.length > 0 ? dates.join(', ') : undefined,
    definedBy: place.kind === 'group' && place.defined_by ? model.index.document.get(place.defined_by) : undefined,
  };
}

/**
 * What a unit became and what it came from (DESIGN.md §2, journey 5): an old commune's page,
 * kept at its URL forever, leads to the new one and back.
 */
export interface AdminHistoryView {
  successor?: {
    place: Territory;
    /** "Từ 1/7/2025, đơn vị này thuộc về", or "Thuộc" when the date is not known. */
    intro: string;
    /** The other units merged into the same successor. */
    mergedWith: Territory[];
    /** The decision that made the change. */
    document?: DocumentRecord | undefined;
  } | undefined;
  predecessors?: {
    /** "Thành lập từ 1/7/2025, gồm", or without the date. */
    intro: string;
    places: Territory[];
    document?: DocumentRecord | undefined;
  } | undefined;
  /** Ended with no successor recorded. */
  ended: boolean;
}

export function adminHistoryView(model: Model, territory: Territory, locale: Locale, t: UiStrings): AdminHistoryView {
  const territoryById = (id: string) => {
    const place = model.index.place.get(id);
    return place?.kind === 'territory' ? place : undefined;
  };
  const documentById = (id: string | undefined) => (id ? model.index.document.get(id) : undefined);
  const successor = territory.successor ? territoryById(territory.successor) : undefined;
  const successorFrom = successor?.valid_from ?? (territory.valid_to ? nextDay(territory.valid_to) : undefined);
  const predecessors = (territory.predecessors ?? []).flatMap((id) => territoryById(id) ?? []);
  return {
    successor: successor && {
      place: successor,
      intro: successorFrom ? t.becameOn(formatDate(successorFrom, locale)) : t.partOf,
      mergedWith: (successor.predecessors ?? []).filter((id) => id !== territory.id).flatMap((id) => territoryById(id) ?? []),
      document: documentById(successor.changed_by),
    },
    predecessors:
      predecessors.length > 0
        ? { intro: territory.valid_from ? t.formedOn(formatDate(territory.valid_from, locale)) : t.formedFrom, places: predecessors, document: documentById(territory.changed_by) }
        : undefined,
    ended: Boolean(territory.valid_to) && !successor,
  };
}

/**
 * The answer first, inside a phone's first screen: the headline indicator's latest figure and its
 * date, its target with the verdict, and the source; a place formed by a merger with no figures
 * of its own shows a predecessor's, named as such.
 */
export interface TerritorySummaryView {
  title: string;
  /** The predecessor whose figure this is, when it is not the place's own. */
  owner?: { name: string; href: string; dates: string } | undefined;
  /** "40,8%" and "(2023)". */
  value: string;
  date: string;
  target?: { due: string; amount: string; status?: ProgressStatus | undefined } | undefined;
  /** The observation the figure comes from, for its source. */
  latest: Observation;
  /** The indicator's block further down the page. */
  moreHref: string;
  fromPredecessor: boolean;
}

export function territorySummaryView(model: Model, place: Place, locale: Locale): TerritorySummaryView | undefined {
  const headline = territoryHeadline(model, place);
  if (!headline) return undefined;
  const { indicator, place: owner } = headline.figures;
  return {
    title: textIn(indicator.name, locale),
    owner: headline.fromPredecessor ? { name: placeName(owner, locale), href: territoryPath(owner.id, locale), dates: placeValidity(owner, locale) } : undefined,
    value: figureAmountText(amountOf(headline.latest), indicator.unit, locale),
    date: formatPeriod(headline.latest.period, locale),
    target: headline.target && { due: formatDue(headline.target.by, locale), amount: figureAmountText(amountOf(headline.target), indicator.unit, locale), status: headline.progress?.status },
    latest: headline.latest,
    moreHref: `#${indicator.id}--${owner.id}--title`,
    fromPredecessor: headline.fromPredecessor,
  };
}

/** Which plans and groups cover a place, and which of its agencies the plans assign tasks to. */
export interface PlaceLinksView {
  plans: {
    href: string;
    label: string;
    draft: boolean;
    /** The full title under the short label, unless the label already is the full one. */
    title?: LocalizedText | undefined;
  }[];
  groups: Group[];
  agencies: {
    name: LocalizedText;
    tasks: { content: LocalizedText; plan?: DocumentRecord | undefined; section: string }[];
  }[];
}

export function placeLinksView(model: Model, place: Place, groups: readonly Group[], plans: readonly DocumentRecord[], locale: Locale, t: UiStrings): PlaceLinksView {
  return {
    plans: plans.map((plan) => {
      const label = documentShortLabel(plan, locale);
      return { href: planPath(plan.id, locale), label, draft: plan.status === 'du-thao', title: label !== documentLabel(plan, locale) || plan.number ? plan.title : undefined };
    }),
    groups: [...groups],
    agencies: agenciesAssigned(model, place, plans).map(({ agency, tasks }) => ({
      name: agency.name,
      tasks: tasks.map((task) => ({ content: task.content, plan: model.index.document.get(task.plan), section: `${t.section.toLowerCase()} ${task.section}` })),
    })),
  };
}

/**
 * A group's figures as sentences on a member's page, clearly labelled as the group's: a resident
 * of a commune with no figures of its own still sees what is known about its group, without
 * mistaking it for the commune's. Indicators the member has figures of its own for are left out.
 */
export interface GroupFiguresView {
  titleId: string;
  title: string;
  groupHref: string;
  /** Each sentence's subject links to the indicator's block on the group's page. */
  sentences: { subject: string; href: string; predicate: string; targets: Target[] }[];
}

export function groupFiguresView(model: Model, group: Group, ownIndicators: ReadonlySet<string>, locale: Locale, t: UiStrings): GroupFiguresView {
  const groupHref = territoryPath(group.id, locale);
  return {
    titleId: `group-figures--${group.id}`,
    title: t.groupFigures(textIn(group.name, locale)),
    groupHref,
    sentences: indicatorFiguresFor(model, group)
      .filter((f) => !ownIndicators.has(f.indicator.id))
      .map((f) => ({ ...indicatorSentenceParts(f, locale), href: `${groupHref}#${f.indicator.id}--${group.id}--title`, targets: f.targets })),
  };
}
