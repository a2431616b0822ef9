import { consequenceOf, type Diagnostic, type TextDiagnostic } from '../diagnostics.ts';
import type { LoadedProject, Origin } from '../load/loadProject.ts';
import type { PathSegment } from '../load/yamlWithPositions.ts';
import { parseDocumentNumber } from '../model/documentNumber.ts';
import { observationId, targetId } from '../model/figureIds.ts';
import { parsePeriod, type Period } from '../model/period.ts';
import type { ObservationInput } from '../schema/figures.ts';
import type { DocumentRecord, Model, ModelIndex, Observation, Place, Target, Task } from '../model/types.ts';
import { PLAN_TYPES } from '../schema/document.ts';
import { closestMatch } from '../text/closestMatch.ts';
import { chooseIndicators, INDICATOR_LOOKUP } from './chooseIndicators.ts';

type Namespace = 'place' | 'indicator' | 'agency' | 'document';

interface NamespaceName {
  vi: string;
  en: string;
  folder: string;
  /** Where an id of this kind is looked up, when that is more than the folder. */
  lookedUp?: { vi: string; en: string };
}

const NAMESPACE_NAMES: Record<Namespace, NamespaceName> = {
  place: { vi: 'địa bàn hoặc nhóm địa bàn', en: 'territory or group', folder: 'content/territories/' },
  indicator: { vi: 'chỉ số', en: 'indicator', folder: 'content/indicators/', lookedUp: INDICATOR_LOOKUP },
  agency: { vi: 'cơ quan', en: 'agency', folder: 'content/agencies/' },
  document: { vi: 'tài liệu', en: 'document', folder: 'plans/' },
};

/**
 * Joins the loaded records into one model with indexes, and reports every id that is used twice
 * or referred to but not defined. Everything is done with maps, in one pass over each list.
 */
