import type { Loaded, LoadedDocument } from '../load/loadProject.ts';
import type { ObservationInput, TargetInput, TaskInput } from '../schema/figures.ts';
import type { IndicatorInput } from '../schema/indicator.ts';
import type { SiteSettingsInput } from '../schema/site.ts';
import type { AgencyInput, GroupInput, TerritoryInput } from '../schema/territory.ts';
import type { ParsedDocumentNumber } from './documentNumber.ts';
import type { Period } from './period.ts';

export type Territory = Loaded<TerritoryInput> & { kind: 'territory' };
export type Group = Loaded<GroupInput> & { kind: 'group' };
/** Figures are stated for a territory or for a group of territories: both are "places". */
export type Place = Territory | Group;
export type Indicator = Loaded<IndicatorInput>;
export type Agency = Loaded<AgencyInput>;
export type DocumentRecord = LoadedDocument & { parsedNumber: ParsedDocumentNumber | null };

export type Target = Loaded<Omit<TargetInput, 'id' | 'plan'>> & {
  /** Stable id, used as the figure's anchor and permalink. */
  id: string;
  plan?: string;
};

export type Observation = Loaded<Omit<ObservationInput, 'id' | 'period' | 'approximate'>> & {
  id: string;
  period: Period;
  plan?: string;
};

export type Task = Loaded<TaskInput> & { plan: string };

export interface ModelIndex {
  place: Map<string, Place>;
  indicator: Map<string, Indicator>;
  agency: Map<string, Agency>;
  document: Map<string, DocumentRecord>;
  target: Map<string, Target>;
  observation: Map<string, Observation>;
}

/** A stated figure a finding rests on: the observation, its value as stated, and its source. */
export interface FindingFigure {
  observation: string;
  value: number;
  document: string;
}

/** The relations a stated change is computed by from the figures of two years. */
export type ChangeRelation = 'decrease-of' | 'increase-of' | 'growth-percent-of';
/** The relations a stated figure implies the year's target by. */
export type TargetRelation = 'percent-of-target' | 'excess-over-target';

/**
 * The annual target a stated figure implies: "130,1% of the target" with a 10,41-point result
 * implies 10,41 ÷ 130,1% = 8 (percent-of-target); "0,8 points above the plan" implies
 * 10,41 − 0,8 = 9,61 (excess-over-target).
 */
export interface ImpliedTarget {
  relation: TargetRelation;
  /** The stated ratio or excess. */
  stated: FindingFigure;
  /** The result it is a ratio or excess of. */
  base: FindingFigure;
  value: number;
}

interface FindingCommon {
  id: string;
  indicator: string;
  territory: string;
  periodKey: string;
  /** Every observation involved; none is dropped or preferred. */
  observationIds: string[];
}

/** Two or more sources give different values for the same figure; every one is kept. */
export interface ConflictFinding extends FindingCommon {
  kind: 'conflict';
  figures: FindingFigure[];
}

/** A stated change that the figures of the two years it spans do not give. */
export interface ChangeInconsistency extends FindingCommon {
  kind: 'inconsistency';
  check: 'stated-change';
  relation: ChangeRelation;
  /** The indicator the change is computed from. */
  of: string;
  year: number;
  stated: FindingFigure;
  /** The figure of `of` for the year before, and for the year. */
  before: FindingFigure;
  after: FindingFigure;
  /** What the arithmetic gives (unrounded). */
  derived: number;
}

/** A stated ratio or excess whose implied target is not the target the plan sets for the year. */
export interface TargetInconsistency extends FindingCommon {
  kind: 'inconsistency';
  check: 'implied-target';
  of: string;
  year: number;
  implied: ImpliedTarget;
  target: { id: string; value: number };
}

/** Two stated figures that imply two different targets for the same year. */
export interface ImpliedTargetsInconsistency extends FindingCommon {
  kind: 'inconsistency';
  check: 'implied-targets-disagree';
  of: string;
  year: number;
  implied: [ImpliedTarget, ImpliedTarget];
}

/**
 * A mismatch between figures: either two sources disagree on the same figure (a conflict), or a
 * stated figure disagrees with the arithmetic on other figures (an inconsistency). It carries the
 * numbers and ids, not sentences: src/present/findingText.ts says it, in the reader's language,
 * with the one figure formatter and the one set of names.
 */
export type Finding = ConflictFinding | ChangeInconsistency | TargetInconsistency | ImpliedTargetsInconsistency;

/**
 * The verdict of the progress method (content/pages/phuong-phap). Before the deadline: achieved,
 * on track, too slow, little progress, moving away, or not enough data. Once the deadline is before
 * the data's date: met, missed, or due with no result published. A target that contradicts itself
 * cannot be judged.
 */
export const PROGRESS_STATUSES = [
  'achieved',
  'on-track',
  'too-slow',
  'little-progress',
  'moving-away',
  'no-data',
  'met',
  'missed',
  'due-no-result',
  'cannot-judge',
] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/** Why a target cannot be judged (the validator reports where). */
export type CannotJudgeReason = 'baseline-after-deadline' | 'comparator-against-direction' | 'no-target-value' | 'baseline-before-break';

/** A figure the method used: its value, the date it stands at, and the observation it comes from. */
export interface ProgressPoint {
  value: number;
  date: string;
  observationId: string;
}

/** The inputs and result of the published progress method, shown next to each status. */
export interface Progress {
  targetId: string;
  status: ProgressStatus;
  /** The data's date the verdict is made at (the data version's date, never the clock). */
  asOf: string;
  /** The deadline is before `asOf`, or the place ceased to exist before the deadline and before `asOf`. */
  deadlinePassed: boolean;
  /** Last day of a territory that ceased to exist before the deadline (merged, split). */
  placeEnded?: string;
  baseline?: { value: number; date: string; observationId?: string; from: 'target' | 'observation' };
  /** The latest figure up to the deadline (for a period total, within the target's own year). */
  latest?: ProgressPoint;
  /** The figure that decided met or missed. */
  result?: ProgressPoint;
  /** The value the target leads to (for a range, its end nearer the baseline). */
  targetValue: number;
  dueDate: string;
  /** Observed pace: the slope of the least-squares line through the figures since the baseline. */
  pace?: { perYear: number; points: number; method: 'two-points' | 'least-squares' };
  /** Pace from the baseline that meets the target exactly at the deadline, per year. */
  requiredPerYear?: number;
  /** The value the latest figure reaches at the deadline at the observed pace. */
  projection?: number;
  /** Projected change from the baseline over the required change (1 = reaches the target). */
  ratio?: number;
  reason?: CannotJudgeReason;
}

export interface Model {
  territories: Territory[];
  groups: Group[];
  indicators: Indicator[];
  agencies: Agency[];
  documents: DocumentRecord[];
  targets: Target[];
  observations: Observation[];
  tasks: Task[];
  pages: { path: string; text: string }[];
  /** The site's settings from content/site.yaml; null when the data folder has none. */
  site: Loaded<SiteSettingsInput> | null;
  index: ModelIndex;
  findings: Finding[];
  progress: Map<string, Progress>;
  /** The date verdicts are made at, and where it comes from. */
  progressAsOf: { date: string; from: 'data-version' | 'newest-in-data' };
}
