/**
 * The units a figure can be measured in. The list is closed so that a typo ("ho" for "hộ") is an
 * error, and each unit says which values make sense: a share cannot leave 0–100, a count of
 * households is a whole number.
 */
export const UNITS = {
  '%': { en: '%', measure: 'share' },
  'điểm %': { en: 'percentage points', measure: 'points' },
  'hộ': { en: 'households', measure: 'count' },
  'người': { en: 'people', measure: 'count' },
  'lao động': { en: 'workers', measure: 'count' },
  'học viên': { en: 'trainees', measure: 'count' },
  'lớp': { en: 'classes', measure: 'count' },
  'hội nghị': { en: 'conferences', measure: 'count' },
  'phiên': { en: 'sessions', measure: 'count' },
  'tiêu chí': { en: 'criteria', measure: 'count' },
  'tiêu chí/xã': { en: 'criteria per commune', measure: 'average' },
  'công trình': { en: 'works', measure: 'count' },
  'dự án': { en: 'projects', measure: 'count' },
  'xã': { en: 'communes', measure: 'count' },
  'huyện': { en: 'districts', measure: 'count' },
  'thôn': { en: 'villages', measure: 'count' },
  'cơ quan': { en: 'agencies', measure: 'count' },
  'tin bài': { en: 'news items', measure: 'count' },
  'ngày/tuần': { en: 'days per week', measure: 'average' },
  'tỷ đồng': { en: 'billion VND', measure: 'amount' },
  'triệu đồng': { en: 'million VND', measure: 'amount' },
  'triệu đồng/người': { en: 'million VND per person', measure: 'amount' },
  'thứ hạng': { en: 'rank', measure: 'rank' },
} as const satisfies Record<string, { en: string; measure: UnitMeasure }>;

export type UnitMeasure = 'share' | 'points' | 'count' | 'average' | 'amount' | 'rank';
export type Unit = keyof typeof UNITS;
export const UNIT_NAMES = Object.keys(UNITS) as [Unit, ...Unit[]];
