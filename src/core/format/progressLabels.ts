import type { CannotJudgeReason, ProgressStatus } from '../model/types.ts';
import type { Locale } from './formatNumber.ts';

/**
 * The name of each verdict in plain words, the same on pages, in downloads, in citations and in the
 * pull-request diff. The methodology page keeps the technical terms (ratio, projection).
 */
export const PROGRESS_LABELS: Record<Locale, Record<ProgressStatus, string>> = {
  vi: {
    achieved: 'Đã đạt',
    'on-track': 'Đúng tiến độ',
    'too-slow': 'Cần tăng tốc',
    'little-progress': 'Tiến triển rất chậm',
    'moving-away': 'Đi ngược mục tiêu',
    'no-data': 'Chưa đủ số liệu',
    met: 'Đạt đúng hạn',
    missed: 'Không đạt',
    'due-no-result': 'Quá hạn, chưa công bố kết quả',
    'cannot-judge': 'Không đánh giá được',
  },
  en: {
    achieved: 'Achieved',
    'on-track': 'On track',
    'too-slow': 'Needs to speed up',
    'little-progress': 'Little progress',
    'moving-away': 'Moving away from the target',
    'no-data': 'Not enough data yet',
    met: 'Met by the deadline',
    missed: 'Missed',
    'due-no-result': 'Deadline passed, no result published',
    'cannot-judge': 'Cannot be judged',
  },
};

/** A symbol beside the words, so a status reads in print and without colour vision. */
export const PROGRESS_SYMBOLS: Record<ProgressStatus, string> = {
  achieved: '✓',
  'on-track': '→',
  'too-slow': '!',
  'little-progress': '!!',
  'moving-away': '↩',
  'no-data': '–',
  met: '✓',
  missed: '✗',
  'due-no-result': '?',
  'cannot-judge': '⊘',
};

export const CANNOT_JUDGE_REASONS: Record<Locale, Record<CannotJudgeReason, string>> = {
  vi: {
    'baseline-after-deadline': 'mốc ban đầu muộn hơn hạn của mục tiêu',
    'comparator-against-direction': 'cách so sánh của mục tiêu ngược với chiều tốt của chỉ số',
    'no-target-value': 'mục tiêu không có giá trị',
    'baseline-before-break': 'mốc ban đầu đo theo phương pháp (chuẩn) cũ, trước khi chỉ số đổi phương pháp, nên không so được với số liệu sau đó',
  },
  en: {
    'baseline-after-deadline': 'the baseline is later than the deadline',
    'comparator-against-direction': 'the target’s comparison runs against the indicator’s better direction',
    'no-target-value': 'the target has no value',
    'baseline-before-break': 'the baseline was measured by the old method (standard), before the indicator’s method changed, so it does not compare with later figures',
  },
};

export function progressLabel(status: ProgressStatus, locale: Locale): string {
  return PROGRESS_LABELS[locale][status];
}
