import { countBySeverity, type Diagnostic, type Severity } from '../core/diagnostics.ts';
import { pushToList } from '../core/model/pushToList.ts';
import { SEVERITY_WORDS } from './phrases.ts';

export type OutputLanguage = 'vi' | 'en' | 'both';

function label(severity: Severity, language: OutputLanguage): string {
  const { vi, en } = SEVERITY_WORDS[severity];
  return language === 'vi' ? vi : language === 'en' ? en : `${vi}/${en}`;
}

/** "2 lỗi, 1 cảnh báo" / "2 errors, 1 warning" */
function counts(diagnostics: readonly Diagnostic[], language: 'vi' | 'en', withInfo: boolean): string {
  const c = countBySeverity(diagnostics);
  const parts =
    language === 'vi'
      ? [`${c.error} lỗi`, `${c.warning} cảnh báo`, ...(withInfo ? [`${c.info} lưu ý`] : [])]
      : [`${c.error} error${c.error === 1 ? '' : 's'}`, `${c.warning} warning${c.warning === 1 ? '' : 's'}`, ...(withInfo ? [`${c.info} note${c.info === 1 ? '' : 's'}`] : [])];
  return parts.join(', ');
}

/**
 * Human-readable report: the counts first (so a long report still starts with the verdict), then
 * one block per file with file:line:column, the message and the hint.
 */
export function formatDiagnostics(diagnostics: readonly Diagnostic[], options: { language: OutputLanguage; verbose: boolean }): string {
  const shown = options.verbose ? diagnostics : diagnostics.filter((d) => d.severity !== 'info');
  const byFile = new Map<string, Diagnostic[]>();
  for (const diagnostic of shown) pushToList(byFile, diagnostic.file, diagnostic);

  const lines: string[] = [];
  const languages: ('vi' | 'en')[] = options.language === 'both' ? ['vi', 'en'] : [options.language];
  for (const language of languages) {
    const files = byFile.size;
    lines.push(
      language === 'vi'
        ? `Kết quả kiểm tra: ${counts(diagnostics, 'vi', true)}${files ? ` trong ${files} tệp` : ''}.`
        : `Validation: ${counts(diagnostics, 'en', true)}${files ? ` in ${files} file${files === 1 ? '' : 's'}` : ''}.`,
    );
  }
  for (const [file, fileDiagnostics] of byFile) {
    lines.push(`  ${file}: ${languages.map((language) => counts(fileDiagnostics, language, false)).join(' | ')}`);
  }
  const hidden = diagnostics.length - shown.length;
  if (hidden > 0) {
    lines.push(options.language === 'en' ? `  (${hidden} notes hidden: use --verbose)` : `  (${hidden} lưu ý đang ẩn: dùng --verbose${options.language === 'both' ? ` | ${hidden} notes hidden: use --verbose` : ''})`);
  }

  for (const [file, fileDiagnostics] of byFile) {
    lines.push('', file);
    for (const d of fileDiagnostics) lines.push(...diagnosticLines(d, options.language));
  }
  return lines.join('\n');
}

/** One message as the report prints it: position, severity and code, the text, the fix. */
export function diagnosticLines(d: Diagnostic, language: OutputLanguage): string[] {
  const languages: ('vi' | 'en')[] = language === 'both' ? ['vi', 'en'] : [language];
  return [
    `  ${d.file}:${d.line}:${d.column}  ${label(d.severity, language)}  [${d.code}]`,
    ...languages.map((l) => `    ${d.message[l]}`),
    ...languages.map((l) => `    ${l === 'vi' ? '→ Cách sửa' : '→ Fix'}: ${d.hint[l]}`),
  ];
}
