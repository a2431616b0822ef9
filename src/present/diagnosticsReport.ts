import { countBySeverity, type Severity, type WordedDiagnostic } from '../core/diagnostics.ts';
import { pushToList } from '../core/model/pushToList.ts';
import { SEVERITY_WORDS } from './phrases.ts';

export type OutputLanguage = 'vi' | 'en' | 'both';

function label(severity: Severity, language: OutputLanguage): string {
  const { vi, en } = SEVERITY_WORDS[severity];
  return language === 'vi' ? vi : language === 'en' ? en : `${vi}/${en}`;
}

/** "2 lỗi, 1 cảnh báo" / "2 errors, 1 warning" */
function counts(diagnostics: readonly WordedDiagnostic[], language: 'vi' | 'en', withInfo: boolean): string {
  const c = countBySeverity(diagnostics);
  const parts =
    language === 'vi'
      ? [`${c.error} lỗi`, `${c.warning} cảnh báo`, ...(withInfo ? [`${c.info} lưu ý`] : [])]
      : [`${c.error} error${c.error === 1 ? '' : 's'}`, `${c.warning} warning${c.warning === 1 ? '' : 's'}`, ...(withInfo ? [`${c.info} note${c.info === 1 ? '' : 's'}`] : [])];
  return parts.join(', ');
}

/** A root cause and the diagnostics that follow from it (empty for most). */
export interface DiagnosticTree {
  root: WordedDiagnostic;
  consequences: WordedDiagnostic[];
}

const positionKey = (d: { file: string; line: number; column: number; code: string }) => `${d.file}:${d.line}:${d.column}:${d.code}`;

/**
 * Folds each diagnostic that names its cause (`causedBy`) under that cause, in the cause's order.
 * A consequence whose cause is not in the list (hidden, or already fixed) stands as a root.
 */
export function foldCascades(diagnostics: readonly WordedDiagnostic[]): DiagnosticTree[] {
  const trees = new Map<string, DiagnosticTree>();
  for (const d of diagnostics) if (!d.causedBy) trees.set(positionKey(d), { root: d, consequences: [] });
  const result: DiagnosticTree[] = [];
  for (const d of diagnostics) {
    const cause = d.causedBy ? trees.get(positionKey(d.causedBy)) : undefined;
    if (cause) cause.consequences.push(d);
    else if (d.causedBy) result.push({ root: d, consequences: [] });
  }
  const order = new Map(diagnostics.map((d, i) => [d, i]));
  return [...trees.values(), ...result].sort((a, b) => order.get(a.root)! - order.get(b.root)!);
}

/** " (và 3 lỗi kéo theo)" / " (and 3 consequent errors)", or nothing. */
function consequentCount(count: number, language: 'vi' | 'en'): string {
  if (count === 0) return '';
  return language === 'vi' ? ` (và ${count} lỗi kéo theo)` : ` (and ${count} consequent error${count === 1 ? '' : 's'})`;
}

/**
 * Human-readable report: the counts first (so a long report still starts with the verdict), then
 * one block per file with file:line:column, the message and the hint. A cascade (references to an
 * id whose record could not be read, or was renamed) is printed as its root cause, with the errors
 * that follow from it indented under it and counted, since fixing the root clears them all.
 */
export function formatDiagnostics(diagnostics: readonly WordedDiagnostic[], options: { language: OutputLanguage; verbose: boolean }): string {
  const shown = options.verbose ? diagnostics : diagnostics.filter((d) => d.severity !== 'info');
  const trees = foldCascades(shown);
  const folded = trees.reduce((sum, tree) => sum + tree.consequences.length, 0);
  const consequences = new Set(trees.flatMap((tree) => tree.consequences));
  const roots = diagnostics.filter((d) => !consequences.has(d));
  const byFile = new Map<string, DiagnosticTree[]>();
  for (const tree of trees) pushToList(byFile, tree.root.file, tree);

  const lines: string[] = [];
  const languages: ('vi' | 'en')[] = options.language === 'both' ? ['vi', 'en'] : [options.language];
  for (const language of languages) {
    const files = byFile.size;
    lines.push(
      language === 'vi'
        ? `Kết quả kiểm tra: ${counts(roots, 'vi', true)}${consequentCount(folded, 'vi')}${files ? ` trong ${files} tệp` : ''}.`
        : `Validation: ${counts(roots, 'en', true)}${consequentCount(folded, 'en')}${files ? ` in ${files} file${files === 1 ? '' : 's'}` : ''}.`,
    );
  }
  for (const [file, fileTrees] of byFile) {
    lines.push(`  ${file}: ${languages.map((language) => counts(fileTrees.map((tree) => tree.root), language, false)).join(' | ')}`);
  }
  const hidden = diagnostics.length - shown.length;
  if (hidden > 0) {
    lines.push(options.language === 'en' ? `  (${hidden} notes hidden: use --verbose)` : `  (${hidden} lưu ý đang ẩn: dùng --verbose${options.language === 'both' ? ` | ${hidden} notes hidden: use --verbose` : ''})`);
  }

  for (const [file, fileTrees] of byFile) {
    lines.push('', file);
    for (const tree of fileTrees) {
      lines.push(...diagnosticLines(tree.root, options.language));
      if (tree.consequences.length === 0) continue;
      const count = tree.consequences.length;
      const heading = languages.map((language) => (language === 'vi' ? `… và ${count} lỗi kéo theo, tự hết khi sửa lỗi trên` : `… and ${count} consequent error${count === 1 ? '' : 's'}, cleared by fixing the one above`));
      lines.push(`    ${heading.join(' / ')}:`);
      for (const d of tree.consequences) {
        lines.push(`      ${d.file}:${d.line}:${d.column}  ${label(d.severity, options.language)}  [${d.code}]`, ...languages.map((l) => `        ${d.message[l]}`));
      }
    }
  }
  return lines.join('\n');
}

/** One message as the report prints it: position, severity and code, the text, the fix. */
export function diagnosticLines(d: WordedDiagnostic, language: OutputLanguage): string[] {
  const languages: ('vi' | 'en')[] = language === 'both' ? ['vi', 'en'] : [language];
  return [
    `  ${d.file}:${d.line}:${d.column}  ${label(d.severity, language)}  [${d.code}]`,
    ...languages.map((l) => `    ${d.message[l]}`),
    ...languages.map((l) => `    ${l === 'vi' ? '→ Cách sửa' : '→ Fix'}: ${d.hint[l]}`),
  ];
}
