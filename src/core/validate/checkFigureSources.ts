import type { Diagnostic } from '../diagnostics.ts';
import type { Model, Observation, Target } from '../model/types.ts';

/**
 * A figure without the sentence it came from cannot be checked by a reader. It is allowed (some
 * facts come from sources we only have a link to) but reported: for a single figure at the
 * figure, for several as one note on the file, so that a table of a thousand unquoted figures is
 * one note, not a thousand (and does not force a positioned re-read of a large file).
 */
export function checkFigureSources(model: Pick<Model, 'observations' | 'targets'>): Diagnostic[] {
  const unquotedByFile = new Map<string, (Observation | Target)[]>();
  for (const figure of [...model.observations, ...model.targets]) {
    if (figure.source.quote) continue;
    const list = unquotedByFile.get(figure.origin.file);
    if (list) list.push(figure);
    else unquotedByFile.set(figure.origin.file, [figure]);
  }
  return [...unquotedByFile.values()].map((figures) => {
    const first = figures[0]!;
    const count = figures.length;
    return {
      severity: 'info',
      code: 'figure-without-quote',
      file: first.origin.file,
      ...(count === 1 ? first.origin.locate(['source']) : { line: 1, column: 1 }),
      message: {
        vi: count === 1 ? 'Số liệu này không có câu trích dẫn từ nguồn.' : `${count} số liệu trong tệp này không có câu trích dẫn từ nguồn.`,
        en: count === 1 ? 'This figure has no quoted sentence from its source.' : `${count} figures in this file have no quoted sentence from their source.`,
      },
      hint: { vi: 'Nếu có văn bản nguồn, chép nguyên văn câu nêu số liệu vào source.quote.', en: 'If you have the source text, copy the sentence that states the figure into source.quote.' },
    } satisfies Diagnostic;
  });
}