export function linkProject(project: LoadedProject): { model: Omit<Model, 'findings' | 'progress' | 'progressAsOf'>; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const index: ModelIndex = {
    place: new Map(),
    indicator: new Map(),
    agency: new Map(),
    document: new Map(),
    target: new Map(),
    observation: new Map(),
  };

  const register = <T extends { id: string; origin: Origin }>(namespace: Namespace, map: Map<string, T>, record: T): boolean => {
    const existing = map.get(record.id) as { origin: Origin } | undefined;
    if (existing) {
      diagnostics.push(duplicateId(record.id, NAMESPACE_NAMES[namespace], record.origin, existing.origin));
      return false;
    }
    map.set(record.id, record);
    return true;
  };

  const territories = project.territories
    .map((territory) => ({ ...territory, kind: 'territory' as const }))
    .filter((territory) => register('place', index.place as Map<string, Place>, territory));
  const groups = project.groups
    .map((group) => ({ ...group, kind: 'group' as const }))
    .filter((group) => register('place', index.place as Map<string, Place>, group));
  const chosen = chooseIndicators(project);
  diagnostics.push(...chosen.diagnostics);
  const indicators = chosen.indicators.filter((indicator) => register('indicator', index.indicator, indicator));
  const agencies = project.agencies.filter((agency) => register('agency', index.agency, agency));
  const documents: DocumentRecord[] = project.documents
    .map((document) => ({ ...document, parsedNumber: document.number ? parseDocumentNumber(document.number) : null }))
    .filter((document) => register('document', index.document, document));

  const check = (namespace: Namespace, id: string | undefined, origin: Origin, path: readonly PathSegment[]): boolean => {
    if (id === undefined) return true;
    const map = index[namespace] as Map<string, unknown>;
    if (map.has(id)) return true;
    // An indicator may be meant from the catalogue even though nothing else uses it yet.
    const known = () => (namespace === 'indicator' ? new Set([...map.keys(), ...project.indicators.map((indicator) => indicator.id)]) : map.keys());
    if (project.invalidIds.has(id)) {
      // The record exists but failed to load: its own error is the one to fix, and this reference
      // is reported folded under it, so one typo does not read as hundreds of mistakes.
      const cause = project.invalidIdCauses.get(id);
      if (cause) diagnostics.push(consequenceOf(danglingReference(id, NAMESPACE_NAMES[namespace], known(), origin, path), cause));
      return true;
    }
    diagnostics.push(danglingReference(id, NAMESPACE_NAMES[namespace], known(), origin, path));
    return false;
  };

  for (const territory of territories) {
    check('place', territory.parent, territory.origin, ['parent']);
    check('place', territory.successor, territory.origin, ['successor']);
    territory.predecessors?.forEach((id, i) => check('place', id, territory.origin, ['predecessors', i]));
    check('document', territory.changed_by, territory.origin, ['changed_by']);
  }
  for (const group of groups) {
    group.members.forEach((id, i) => check('place', id, group.origin, ['members', i]));
    check('place', group.parent, group.origin, ['parent']);
    check('document', group.defined_by, group.origin, ['defined_by']);
  }
  for (const indicator of indicators) check('indicator', indicator.relation?.of, indicator.origin, ['relation', 'of']);
  for (const agency of agencies) check('place', agency.territory, agency.origin, ['territory']);
  project.site?.headline_indicators?.forEach((id, i) => check('indicator', id, project.site!.origin, ['headline_indicators', i]));
  for (const document of documents) {
    check('agency', document.issuer, document.origin, ['issuer']);
    document.scope?.forEach((id, i) => check('place', id, document.origin, ['scope', i]));
    document.relations?.forEach((relation, i) => check('document', relation.document, document.origin, ['relations', i, 'document']));
  }

  const checkPlan = (plan: string | undefined, origin: Origin, path: readonly PathSegment[]): boolean => {
    if (plan === undefined) return true;
    if (!check('document', plan, origin, path)) return false;
    const document = index.document.get(plan);
    // Undefined here means the plan exists but failed its own checks: that error is reported there.
    if (!document || PLAN_TYPES.includes(document.type)) return true;
    diagnostics.push({
      severity: 'error',
      code: 'wrong-reference-kind',
      file: origin.file,
      ...origin.locate(path),
      subject: { kind: 'not-a-plan', document: plan, type: document.type },
    });
    return false;
  };
  for (const declaration of project.planDeclarations) checkPlan(declaration.plan, declaration.origin, []);

  const targets: Target[] = [];
  for (const loaded of project.targets) {
    const { id: explicitId, plan: ownPlan, filePlan, ...rest } = loaded;
    const plan = ownPlan ?? filePlan;
    if (ownPlan) checkPlan(ownPlan, loaded.origin, ['plan']);
    check('indicator', loaded.indicator, loaded.origin, INDICATOR_PATH);
    check('place', loaded.territory, loaded.origin, TERRITORY_PATH);
    check('document', loaded.source.document, loaded.origin, SOURCE_DOCUMENT_PATH);
    const id = explicitId ?? targetId(loaded.indicator, loaded.territory, loaded.by, plan ?? loaded.source.document);
    const target: Target = { ...rest, id, ...(plan ? { plan } : {}) };
    if (registerFigure(index.target, target, diagnostics)) targets.push(target);
  }

  const observations: Observation[] = [];
  const observationIds = new ObservationIds(observations);
  // A national dataset's 600.000 figures share a few dozen periods: each is parsed once.
  const periods = new Map<ObservationInput['period'], Period>();
  for (const loaded of project.observations) {
    const { id: explicitId, filePlan, period: periodInput, approximate, ...rest } = loaded;
    check('indicator', loaded.indicator, loaded.origin, INDICATOR_PATH);
    check('place', loaded.territory, loaded.origin, TERRITORY_PATH);
    check('document', loaded.source.document, loaded.origin, SOURCE_DOCUMENT_PATH);
    let period = periods.get(periodInput);
    if (!period) periods.set(periodInput, (period = parsePeriod(periodInput)));
    const id = explicitId ?? observationId(loaded.indicator, loaded.territory, period, loaded.source.document);
    // `approximate: true`, the older form, reads as "about", so files written before `qualifier` keep their meaning.
    const qualifier = rest.qualifier ?? (approximate ? 'about' : undefined);
    const observation = rest as Observation;
    if (qualifier) observation.qualifier = qualifier;
    observation.id = id;
    observation.period = period;
    if (filePlan) observation.plan = filePlan;
    const existing = observationIds.claim(observation, explicitId !== undefined, loaded.source.document);
    if (existing) diagnostics.push(duplicateFigure(observation, existing));
    else observations.push(observation);
  }
  // Made from the list when first asked for (the site asks, a validation seldom does): the same
  // entries in the same order as registering each figure in it.
  Object.defineProperty(index, 'observation', {
    configurable: true,
    enumerable: true,
    get: () => {
      const byId = new Map(observations.map((observation) => [observation.id, observation]));
      Object.defineProperty(index, 'observation', { configurable: true, enumerable: true, writable: true, value: byId });
      return byId;
    },
  });

  const tasks: Task[] = [];
  for (const loaded of project.tasks) {
    const { filePlan, ...rest } = loaded;
    check('agency', loaded.lead, loaded.origin, ['lead']);
    loaded.partners?.forEach((id, i) => check('agency', id, loaded.origin, ['partners', i]));
    if (loaded.source) check('document', loaded.source.document, loaded.origin, ['source', 'document']);
    if (!filePlan) {
      diagnostics.push({
        severity: 'error',
        code: 'dangling-reference',
        file: loaded.origin.file,
        line: loaded.origin.line,
        column: loaded.origin.column,
        message: { vi: 'Nhiệm vụ không thuộc kế hoạch nào.', en: 'This task belongs to no plan.' },
        hint: { vi: 'Thêm dòng "plan: <mã kế hoạch>" ở đầu tệp.', en: 'Add a "plan: <plan id>" line at the top of the file.' },
      });
      continue;
    }
    tasks.push({ ...rest, plan: filePlan });
  }

  return {
    model: { territories, groups, indicators, agencies, documents, targets, observations, tasks, pages: project.pages, site: project.site, index },
    diagnostics,
  };
}

