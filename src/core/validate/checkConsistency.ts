import type { Diagnostic } from '../diagnostics.ts';
import { formatDate } from '../format/formatNumber.ts';
import type { DocumentRecord, Indicator, Model } from '../model/types.ts';
import { breakBetween } from '../model/seriesBreaks.ts';
import { dueDate, parsePeriod, periodEndDate, periodStartDate, type Period } from '../model/period.ts';
import { pushToList } from '../model/pushToList.ts';

export interface ConsistencyContext {
  /**
   * The data's own date (YYYY-MM-DD): the commit date of the data, from git, as the build stamps
   * on every page. Nothing can have happened after it. Null when there is no git history, and
   * then the dates are not checked against it.
   */
  dataDate: string | null;
}

/**
 * Combinations that cannot be true, whichever single field is right: a part larger than its
 * whole, a baseline after its deadline, a date after the data was saved, one document entered
 * twice. Errors. And combinations that are possible but usually a slip, which the site publishes
 * with the warning beside the figure: a target in the direction the indicator calls worse, a
 * span of years whose quote names one year.
 */
export function checkConsistency(model: Pick<Model, 'observations' | 'targets' | 'documents' | 'index'>, context: ConsistencyContext): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const { dataDate } = context;
  for (const observation of model.observations) {
    const at = (path: (string | number)[]) => ({ file: observation.origin.file, ...observation.origin.locate(path), figure: observation.id });
    if (observation.out_of !== undefined && observation.value > observation.out_of) {
      diagnostics.push({
        severity: 'error',
        code: 'value-over-total',
        ...at(['value']),
        message: {
          vi: `Giá trị ${observation.value} lớn hơn tổng số ${observation.out_of} (out_of): phần không thể lớn hơn toàn bộ.`,
          en: `The value ${observation.value} is larger than its total ${observation.out_of} (out_of): a part cannot exceed the whole.`,
        },
        hint: {
          vi: `Có lẽ hai số bị đổi chỗ: "${observation.out_of}/${observation.value}" viết là value: ${observation.out_of} và out_of: ${observation.value}. Đối chiếu với câu nguồn.`,
          en: `The two are probably swapped: "${observation.out_of} of ${observation.value}" is value: ${observation.out_of} and out_of: ${observation.value}. Check against the source sentence.`,
        },
      });
    }
    if (dataDate) {
      const starts = periodStartDate(observation.period);
      if (starts > dataDate) {
        diagnostics.push({
          severity: 'error',
          code: 'after-data-date',
          ...at(['period']),
          message: {
            vi: `Kỳ ${observation.period.key} bắt đầu sau ngày của dữ liệu (${formatDate(dataDate, 'vi')}): chưa thể có số liệu cho kỳ này.`,
            en: `The period ${observation.period.key} starts after the data's date (${formatDate(dataDate, 'en')}): there cannot be a figure for it yet.`,
          },
          hint: {
            vi: 'Năm hoặc ngày bị gõ nhầm: đối chiếu "period" với câu nguồn (số liệu năm nào, hay tính đến ngày nào).',
            en: 'The year or date is mistyped: check "period" against the source sentence (which year the figure is for, or the date it runs to).',
          },
        });
      } else if (periodEndDate(observation.period) > dataDate && observation.status === 'reported') {
        diagnostics.push({
          severity: 'warning',
          code: 'after-data-date',
          ...at(['status']),
          message: {
            vi: `Kỳ ${observation.period.key} chưa kết thúc vào ngày của dữ liệu (${formatDate(dataDate, 'vi')}), nhưng số liệu được ghi là đã báo cáo (reported).`,
            en: `The period ${observation.period.key} had not ended by the data's date (${formatDate(dataDate, 'en')}), yet the figure is recorded as reported.`,
          },
          hint: {
            vi: 'Số liệu cả năm nêu trước khi hết năm là số ước tính: viết status: estimated (hoặc provisional). Nếu là số đến một ngày, viết period là ngày đó, ví dụ period: "2024-10-31".',
            en: 'A whole-year figure given before the year ends is an estimate: write status: estimated (or provisional). If it runs to a date, make period that date, e.g. period: "2024-10-31".',
          },
        });
      }
    }
    diagnostics.push(...periodRangeNamesOneYear(observation.period, observation.source.quote, () => at(['period'])));
  }

  for (const target of model.targets) {
    const at = (path: (string | number)[]) => ({ file: target.origin.file, ...target.origin.locate(path), figure: target.id });
    const due = dueDate(target.by);
    if (target.baseline) {
      const baselineDate = periodEndDate(parsePeriod(target.baseline.period));
      if (baselineDate >= due) {
        diagnostics.push({
          severity: 'error',
          code: 'target-dates',
          ...at(['baseline', 'period']),
          message: {
            vi: `Năm gốc ${target.baseline.period} không trước hạn của chỉ tiêu (${target.by}): mốc xuất phát phải trước hạn.`,
            en: `The baseline ${target.baseline.period} is not before the target's deadline (${target.by}): a starting point must come before the deadline.`,
          },
          hint: {
            vi: 'Đối chiếu với kế hoạch: "baseline.period" là năm của số liệu xuất phát (thường là năm trước kỳ kế hoạch), "by" là năm phải đạt chỉ tiêu.',
            en: 'Check the plan: "baseline.period" is the year of the starting figure (usually the year before the plan\'s period), "by" is when the target is due.',
          },
        });
      }
      if (dataDate && periodStartDate(parsePeriod(target.baseline.period)) > dataDate) {
        diagnostics.push({
          severity: 'error',
          code: 'after-data-date',
          ...at(['baseline', 'period']),
          message: {
            vi: `Năm gốc ${target.baseline.period} sau ngày của dữ liệu (${formatDate(dataDate, 'vi')}).`,
            en: `The baseline ${target.baseline.period} is after the data's date (${formatDate(dataDate, 'en')}).`,
          },
          hint: { vi: 'Năm gốc bị gõ nhầm: đối chiếu với kế hoạch.', en: 'The baseline year is mistyped: check it against the plan.' },
        });
      }
    }
    const indicator = model.index.indicator.get(target.indicator);
    if (target.baseline && indicator) diagnostics.push(...baselineAcrossBreak(target.baseline.period, due, indicator, () => at(['baseline', 'period'])));
    if (indicator && indicator.direction !== 'none') {
      const wrongWay = indicator.direction === 'decrease' ? ['>=', '>'] : ['<=', '<'];
      if (wrongWay.includes(target.comparator)) {
        diagnostics.push({
          severity: 'warning',
          code: 'comparator-direction',
          ...at(['comparator']),
          subject: {
            kind: 'comparator-direction',
            target: target.id,
            indicator: indicator.id,
            comparator: target.comparator as '>=' | '>' | '<=' | '<',
            value: target.value,
            direction: indicator.direction,
          },
        });
      }
    }
  }

  diagnostics.push(...duplicateDocuments(model.documents));
  if (dataDate) {
    for (const document of model.documents) {
      if (!document.issued || document.issued <= dataDate) continue;
      diagnostics.push({
        severity: 'error',
        code: 'after-data-date',
        file: document.origin.file,
        ...document.origin.locate(['issued']),
        message: {
          vi: `Ngày ban hành ${formatDate(document.issued, 'vi')} sau ngày của dữ liệu (${formatDate(dataDate, 'vi')}): văn bản chưa thể có.`,
          en: `The issue date ${formatDate(document.issued, 'en')} is after the data's date (${formatDate(dataDate, 'en')}): the document cannot exist yet.`,
        },
        hint: {
          vi: 'Năm bị gõ nhầm: đối chiếu "issued" với ngày in trên văn bản (viết NĂM-THÁNG-NGÀY).',
          en: 'The year is mistyped: check "issued" against the date printed on the document (written YYYY-MM-DD).',
        },
      });
    }
  }
  return diagnostics;
}

