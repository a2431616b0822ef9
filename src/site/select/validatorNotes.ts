import type { WordedDiagnostic } from '../../core/diagnostics.ts';
import type { DocumentRecord } from '../../core/model/types.ts';

/** Shown as findings with both sources instead: listing them twice would only add noise. */
const SHOWN_AS_FINDINGS = new Set(['conflicting-values', 'stated-vs-derived']);

/**
 * The validator's warnings about a document itself (a misdated citation, a number that does not
 * match its type), which the validator's hints promise are "shown on the document page".
 */
export function validatorNotesFor(diagnostics: readonly WordedDiagnostic[], document: DocumentRecord): WordedDiagnostic[] {
  return diagnostics.filter((d) => d.severity === 'warning' && d.file === document.origin.file && !SHOWN_AS_FINDINGS.has(d.code));
}
