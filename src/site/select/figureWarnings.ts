import type { WordedDiagnostic } from '../../core/diagnostics.ts';
import { pushToList } from '../../core/model/pushToList.ts';

/** Shown as findings with both sources and the arithmetic instead. */
const SHOWN_AS_FINDINGS = new Set(['conflicting-values', 'stated-vs-derived']);

const cache = new WeakMap<readonly WordedDiagnostic[], Map<string, WordedDiagnostic[]>>();

/**
 * The validator's warnings about one figure (a target set in the direction its indicator calls
 * worse, a span whose quote names one year), by figure id. A warning is a fact the site publishes
 * rather than a mistake that stops the build, so it is printed on the figure's own row.
 */
export function figureWarnings(diagnostics: readonly WordedDiagnostic[]): Map<string, WordedDiagnostic[]> {
  let byFigure = cache.get(diagnostics);
  if (!byFigure) {
    byFigure = new Map();
    for (const diagnostic of diagnostics) {
      if (diagnostic.severity === 'warning' && diagnostic.figure && !SHOWN_AS_FINDINGS.has(diagnostic.code)) pushToList(byFigure, diagnostic.figure, diagnostic);
    }
    cache.set(diagnostics, byFigure);
  }
  return byFigure;
}
