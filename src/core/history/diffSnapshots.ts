import type { DataSnapshot, DocumentSnapshot, FigureSnapshot, WarningSnapshot } from './figureSnapshot.ts';

export interface FigureChange {
  id: string;
  before: FigureSnapshot;
  after: FigureSnapshot;
  /** The fields whose value differs, e.g. ["value"] or ["quote"]. */
  fields: (keyof FigureSnapshot)[];
}

export interface DataDiff {
  figuresAdded: FigureSnapshot[];
  figuresChanged: FigureChange[];
  figuresRemoved: FigureSnapshot[];
  documentsAdded: DocumentSnapshot[];
  documentsChanged: DocumentSnapshot[];
  documentsRemoved: DocumentSnapshot[];
  warningsIntroduced: WarningSnapshot[];
  warningsResolved: WarningSnapshot[];
}

const COMPARED_FIELDS: (keyof FigureSnapshot)[] = ['value', 'range', 'comparator', 'outOf', 'status', 'qualifier', 'locator', 'quote'];

/**
 * What changed between two versions of the data. Figures are matched by their derived id
 * (indicator, place, period, source), so a corrected value is a change, not a removal plus an
 * addition. Used by the versions page, the figure histories and `npm run diff`.
 */
export function diffSnapshots(before: DataSnapshot, after: DataSnapshot): DataDiff {
  const diff: DataDiff = {
    figuresAdded: [],
    figuresChanged: [],
    figuresRemoved: [],
    documentsAdded: [],
    documentsChanged: [],
    documentsRemoved: [],
    warningsIntroduced: [],
    warningsResolved: [],
  };
  for (const [id, figure] of after.figures) {
    const old = before.figures.get(id);
    if (!old) {
      diff.figuresAdded.push(figure);
      continue;
    }
    const fields = COMPARED_FIELDS.filter((field) => JSON.stringify(old[field]) !== JSON.stringify(figure[field]));
    if (fields.length > 0) diff.figuresChanged.push({ id, before: old, after: figure, fields });
  }
  for (const [id, figure] of before.figures) if (!after.figures.has(id)) diff.figuresRemoved.push(figure);

  for (const [id, document] of after.documents) {
    const old = before.documents.get(id);
    if (!old) diff.documentsAdded.push(document);
    else if (old.fingerprint !== document.fingerprint) diff.documentsChanged.push(document);
  }
  for (const [id, document] of before.documents) if (!after.documents.has(id)) diff.documentsRemoved.push(document);

  // Warnings have no ids; the same code and message in the same file is the same warning, even
  // if edits above it moved its line.
  const key = (warning: WarningSnapshot) => `${warning.file}|${warning.code}|${warning.message.en}`;
  const beforeWarnings = new Set(before.warnings.map(key));
  const afterWarnings = new Set(after.warnings.map(key));
  diff.warningsIntroduced = after.warnings.filter((w) => !beforeWarnings.has(key(w)));
  diff.warningsResolved = before.warnings.filter((w) => !afterWarnings.has(key(w)));
  return diff;
}

export function isEmptyDiff(diff: DataDiff): boolean {
  return Object.values(diff).every((list) => (list as unknown[]).length === 0);
}
