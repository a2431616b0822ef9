import type { TextDiagnostic } from '../diagnostics.ts';
import { formatNumber } from '../format/formatNumber.ts';
import type { PathSegment } from '../load/yamlWithPositions.ts';
import type { DocumentRecord, Indicator, Model, Observation, Target } from '../model/types.ts';
import { UNITS } from '../schema/units.ts';
import { comparableText } from '../text/comparableText.ts';
import { numbersInText, statesValue } from '../text/numbersInText.ts';
import { decimalPlaces } from './checkValues.ts';

/**
 * A quote is the reader's evidence for a figure, so it must hold up:
 *
 * - it must state the figure, in any way a Vietnamese or English text writes it (60,95 / 60.95 /
 *   3.124 / 3 124 / 3,124 / 1,5 triệu / 304.800 triệu đồng for 304,8 tỷ đồng), at the figure's own
 *   precision. An error: a quote that does not state its figure cannot be right, whichever of the
 *   two was mistyped (a value changed from 60.95 to 60.97 while its quote still says "60,95%").
 *   A figure computed from a source's numbers has no sentence that states it: it goes without a
 *   quote, with the arithmetic in its note, and is shown as unquoted.
 * - where the document's text is on file (its Markdown body), the quote must be found in it, after
 *   reducing both to comparable text (spaces, NFC, typographic quotes, Markdown marks). An error:
 *   the body is the document's own text, so a quote it does not contain was edited or belongs to
 *   another document. A document kept without its text (a link only) has nothing to check against.
 */
export function checkQuotes(model: Pick<Model, 'observations' | 'targets' | 'index'>): TextDiagnostic[] {
  const diagnostics: TextDiagnostic[] = [];
  const bodies = new Map<string, string>();
  const bodyOf = (document: DocumentRecord) => {
    let body = bodies.get(document.id);
    if (body === undefined) bodies.set(document.id, (body = comparableText(document.body)));
    return body;
  };
  for (const figure of [...model.observations, ...model.targets]) {
    const quote = figure.source.quote;
    if (!quote) continue;
    const indicator = model.index.indicator.get(figure.indicator);
    const document = model.index.document.get(figure.source.document);
    if (indicator) diagnostics.push(...figureInQuote(figure, indicator, quote, document?.body.trim() ? () => bodyOf(document) : null));
    if (document && document.body.trim() !== '' && !bodyOf(document).includes(comparableText(quote))) {
      diagnostics.push({
        severity: 'error',
        code: 'quote-not-in-document',
        file: figure.origin.file,
        ...figure.origin.locate(['source', 'quote']),
        figure: figure.id,
        message: {
          vi: `Không tìm thấy câu trích này trong nội dung của tài liệu "${document.id}" (${document.origin.file}).`,
          en: `This quote is not found in the text of the document "${document.id}" (${document.origin.file}).`,
        },
        hint: {
          vi: `Chép lại câu nguyên văn từ ${document.origin.file}, không sửa chữ nào (khoảng trắng và kiểu dấu nháy không tính). Nếu câu ở một văn bản khác, sửa source.document cho đúng.`,
          en: `Copy the sentence again from ${document.origin.file}, changing no word (spacing and quote-mark style do not matter). If it is from another document, correct source.document.`,
        },
      });
    }
  }
  return diagnostics;
}

/** Units whose values a text may also write in another scale ("304.800 triệu đồng" = 304,8 tỷ đồng). */
const UNIT_SCALE: Partial<Record<string, number>> = { 'tỷ đồng': 1e9, 'triệu đồng': 1e6, 'triệu đồng/người': 1e6 };