/** Where a figure names its indicator, place and source: the same for every figure, made once. */
const INDICATOR_PATH: readonly PathSegment[] = ['indicator'];
const TERRITORY_PATH: readonly PathSegment[] = ['territory'];
const SOURCE_DOCUMENT_PATH: readonly PathSegment[] = ['source', 'document'];

/**
 * The observations registered so far, found by id. A national dataset has 600.000, and a map
 * keyed by their ids hashed 600.000 new texts of about 50 characters: half of linking at L. An
 * id derived from its parts (indicator--place--period--source, observationId) is found by those
 * parts instead, in maps by indicator, place, period and source whose keys are texts shared by
 * thousands of figures and hashed once. That is the same answer: two such ids are equal exactly
 * when their parts are, as long as no part is empty, holds "--", or starts or ends with "-" (ids
 * and periods never do: see idSchema and periodSchema); and an id written in the file, which
 * holds no "--", can never equal a derived one. Should one figure break that, every id registered
 * so far goes into one map by id, which is used from then on.
 */
class ObservationIds {
  readonly #registered: readonly Observation[];
  readonly #written = new Map<string, Observation>();
  /** By indicator, place and period, then the figure, or a map by source once a second source states it. */
  readonly #byParts = new Map<string, Map<string, Map<string, Observation | Map<string, Observation>>>>();
  #byId: Map<string, Observation> | null = null;
  /** Texts already found fit to be a part: each is a key shared by many figures. */
  readonly #parts = new Set<string>();

  /** `registered`: the list the caller adds each figure to that claim lets through, in order. */
  constructor(registered: readonly Observation[]) {
    this.#registered = registered;
  }