/**
 * A target whose baseline was measured by a method the indicator replaced before the deadline
 * compares two different things: the rate under the 2016–2020 poverty standard and the rate under
 * the 2022–2025 one. Possible (a plan may have been set that way) but never a valid pace, so a
 * warning, and the site says the target cannot be judged across the break.
 */
function baselineAcrossBreak(
  period: number | string,
  due: string,
  indicator: Pick<Indicator, 'id' | 'breaks'>,
  location: () => Pick<Diagnostic, 'file' | 'line' | 'column' | 'figure'>,
): Diagnostic[] {
  const crossed = breakBetween(indicator, periodEndDate(parsePeriod(period)), due);
  if (!crossed) return [];
  const { note, source } = crossed.break;
  const from = typeof crossed.break.from === 'number' ? String(crossed.break.from) : crossed.break.from;
  const sentence = (text: string) => text.replace(/[.\s]+$/, '');
  return [
    {
      severity: 'warning',
      code: 'series-break-comparison',
      ...location(),
      message: {
        vi: `Năm gốc ${period} đo theo phương pháp cũ của chỉ số "${indicator.id}", mà hạn ${due.slice(0, 4)} thuộc phương pháp mới từ ${from} (${sentence(note.vi)}; ${source.document}): so sánh hai bên là so hai thứ khác nhau.`,
        en: `The baseline ${period} was measured by the old method of "${indicator.id}", while the deadline ${due.slice(0, 4)} falls under the new one from ${from} (${sentence(note.en ?? note.vi)}; ${source.document}): comparing them compares two different things.`,
      },
      hint: {
        vi: `Nếu kế hoạch có nêu số gốc theo phương pháp mới (ví dụ số rà soát đầu kỳ theo ${source.document}), ghi số đó vào "baseline" với period từ ${from} trở đi (số đầu kỳ ghi là ngày: period: "${crossed.date}"). Nếu kế hoạch chỉ nêu số gốc theo phương pháp cũ, giữ nguyên: trang web ghi chỉ tiêu này là không đánh giá được qua lần đổi phương pháp, thay vì tính tốc độ qua hai phương pháp.`,
        en: `If the plan gives a baseline under the new method (e.g. the start-of-period review under ${source.document}), enter that figure as "baseline" with a period from ${from} on (a start-of-period figure as a date: period: "${crossed.date}"). If the plan gives only the old-method baseline, keep it: the site marks the target as not judgeable across the change of method instead of computing a pace across two methods.`,
      },
    },
  ];
}

