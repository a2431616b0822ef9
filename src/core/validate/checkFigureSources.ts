import type { Diagnostic } from '../diagnostics.ts';
import type { Model } from '../model/types.ts';

/**
 * A figure without the sentence it came from cannot be checked by a reader. It is allowed (some
 * facts come from sources we only have a link to) but reported, so that it is a choice.
 */
export function checkFigureSources(model: Pick<Model, 'observations' | 'targets'>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const figure of [...model.observations, ...model.targets]) {
    if (figure.source.quote) continue;
    diagnostics.push({
      severity: 'info',
      code: 'figure-without-quote',
      file: figure.origin.file,
      ...figure.origin.locate(['source']),
      message: { vi: 'Số liệu không có câu trích dẫn từ nguồn.', en: 'The figure has no quoted sentence from its source.' },
      hint: { vi: 'Nếu có văn bản nguồn, chép nguyên văn câu nêu số liệu vào source.quote.', en: 'If you have the source text, copy the sentence that states the figure into source.quote.' },
    });
  }
  return diagnostics;
}