  /** The figure registered before with `figure`'s id, if any; otherwise `figure` is registered now. */
  claim(figure: Observation, written: boolean, document: string): Observation | undefined {
    if (this.#byId === null && !(written ? !figure.id.includes('--') : this.#isPart(figure.indicator) && this.#isPart(figure.territory) && this.#isPart(figure.period.key) && this.#isPart(document))) {
      this.#byId = new Map(this.#registered.map((one) => [one.id, one]));
    }
    if (this.#byId !== null) return claimIn(this.#byId, figure.id, figure);
    if (written) return claimIn(this.#written, figure.id, figure);
    let byPlace = this.#byParts.get(figure.indicator);
    if (!byPlace) this.#byParts.set(figure.indicator, (byPlace = new Map()));
    let byPeriod = byPlace.get(figure.territory);
    if (!byPeriod) byPlace.set(figure.territory, (byPeriod = new Map()));
    // Nearly every figure is the only one of its indicator, place and period: a map of sources for
    // each would be 600.000 maps at national scale.
    const bySource = byPeriod.get(figure.period.key);
    if (bySource === undefined) {
      byPeriod.set(figure.period.key, figure);
      return undefined;
    }
    if (bySource instanceof Map) return claimIn(bySource, document, figure);
    if (bySource.source.document === document) return bySource;
    byPeriod.set(figure.period.key, new Map([[bySource.source.document, bySource], [document, figure]]));
    return undefined;
  }

  #isPart(text: string): boolean {
    if (this.#parts.has(text)) return true;
    if (text === '' || text.includes('--') || text.startsWith('-') || text.endsWith('-')) return false;
    this.#parts.add(text);
    return true;
  }
}

function claimIn<T>(map: Map<string, T>, key: string, figure: T): T | undefined {
  const existing = map.get(key);
  if (existing === undefined) map.set(key, figure);
  return existing;
}

function registerFigure<T extends { id: string; origin: Origin }>(map: Map<string, T>, figure: T, diagnostics: Diagnostic[]): boolean {
  const existing = map.get(figure.id);
  if (!existing) {
    map.set(figure.id, figure);
    return true;
  }
  diagnostics.push(duplicateFigure(figure, existing));
  return false;
}

function duplicateFigure<T extends { origin: Origin }>(figure: T, existing: T): Diagnostic {
  // The usual cause is a copied entry whose period (or place) was not changed: then the two
  // values differ, and "remove the repeat" would delete a real figure. Show both.
  const valueOf = (record: T) => (record as { value?: number }).value;
  const [before, here] = [valueOf(existing), valueOf(figure)];
  const at = `${existing.origin.file}:${existing.origin.line}`;
  const differ = before !== undefined && here !== undefined && before !== here;
  return {
    severity: 'error',
    code: 'duplicate-figure',
    file: figure.origin.file,
    line: figure.origin.line,
    column: figure.origin.column,
    message: differ
      ? {
          vi: `Số liệu này (${here}, dòng ${figure.origin.line}) có cùng chỉ số, địa bàn, kỳ và nguồn với số liệu ${before} ở ${at}, nhưng hai giá trị khác nhau.`,
          en: `This figure (${here}, line ${figure.origin.line}) has the same indicator, place, period and source as the figure ${before} at ${at}, but the values differ.`,
        }
      : {
          vi: `Số liệu này trùng với số liệu ở ${at} (cùng chỉ số, địa bàn, kỳ và nguồn).`,
          en: `This figure repeats the one at ${at} (same indicator, place, period and source).`,
        },
    hint: differ
      ? {
          vi: `Đừng xóa: hai số khác nhau. Nếu mục này được chép từ mục ở ${at}, sửa "period" (hoặc "territory") cho đúng số ${here}. Nếu nguồn thật sự nêu cả hai số cho cùng một thứ, đặt "id:" riêng cho mỗi số.`,
          en: `Do not delete either: the numbers differ. If this entry was copied from the one at ${at}, correct its "period" (or "territory") for ${here}. If the source really states both for the same thing, give each its own "id:".`,
        }
      : {
          vi: 'Xóa bản trùng. Nếu nguồn thật sự nêu hai số khác nhau cho cùng một thứ, đặt "id:" riêng cho mỗi số.',
          en: 'Remove the repeat. If the source really states two different numbers for the same thing, give each its own "id:".',
        },
  };
}

function duplicateId(id: string, kind: { vi: string; en: string }, origin: Origin, first: Origin): Diagnostic {
  return {
    severity: 'error',
    code: 'duplicate-id',
    file: origin.file,
    ...origin.locate(['id']),
    message: {
      vi: `Mã "${id}" đã được dùng cho một ${kind.vi} khác ở ${first.file}:${first.line}.`,
      en: `The id "${id}" is already used by another ${kind.en} at ${first.file}:${first.line}.`,
    },
    hint: { vi: 'Mỗi mã phải là duy nhất: đổi mã này, hoặc xóa bản trùng.', en: 'Ids must be unique: change this id, or remove the duplicate.' },
  };
}

function danglingReference(
  id: string,
  kind: NamespaceName,
  known: Iterable<string>,
  origin: Origin,
  path: readonly PathSegment[],
): TextDiagnostic {
  const suggestion = closestMatch(id, known);
  return {
    severity: 'error',
    code: 'dangling-reference',
    file: origin.file,
    ...origin.locate(path),
    reference: id,
    message: kind.lookedUp
      ? { vi: `Không có ${kind.vi} nào có mã "${id}" (đã tìm trong ${kind.lookedUp.vi}).`, en: `There is no ${kind.en} with the id "${id}" (looked up in ${kind.lookedUp.en}).` }
      : { vi: `Không có ${kind.vi} nào có mã "${id}".`, en: `There is no ${kind.en} with the id "${id}".` },
    hint: suggestion
      ? { vi: `Có phải ý bạn là "${suggestion}"?`, en: `Did you mean "${suggestion}"?` }
      : { vi: `Kiểm tra chính tả, hoặc thêm ${kind.vi} này vào ${kind.folder}.`, en: `Check the spelling, or add this ${kind.en} to ${kind.folder}.` },
  };
}
