import { diagnosticLines } from '../../../src/present/diagnosticsReport.ts';
import type { DiagnosticCode, Severity } from '../../../src/core/diagnostics.ts';
import { BASE_FILES, build } from '../projectFixture.ts';
import { DIAGNOSTIC_ABOUT } from './diagnosticAbout.ts';
import { DIAGNOSTIC_EXAMPLES, type DiagnosticExample } from './diagnosticExamples.ts';

/**
 * The validator's message catalogue at the end of CONTRIBUTING.md, written from the examples:
 * each code's meaning, its example mistake, the lines of the file it breaks, and what the
 * validator really prints for it (run here, not copied), so the guide cannot drift from the code.
 */
export const CATALOGUE_MARKER = '<!-- The messages below are written by `npm run catalogue` from tests/core/diagnostics/: edit them there. -->';

const SEVERITY: Record<Severity, string> = { error: 'lỗi / error', warning: 'cảnh báo / warning', info: 'lưu ý / note' };

export function renderCatalogue(): string {
  const unexplained = Object.keys(DIAGNOSTIC_EXAMPLES).filter((code) => !(code in DIAGNOSTIC_ABOUT));
  if (unexplained.length) throw new Error(`Say what these codes mean in tests/core/diagnostics/diagnosticAbout.ts: ${unexplained.join(', ')}`);
  const sections = (Object.keys(DIAGNOSTIC_ABOUT) as DiagnosticCode[]).map((code) => renderEntry(code, DIAGNOSTIC_EXAMPLES[code]));
  return `${CATALOGUE_MARKER}\n\n${sections.join('\n\n')}\n`;
}

function renderEntry(code: DiagnosticCode, example: DiagnosticExample): string {
  const about = DIAGNOSTIC_ABOUT[code];
  const { diagnostics } = build(example.files, example.context);
  const reported = diagnostics.find((d) => d.code === code);
  if (!reported) throw new Error(`the example for ${code} does not produce it`);
  const [file] = example.expected.at.split(':') as [string];
  const text = example.files[file] ?? BASE_FILES[file] ?? '';
  const lines = text.split('\n');
  const [from, to] = example.snippet?.lines ?? [Math.max(1, reported.line - 2), Math.min(lines.length, reported.line + 1)];
  const binary = /[\u0000-\u0008]/.test(text);
  const where = binary
    ? `\`${file}\`: (tệp nhị phân / a binary file)`
    : `\`${file}\` (dòng / ${from === to ? `line ${from}` : `lines ${from}–${to}`}${example.snippet?.note ? `, ${example.snippet.note.vi} / ${example.snippet.note.en}` : ''}):`;
  const snippet = binary ? '' : `\n\n\`\`\`${file.endsWith('.md') ? 'markdown' : 'yaml'}\n${lines.slice(from - 1, to).join('\n')}\n\`\`\``;
  return [
    `#### \`${code}\``,
    '',
    about.vi,
    '',
    `*${about.en}*`,
    '',
    `Mức / Severity: **${SEVERITY[example.expected.severity]}**. Ví dụ / Example: ${example.mistake.vi} / ${example.mistake.en}`,
    '',
    `${where}${snippet}`,
    '',
    '```text',
    ...diagnosticLines(reported, 'both'),
    '```',
  ].join('\n');
}