/** A year on its own: not part of a date (19/5/2021) or a document number (111/2024/QH15). */
const STANDALONE_YEAR = /(?<![\d/.-])(?:19|20)\d{2}(?![\d/])/g;
/** Words that make a sentence about a span even when it names one year ("từ năm 2021 đến nay"). */
const SPAN_WORDS = /giai đoạn|từ năm|từ \d{4}|đến nay|tới nay|trong \d+ năm|sau \d+ năm|\d+ năm qua|các năm|những năm|nhiệm kỳ|lũy kế|luỹ kế|cộng dồn|\d{4}\s*[-–]\s*\d{2,4}|since|through|between|cumulative|over the period/iu;

function periodRangeNamesOneYear(period: Period | null, quote: string | undefined, at: () => { file: string; line: number; column: number; figure: string }): Diagnostic[] {
  if (!period || period.kind !== 'span' || !quote || SPAN_WORDS.test(quote)) return [];
  const years = new Set([...quote.matchAll(STANDALONE_YEAR)].map((match) => Number(match[0])));
  if (years.size !== 1) return [];
  const [year] = years as Set<number> & Iterable<number>;
  return [{
    severity: 'warning',
    code: 'period-range-single-year',
    ...at(),
    message: {
      vi: `Số liệu ghi cho giai đoạn ${period.key}, nhưng câu trích chỉ nêu năm ${year}.`,
      en: `The figure is recorded for ${period.key}, but its quote names only the year ${year}.`,
    },
    hint: {
      vi: `Nếu số liệu là của riêng năm ${year}, viết period: ${year}. Nếu câu nói về cả giai đoạn, giữ nguyên: trang web hiện cảnh báo này cạnh số liệu.`,
      en: `If the figure is for ${year} alone, write period: ${year}. If the sentence is about the whole span, keep it: the site shows this warning beside the figure.`,
    },
  }];
}

/**
 * Administrative numbers restart every year (there is a 239/KH-UBND of 2021 and of 2024), so one
 * document is the same issuer, number and year; entered twice, it would be published as two.
 */
function duplicateDocuments(documents: readonly DocumentRecord[]): Diagnostic[] {
  const byKey = new Map<string, DocumentRecord[]>();
  for (const document of documents) {
    if (!document.number) continue;
    const year = document.parsedNumber?.year ?? document.issued?.slice(0, 4) ?? '';
    pushToList(byKey, `${document.issuer}\u0000${document.number}\u0000${year}`, document);
  }
  const diagnostics: Diagnostic[] = [];
  for (const same of byKey.values()) {
    const [first, ...repeats] = same;
    for (const document of repeats) {
      diagnostics.push({
        severity: 'error',
        code: 'duplicate-document',
        file: document.origin.file,
        ...document.origin.locate(['number']),
        message: {
          vi: `Văn bản số ${document.number} của "${document.issuer}" đã có ở ${first!.origin.file} (mã "${first!.id}"): một văn bản sẽ hiện thành hai.`,
          en: `Document ${document.number} of "${document.issuer}" is already at ${first!.origin.file} (id "${first!.id}"): one document would be published as two.`,
        },
        hint: {
          vi: `Nếu là cùng một văn bản, đổi source.document và các mã khác đang trỏ tới "${document.id}" thành "${first!.id}", rồi xóa tệp này. Nếu là hai văn bản khác nhau, đối chiếu số hiệu và ngày ban hành với bản gốc.`,
          en: `If it is the same document, point source.document and other references from "${document.id}" to "${first!.id}", then delete this file. If they are two documents, check the number and issue date against the originals.`,
        },
      });
    }
  }
  return diagnostics;
}