function figureInQuote(figure: Observation | Target, indicator: Indicator, quote: string, documentText: (() => string) | null): TextDiagnostic[] {
  const numbers = numbersInText(quote);
  const unitScale = UNIT_SCALE[indicator.unit] ?? 1;
  const stated = (value: number, within = numbers) => {
    const decimals = decimalPlaces(value);
    return within.some((number) =>
      number.readings.some((reading) => statesValue(reading, value, decimals) || (number.scale !== 1 && statesValue({ value: (reading.value * number.scale) / unitScale, decimals: reading.decimals }, value, decimals))),
    );
  };
  const values: [number, PathSegment[]][] = [];
  if ('period' in figure) {
    values.push([figure.value, ['value']]);
    if (figure.out_of !== undefined) values.push([figure.out_of, ['out_of']]);
  } else if (figure.range) {
    values.push([figure.range.min, ['range', 'min']], [figure.range.max, ['range', 'max']]);
  } else if (figure.value !== undefined) values.push([figure.value, ['value']]);

  const diagnostics: TextDiagnostic[] = [];
  for (const [value, path] of values) {
    if (stated(value)) continue;
    // A total is often stated once, in another sentence of the document ("Tỉnh đã giao 231 danh
    // mục…", then "106 danh mục đã giao…"): where the text is on file, finding it there is enough.
    if (path[0] === 'out_of' && documentText && stated(value, numbersInText(documentText()))) continue;
    // A rate typed as a fraction (0.4846 for 48,46%) is reported by checkValues, with its fix.
    if (UNITS[indicator.unit].measure === 'share' && Math.abs(value) < 1 && stated(Math.round(value * 100 * 1e9) / 1e9)) continue;
    const written = [...new Set(numbers.filter((number) => number.readings.length > 0).map((number) => number.written))];
    const closest = closestReading(numbers, value);
    const field = path.join('.');
    diagnostics.push({
      severity: 'error',
      code: 'quote-missing-figure',
      file: figure.origin.file,
      ...figure.origin.locate(path),
      figure: figure.id,
      message: written.length
        ? {
            vi: `Câu trích không nêu số ${formatNumber(value, 'vi', Math.min(decimalPlaces(value), 20))} của "${field}": các số trong câu là ${written.join('; ')}.`,
            en: `The quote does not state the ${field} ${formatNumber(value, 'en', Math.min(decimalPlaces(value), 20))}: the numbers it gives are ${written.join('; ')}.`,
          }
        : {
            vi: `Câu trích không nêu số ${formatNumber(value, 'vi', Math.min(decimalPlaces(value), 20))} của "${field}": trong câu không có số nào.`,
            en: `The quote does not state the ${field} ${formatNumber(value, 'en', Math.min(decimalPlaces(value), 20))}: it gives no number at all.`,
          },
      hint: closest !== null
        ? {
            vi: `Nếu số bị gõ nhầm, viết ${field}: ${closest} như câu trích. Nếu câu trích là của số liệu khác, chép câu nêu đúng số này. Nếu số được tính từ các số trong nguồn, bỏ dòng quote và ghi cách tính vào note.`,
            en: `If the number was mistyped, write ${field}: ${closest} as the quote says. If the quote belongs to another figure, copy the sentence that states this one. If the number is computed from the source's figures, remove the quote line and give the arithmetic in note.`,
          }
        : {
            vi: 'Chép câu trong nguồn nêu đúng số này. Nếu số được tính từ các số trong nguồn (không có câu nào nêu nó), bỏ dòng quote và ghi cách tính vào note.',
            en: 'Copy the sentence of the source that states this number. If the number is computed from the source\'s figures (no sentence states it), remove the quote line and give the arithmetic in note.',
          },
    });
  }
  return diagnostics;
}

/** The quote's reading nearest the value, as a data file writes it, when it is a plausible slip. */
function closestReading(numbers: ReturnType<typeof numbersInText>, value: number): string | null {
  let best: number | null = null;
  for (const number of numbers) {
    for (const reading of number.readings) {
      if (number.scale !== 1) continue;
      const distance = Math.abs(reading.value - value);
      if (distance <= Math.max(Math.abs(value) * 0.1, 10 ** -decimalPlaces(value) * 9) && (best === null || distance < Math.abs(best - value))) best = reading.value;
    }
  }
  return best === null ? null : String(best);
}
