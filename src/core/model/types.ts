import type { Loaded, LoadedDocument } from '../load/loadProject.ts';
import type { ObservationInput, TargetInput, TaskInput } from '../schema/figures.ts';
import type { IndicatorInput } from '../schema/indicator.ts';
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

export type Observation = Loaded<Omit<ObservationInput, 'id' | 'period'>> & {
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

/**
 * A mismatch between figures: either two sources disagree on the same figure (a conflict), or a
 * stated figure disagrees with the arithmetic on other figures (an inconsistency).
 */
export interface Finding {
  id: string;
  kind: 'conflict' | 'inconsistency';
  indicator: string;
  territory: string;
  periodKey: string;
  /** Every observation involved; none is dropped or preferred. */
  observationIds: string[];
  /** The arithmetic, in numbers, for the page to show. */
  explanation: { vi: string; en: string };
}

export type ProgressStatus = 'achieved' | 'on-track' | 'behind' | 'moving-away' | 'no-data';

/** The inputs and result of the published progress method, shown next to each status. */
export interface Progress {
  targetId: string;
  status: ProgressStatus;
  baseline?: { value: number; date: string; observationId?: string };
  latest?: { value: number; date: string; observationId: string };
  targetValue: number;
  dueDate: string;
  /** Value the linear path from baseline to target expects at the latest observation's date. */
  expected?: number;
  /** Share of the expected change actually made (1 = exactly on the path). */
  shareOfExpectedChange?: number;
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
  index: ModelIndex;
  findings: Finding[];
  progress: Map<string, Progress>;
}
