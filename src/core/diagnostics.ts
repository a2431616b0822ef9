import type { Finding } from './model/types.ts';
import type { DocumentType } from './schema/document.ts';

/**
 * A diagnostic is everything a staff member needs to fix one mistake without help: where it is
 * (file:line:column), what is wrong in Vietnamese and English, and what to do about it.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Bilingual {
  vi: string;
  en: string;
}

export interface SourcePosition {
  line: number;
  column: number;
}

export interface DiagnosticCommon {
  severity: Severity;
  code: DiagnosticCode;
  file: string;
  line: number;
  column: number;
  /**
   * The figure (observation or target id) a diagnostic is about, so a warning the site publishes
   * is shown on that figure's row rather than only in the validator's report.
   */
  figure?: string;
  /**
   * Set on a diagnostic that follows from another one (a reference to a document whose front
   * matter could not be read): the report folds it under its cause, whose fix clears it.
   */
  causedBy?: DiagnosticCause;
  /** For a reference to an unknown id: the id, so a rename reported elsewhere can fold it. */
  reference?: string;
}

/** A diagnostic the check words itself: what is wrong, and the fix. */
export interface TextDiagnostic extends DiagnosticCommon {
  message: Bilingual;
  hint: Bilingual;
  subject?: never;
}

/**
 * A diagnostic about figures, which carries the numbers and ids (`subject`) instead of words:
 * src/present/diagnosticText.ts says it, with the one figure formatter, the one set of names and
 * the phrase catalogue's comparator words, the same way the site says it.
 */
export interface SubjectDiagnostic extends DiagnosticCommon {
  subject: DiagnosticSubject;
  message?: never;
  hint?: never;
}

export type Diagnostic = TextDiagnostic | SubjectDiagnostic;

/** Every diagnostic, in words, ready to print: what reports, snapshots and pages read. */
export interface WordedDiagnostic extends DiagnosticCommon {
  message: Bilingual;
  hint: Bilingual;
  subject?: DiagnosticSubject;
}

/** The figures a subject diagnostic is about. */
export type DiagnosticSubject =
  | { kind: 'finding'; finding: Finding }
  | {
      /** A target set in the direction its indicator calls worse ("ít nhất 17,26%" of a poverty rate). */
      kind: 'comparator-direction';
      target: string;
      indicator: string;
      comparator: '>=' | '>' | '<=' | '<';
      value: number | undefined;
      direction: 'increase' | 'decrease';
    }
  /** A figure's `plan` names a document that is not a plan, programme or scheme. */
  | { kind: 'not-a-plan'; document: string; type: DocumentType }
  /** A document number whose type code ("QĐ") is not the one its type usually carries. */
  | { kind: 'document-number-type'; typeCode: string; type: DocumentType; expected: readonly string[] };

/** Where the root cause of a cascade stands: the one place to fix. */
export interface DiagnosticCause {
  file: string;
  line: number;
  column: number;
  code: DiagnosticCode;
}

export function causeOf(d: Diagnostic): DiagnosticCause {
  return { file: d.file, line: d.line, column: d.column, code: d.code };
}

/**
 * A diagnostic that follows from `cause`: its own fix would be wrong (a reference "corrected" to a
 * renamed id moves it off the published page), so it points at the cause, whose fix clears it.
 */
export function consequenceOf(d: TextDiagnostic, cause: DiagnosticCause): TextDiagnostic {
  const at = `${cause.file}:${cause.line}:${cause.column}`;
  return {
    ...d,
    causedBy: cause,
    hint: { vi: `Sửa lỗi gốc ở ${at} [${cause.code}]; lỗi này sẽ tự hết.`, en: `Fix the root cause at ${at} [${cause.code}]; this error then clears.` },
  };
}

export type DiagnosticCode =
  | 'yaml-syntax'
  | 'front-matter-missing'
  | 'front-matter-unclosed'
  | 'file-unreadable'
  | 'invisible-character'
  | 'file-unknown-kind'
  | 'file-wrong-folder'
  | 'file-empty'
  | 'page-unknown'
  | 'schema-type'
  | 'schema-required'
  | 'schema-value'
  | 'schema-unknown-key'
  | 'number-with-comma'
  | 'number-notation'
  | 'duplicate-id'
  | 'id-renamed'
  | 'catalogue-override'
  | 'duplicate-figure'
  | 'dangling-reference'
  | 'wrong-reference-kind'
  | 'value-out-of-range'
  | 'value-not-whole'
  | 'value-too-precise'
  | 'date-order'
  | 'document-number-grammar'
  | 'document-number-year'
  | 'document-number-type'
  | 'citation-date-mismatch'
  | 'territory-code'
  | 'territory-history'
  | 'target-shape'
  | 'stated-vs-derived'
  | 'conflicting-values'
  | 'figure-without-quote'
  | 'quote-not-in-document'
  | 'quote-missing-figure'
  | 'value-as-fraction'
  | 'value-over-total'
  | 'target-dates'
  | 'comparator-direction'
  | 'after-data-date'
  | 'duplicate-document'
  | 'period-range-single-year'
  | 'series-break-comparison';

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code);
}

export function countBySeverity(diagnostics: readonly { severity: Severity }[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const diagnostic of diagnostics) counts[diagnostic.severity] += 1;
  return counts;
}
