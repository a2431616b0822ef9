import type { Locale } from '../../core/format/formatNumber.ts';
import type { DocumentRecord, Model, Target } from '../../core/model/types.ts';
import { textIn } from '../../present/localizedText.ts';
import { placeName } from '../../present/names.ts';
import { indicatorPath, territoryPath } from '../routes.ts';
import { documentsNewestFirst } from '../select/documentDate.ts';
import { figureIndex } from '../select/figureIndex.ts';
import { headlineFigures } from '../select/headlineFigures.ts';
import { isPlan } from '../select/plansCovering.ts';
import { indicatorSentence } from '../sentence/indicatorSentence.ts';

/** Latest documents on the home page. */
const LATEST = 6;

/** A headline indicator: one sentence per featured place, and a link to the rest. */
export interface HeadlineView {
  id: string;
  name: string;
  href: string;
  places: { name: string; href: string; sentence: string; targets: Target[] }[];
  /** How many places the indicator's own page lists, when more than are featured here. */
  more?: number | undefined;
}

export interface HomeView {
  /** Plans with targets or tasks, newest first. */
  programmes: DocumentRecord[];
  headlines: HeadlineView[];
  latest: DocumentRecord[];
  /** Targets whose deadline passed with no result published: the fact said first. */
  dueWithoutResult: number;
}

/** What the home page shows, computed from the model; HomePage.astro only renders it. */
export function homeView(model: Model, locale: Locale): HomeView {
  const index = figureIndex(model);
  return {
    programmes: documentsNewestFirst(model, model.documents.filter((d) => isPlan(d) && (index.targetsByPlan.has(d.id) || index.tasksByPlan.has(d.id)))),
    headlines: headlineFigures(model).map(({ figures, total }) => {
      const indicator = figures[0]!.indicator;
      return {
        id: indicator.id,
        name: textIn(indicator.name, locale),
        href: indicatorPath(indicator.id, locale),
        places: figures.map((f) => ({ name: placeName(f.place, locale), href: territoryPath(f.place.id, locale), sentence: indicatorSentence(f, locale), targets: f.targets })),
        more: total > figures.length ? total : undefined,
      };
    }),
    latest: documentsNewestFirst(model, model.documents).slice(0, LATEST),
    dueWithoutResult: model.targets.filter((target) => model.progress.get(target.id)?.status === 'due-no-result').length,
  };
}
