import type { Bilingual, Diagnostic, DiagnosticSubject, WordedDiagnostic } from '../core/diagnostics.ts';
import type { Locale } from '../core/format/formatNumber.ts';
import type { Model } from '../core/model/types.ts';
import { figureAmountText } from './figureText.ts';
import { findingText } from './findingText.ts';
import { COMPARATOR_QUALIFIER, DOCUMENT_TYPE_WORDS, QUALIFIER_WORDS } from './phrases.ts';

type Names = Pick<Model, 'index'>;

/**
 * Every diagnostic in words. The checks word most of their own messages; a diagnostic about
 * figures or document types (a finding, a target quoted back, "là quyết định, không phải kế
 * hoạch") carries the numbers and ids instead, and is said here
 * with the same formatter, names, comparator and document-type words as the pages.
 */
export function wordDiagnostics(diagnostics: readonly Diagnostic[], model: Names): WordedDiagnostic[] {
  return diagnostics.map((d) => wordDiagnostic(d, model));
}

export function wordDiagnostic(d: Diagnostic, model: Names): WordedDiagnostic {
  if (!d.subject) return d;
  return { ...d, ...subjectText(d.subject, model) };
}

function subjectText(subject: DiagnosticSubject, model: Names): { message: Bilingual; hint: Bilingual } {
  const both = (say: (locale: Locale) => string): Bilingual => ({ vi: say('vi'), en: say('en') });
  switch (subject.kind) {
    case 'finding':
      return {
        message: both((locale) => findingText(subject.finding, model, locale)),
        hint: subject.finding.kind === 'conflict' ? CONFLICT_HINT : INCONSISTENCY_HINT,
      };
    case 'comparator-direction':
      return comparatorDirectionText(subject, model);
    case 'not-a-plan': {
      const type = DOCUMENT_TYPE_WORDS[subject.type];
      return {
        message: {
          vi: `"${subject.document}" là ${type.vi.toLowerCase()} (type: ${subject.type}), không phải kế hoạch, chương trình hay đề án.`,
          en: `"${subject.document}" is a ${type.en.toLowerCase()} (type: ${subject.type}), not a plan, programme or scheme.`,
        },
        hint: {
          vi: 'Ghi mã của kế hoạch mà số liệu thuộc về (type: ke-hoach, chuong-trinh hoặc de-an); văn bản nêu số liệu thì ghi ở source.document.',
          en: 'Name the plan the figures belong to (type: ke-hoach, chuong-trinh or de-an); the document that states the figures goes in source.document.',
        },
      };
    }
    case 'document-number-type': {
      const type = DOCUMENT_TYPE_WORDS[subject.type];
      return {
        message: {
          vi: `Số hiệu có ký hiệu loại "${subject.typeCode}", nhưng văn bản được ghi là ${type.vi.toLowerCase()} (type: ${subject.type}), thường có ký hiệu ${subject.expected.join(' hoặc ')}.`,
          en: `The number has the type code "${subject.typeCode}", but the document is recorded as a ${type.en.toLowerCase()} (type: ${subject.type}), usually ${subject.expected.join(' or ')}.`,
        },
        hint: { vi: 'Đối chiếu với bản gốc rồi sửa "type" hoặc "number" cho khớp.', en: 'Check the original, then correct "type" or "number" to match.' },
      };
    }
  }
}

const CONFLICT_HINT: Bilingual = {
  vi: 'Giữ cả hai số với nguồn của chúng; trang web sẽ hiện cả hai và đánh dấu "có tranh chấp". Chỉ sửa nếu đã nhập sai so với nguồn.',
  en: 'Keep both numbers with their sources; the site shows both, marked "disputed". Only change one if it was typed wrongly from its source.',
};

const INCONSISTENCY_HINT: Bilingual = {
  vi: 'Nếu số đã chép đúng từ nguồn, giữ nguyên: trang web sẽ hiện phép tính và đánh dấu "không khớp".',
  en: 'If the figure is copied correctly from its source, keep it: the site shows the arithmetic, marked "inconsistent".',
};

/**
 * A target set against its indicator's direction, quoted back in the words the target's row
 * shows ("ít nhất 17,26%"), with the comparators that usually fit in the catalogue's words.
 */
function comparatorDirectionText(subject: Extract<DiagnosticSubject, { kind: 'comparator-direction' }>, model: Names): { message: Bilingual; hint: Bilingual } {
  const unit = model.index.indicator.get(subject.indicator)?.unit;
  const { comparator, direction } = subject;
  const amount = (locale: Locale) =>
    subject.value === undefined ? QUALIFIER_WORDS[COMPARATOR_QUALIFIER[comparator]][locale] : figureAmountText({ value: subject.value, comparator }, unit, locale);
  const usual = (locale: Locale, or: string) => {
    const fitting = direction === 'decrease' ? (['<=', '<'] as const) : (['>=', '>'] as const);
    return fitting.map((c) => `"${c}" (${QUALIFIER_WORDS[COMPARATOR_QUALIFIER[c]][locale]})`).join(` ${or} `);
  };
  const decrease = direction === 'decrease';
  return {
    message: {
      vi: `Chỉ tiêu "${amount('vi')}" (comparator: "${comparator}") ngược chiều với chỉ số "${subject.indicator}", mà ${decrease ? 'giảm là tốt' : 'tăng là tốt'} (direction: ${direction}): kết quả ${decrease ? 'cao' : 'thấp'} hơn mức này sẽ bị tính là đã đạt.`,
      en: `The target "${amount('en')}" (comparator: "${comparator}") runs against "${subject.indicator}", for which ${decrease ? 'lower is better' : 'higher is better'} (direction: ${direction}): a result ${decrease ? 'above' : 'below'} it would count as achieved.`,
    },
    hint: {
      vi: `Chỉ tiêu của chỉ số này thường là ${usual('vi', 'hoặc')}: đối chiếu với câu nguồn rồi sửa comparator. Nếu kế hoạch thật sự đặt như vậy, giữ nguyên: trang web hiện cảnh báo này cạnh chỉ tiêu.`,
      en: `A target for this indicator is usually ${usual('en', 'or')}: check the source sentence and correct the comparator. If the plan really sets it this way, keep it: the site shows this warning beside the target.`,
    },
  };
}
