import { amountOf, figureAmountText } from '../../present/figureText.ts';
import { placeName } from '../../present/names.ts';
import { formatDate, type Locale } from '../../core/format/formatNumber.ts';
import type { DataVersion } from '../../core/model/dataVersion.ts';
import { periodEndDate } from '../../core/model/period.ts';
import type { Indicator, Model, Observation, Place, ProgressStatus } from '../../core/model/types.ts';
import { formatDue, formatPeriod } from '../../present/periodText.ts';
import { textIn } from '../../present/localizedText.ts';
import { ui } from '../../present/phrases.ts';
import { siteName } from '../../core/model/siteSettings.ts';
import { memoizeByModel } from '../../core/model/memoizeByModel.ts';
import { featuredPlaces } from '../select/featuredPlaces.ts';
import { indicatorFiguresByPlace, indicatorFiguresFor, type IndicatorFigures } from '../select/indicatorFigures.ts';
import { indicatorSentence } from '../sentence/indicatorSentence.ts';

/**
 * What a link to a page shows when pasted into Zalo, Facebook or a newsroom chat: a description
 * that carries the page's headline figure in words, and a card image with the same figure, the
 * place, the target's status and the data's date. Both are worded here, once, from the model.
 */
export interface SharePreview {
  description: string;
  card: ShareCard;
}

export interface ShareCard {
  /** The indicator: "Tỷ lệ hộ nghèo". */
  indicator: string;
  /** "Xã Nậm Chày" */
  place: string;
  /** The headline figure as the page prints it: "40,8%"; absent when the place has none. */
  figure?: string | undefined;
  /** When the figure is from: "31/10/2023"; with "các nguồn khác nhau" when sources give different figures. */
  when?: string | undefined;
  /** "Mục tiêu năm 2025: dưới 15%" */
  target?: string | undefined;
  status?: { key: ProgressStatus; label: string } | undefined;
  /** "minhbach · dữ liệu ngày 2/12/2026" */
  footer: string;
  /** The card read as one sentence, for og:image:alt. */
  alt: string;
}

/** A place's headline: a headline indicator with results and a target if there is one, else the first with results. */
export function headlineOfPlace(model: Model, place: Place): IndicatorFigures | undefined {
  const all = indicatorFiguresFor(model, place);
  const score = (f: IndicatorFigures) => (f.observations.length > 0 ? 4 : 0) + (f.indicator.headline ? 2 : 0) + (f.targets.length > 0 ? 1 : 0);
  let best: IndicatorFigures | undefined;
  for (const figures of all) if (!best || score(figures) > score(best)) best = figures;
  return best;
}

/** An indicator's headline: its widest featured place with results (the province before its communes). */
export function headlineOfIndicator(model: Model, indicator: Indicator): IndicatorFigures | undefined {
  const chosen = headlines(model);
  if (!chosen.has(indicator.id)) {
    const featured = featuredPlaces(indicatorFiguresByPlace(model, indicator));
    chosen.set(indicator.id, featured.find((figures) => figures.observations.length > 0) ?? featured[0]);
  }
  return chosen.get(indicator.id);
}

/**
 * Chosen once per indicator: every page of an indicator and of its provinces' shares shows the
 * indicator's card, and choosing it sorts every place with its figures (about 4 s of the page
 * build at 1.000 communes when chosen again for each page).
 */
const headlines = memoizeByModel((): Map<string, IndicatorFigures | undefined> => new Map());

export function placeSharePreview(model: Model, place: Place, locale: Locale, version: DataVersion): SharePreview {
  const headline = headlineOfPlace(model, place);
  const name = placeName(place, locale);
  const t = ui(locale);
  const kind = place.kind === 'territory' ? t.levels[place.level] : t.group;
  const card = headline ? cardOf(model, headline, locale, version, `${kind} ${name}`) : emptyCard(model, `${kind} ${name}`, locale, version);
  const description = headline ? `${name}: ${indicatorSentence(headline, locale)}${statusSentence(card)}` : `${kind} ${name}: ${t.noOwnFigures}`;
  return { description, card };
}

export function indicatorSharePreview(model: Model, indicator: Indicator, locale: Locale, version: DataVersion): SharePreview {
  const headline = headlineOfIndicator(model, indicator);
  const name = textIn(indicator.name, locale);
  if (!headline) return { description: name, card: { ...emptyCard(model, name, locale, version), indicator: name, place: '' } };
  const card = cardOf(model, headline, locale, version, placeName(headline.place, locale));
  return { description: `${placeName(headline.place, locale)}: ${indicatorSentence(headline, locale)}${statusSentence(card)}`, card };
}

function cardOf(model: Model, figures: IndicatorFigures, locale: Locale, version: DataVersion, place: string): ShareCard {
  const { indicator } = figures;
  const latest = latestFigures(figures.observations);
  // Sources that disagree are both shown, as the page's sentence shows them: a card never picks one.
  const values = [...new Set(latest.map((o) => figureAmountText(amountOf(o), indicator.unit, locale)))];
  const target = figures.targets.find((candidate) => candidate.value !== undefined || candidate.range) ?? figures.targets[0];
  const progress = target ? model.progress.get(target.id) : undefined;
  const t = ui(locale);
  const card: ShareCard = {
    indicator: textIn(indicator.name, locale),
    place,
    figure: values.length > 0 ? values.join(locale === 'vi' ? ' hoặc ' : ' or ') : undefined,
    when: latest[0] ? `${formatPeriod(latest[0].period, locale)}${values.length > 1 ? (locale === 'vi' ? ', các nguồn khác nhau' : ', sources differ') : ''}` : undefined,
    target: target ? `${locale === 'vi' ? 'Mục tiêu' : 'Target'} ${formatDue(target.by, locale)}: ${figureAmountText(amountOf(target), indicator.unit, locale)}` : undefined,
    status: progress ? { key: progress.status, label: t.statuses[progress.status] } : undefined,
    footer: footerOf(model, locale, version),
    alt: '',
  };
  card.alt = [card.place, card.indicator, card.figure && `${card.figure} (${card.when})`, card.target, card.status?.label, card.footer].filter(Boolean).join('. ');
  return card;
}

function emptyCard(model: Model, place: string, locale: Locale, version: DataVersion): ShareCard {
  const t = ui(locale);
  const footer = footerOf(model, locale, version);
  return { indicator: t.ownFigures, place, footer, alt: `${place}. ${t.noOwnFigures}. ${footer}` };
}

function footerOf(model: Model, locale: Locale, version: DataVersion): string {
  const site = localizedSiteName(model, locale);
  if (!version.date) return site;
  return `${site} · ${locale === 'vi' ? 'dữ liệu ngày' : 'data of'} ${formatDate(version.date, locale)}`;
}

function statusSentence(card: ShareCard): string {
  return card.status ? ` ${card.status.label}.` : '';
}

/** The figures a reader would call "the latest": those of the period that ends last (a year ends on 31 December). */
function latestFigures(observations: readonly Observation[]): Observation[] {
  let latestEnd = '';
  for (const observation of observations) {
    if (observation.period.kind === 'span') continue;
    const end = periodEndDate(observation.period);
    if (end > latestEnd) latestEnd = end;
  }
  const latest = observations.filter((observation) => observation.period.kind !== 'span' && periodEndDate(observation.period) === latestEnd);
  return latest.length > 0 ? latest : observations.slice(-1);
}

/** The site's own name from its settings, in the card's language. */
export function localizedSiteName(model: Pick<Model, 'site'>, locale: Locale): string {
  const name = siteName(model);
  return locale === 'en' ? (name.en ?? name.vi) : name.vi;
}
