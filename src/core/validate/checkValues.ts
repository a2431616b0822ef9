import type { Diagnostic } from '../diagnostics.ts';
import type { Origin } from '../load/loadProject.ts';
import type { PathSegment } from '../load/yamlWithPositions.ts';
import type { Indicator, Model } from '../model/types.ts';
import { UNITS } from '../schema/units.ts';
import { formatNumber } from '../format/formatNumber.ts';

/**
 * Values that cannot be true for their unit: a share outside 0–100, a negative or fractional
 * count of households (often "1.306" typed for 1306), or more decimals than are published.
 */
export function checkValues(model: Pick<Model, 'observations' | 'targets' | 'index'>): Diagnostic[] {
  // Each check adds to this one list: a list per value checked, 600.000 at national scale, and
  // spreading each into it took half of this function's time.
  const diagnostics: Diagnostic[] = [];
  for (const observation of model.observations) {
    const indicator = model.index.indicator.get(observation.indicator);
    if (!indicator) continue;
    checkValue(observation.value, indicator, observation.origin, VALUE_PATH, diagnostics);
    if (observation.out_of !== undefined) checkValue(observation.out_of, indicator, observation.origin, OUT_OF_PATH, diagnostics);
  }
  for (const target of model.targets) {
    const indicator = model.index.indicator.get(target.indicator);
    const shape = checkTargetShape(target.comparator, target.value, target.range, target.origin);
    diagnostics.push(...shape);
    if (!indicator) continue;
    if (target.value !== undefined) checkValue(target.value, indicator, target.origin, VALUE_PATH, diagnostics);
    if (target.range) {
      checkValue(target.range.min, indicator, target.origin, ['range', 'min'], diagnostics);
      checkValue(target.range.max, indicator, target.origin, ['range', 'max'], diagnostics);
    }
    if (target.baseline) checkValue(target.baseline.value, indicator, target.origin, ['baseline', 'value'], diagnostics);
  }
  return diagnostics;
}

const VALUE_PATH: readonly PathSegment[] = ['value'];
const OUT_OF_PATH: readonly PathSegment[] = ['out_of'];

/** Adds to `diagnostics` what is wrong with `value` for its indicator. */
function checkValue(value: number, indicator: Indicator, origin: Origin, path: readonly PathSegment[], diagnostics: Diagnostic[]): void {
  // Positions are looked up only for values that get a diagnostic (see load/parseYaml.ts).
  const at = () => ({ file: origin.file, ...origin.locate(path) });
  const measure = UNITS[indicator.unit].measure;
  const isStock = indicator.kind === 'level' || indicator.kind === 'count' || indicator.kind === 'amount' || indicator.kind === 'ratio';

  if (!Number.isFinite(value)) {
    diagnostics.push({
      severity: 'error',
      code: 'value-out-of-range',
      ...at(),
      message: { vi: `Giá trị ${value} không phải là một số hữu hạn.`, en: `The value ${value} is not a finite number.` },
      hint: { vi: 'Ghi đúng con số trong nguồn; nếu chưa biết, bỏ hẳn số liệu này.', en: 'Write the number the source gives; if unknown, leave the figure out.' },
    });
    return;
  }

  if (measure === 'share' && indicator.kind === 'level' && (value < 0 || value > 100)) {
    diagnostics.push({
      severity: 'error',
      code: 'value-out-of-range',
      ...at(),
      message: { vi: `Tỷ lệ ${value}% nằm ngoài khoảng 0–100.`, en: `The share ${value}% is outside 0–100.` },
      hint: { vi: `Kiểm tra lại số trong nguồn. Nếu nguồn nói "đạt ${value}% kế hoạch", đó là một chỉ số khác ("% so với kế hoạch", kind: ratio), không phải "${indicator.id}".`, en: `Check the source. If it says "${value}% of the plan", that is another indicator ("% of plan", kind: ratio), not "${indicator.id}".` },
    });
  } else if (isStock && value < 0) {
    diagnostics.push({
      severity: 'error',
      code: 'value-out-of-range',
      ...at(),
      message: { vi: `Giá trị âm (${value}) không thể có với chỉ số "${indicator.id}" (${indicator.unit}).`, en: `A negative value (${value}) is impossible for "${indicator.id}" (${indicator.unit}).` },
      hint: { vi: 'Một mức giảm được ghi bằng chỉ số loại "change" với số dương; kiểm tra dấu trừ.', en: 'A decrease is recorded with a "change" indicator as a positive number; check the minus sign.' },
    });
  }

  if ((measure === 'count' || measure === 'rank') && !Number.isInteger(value)) {
    const thousands = Number.isInteger(Math.round(value * 1000 * 1e6) / 1e6) ? Math.round(value * 1000) : null;
    diagnostics.push({
      severity: 'error',
      code: 'value-not-whole',
      ...at(),
      message: measure === 'rank'
        ? { vi: `Thứ hạng phải là số nguyên, nhưng giá trị là ${value}.`, en: `A rank must be a whole number, but the value is ${value}.` }
        : { vi: `Số ${indicator.unit} phải là số nguyên, nhưng giá trị là ${value}.`, en: `A number of ${UNITS[indicator.unit].en} must be whole, but the value is ${value}.` },
      hint: thousands !== null && value < 1000
        ? { vi: `Nếu nguồn ghi "${value}" với dấu chấm ngăn cách hàng nghìn (kiểu Việt Nam), hãy viết ${thousands}: trong tệp dữ liệu không dùng dấu ngăn cách hàng nghìn.`, en: `If the source writes "${value}" with a dot between thousands (Vietnamese style), write ${thousands}: data files use no thousands separator.` }
        : { vi: 'Kiểm tra lại con số trong nguồn.', en: 'Check the number in the source.' },
    });
  } else {
    const decimals = decimalPlaces(value);
    const asPercent = Math.round(value * 100 * 1e9) / 1e9;
    if (measure === 'share' && value !== 0 && Math.abs(value) < 1 && decimals > indicator.decimals && decimalPlaces(asPercent) <= indicator.decimals) {
      // 0.4846 for 48,46%: raising the indicator's decimals (the usual fix for a precise value)
      // would publish "0,4846%" and change how every other figure of the indicator is shown.
      diagnostics.push({
        severity: 'error',
        code: 'value-as-fraction',
        ...at(),
        message: {
          vi: `Giá trị ${value} là một phân số, nhưng chỉ số "${indicator.id}" tính bằng phần trăm: trang web sẽ hiện ${formatNumber(value, 'vi', indicator.decimals)}%, không phải ${formatNumber(asPercent, 'vi', indicator.decimals)}%.`,
          en: `The value ${value} is a fraction, but "${indicator.id}" is in percent: the site would show ${formatNumber(value, 'en', indicator.decimals)}%, not ${formatNumber(asPercent, 'en', indicator.decimals)}%.`,
        },
        hint: {
          vi: `Nếu nguồn ghi ${formatNumber(asPercent, 'vi', 4)}%, viết ${asPercent} (tỷ lệ ghi theo phần trăm, không có dấu %). Nếu tỷ lệ thật sự nhỏ hơn 1%, đối chiếu lại với nguồn.`,
          en: `If the source says ${formatNumber(asPercent, 'en', 4)}%, write ${asPercent} (rates are written in percent, without the % sign). If the rate really is below 1%, check it against the source.`,
        },
      });
    } else if (decimals > indicator.decimals) {
      diagnostics.push({
        severity: 'warning',
        code: 'value-too-precise',
        ...at(),
        message: {
          vi: `Giá trị ${value} có ${decimals} chữ số thập phân, nhưng chỉ số "${indicator.id}" chỉ hiển thị ${indicator.decimals} chữ số thập phân: trang web sẽ làm tròn số này.`,
          en: `The value ${value} has ${decimals} decimals, but "${indicator.id}" shows ${indicator.decimals}: the site would round it.`,
        },
        hint: { vi: `Tăng "decimals" của chỉ số lên ${decimals} để số liệu hiển thị đúng như nguồn.`, en: `Raise the indicator's "decimals" to ${decimals} so the figure shows exactly as the source states it.` },
      });
    }
  }
}

export function decimalPlaces(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  const text = String(value);
  // Nearly every value is written without an exponent ("10.41"): counted from the dot, without
  // the pattern and the split lists, which took most of this check's time at national scale.
  if (!text.includes('e')) return text.length - text.indexOf('.') - 1;
  const exponent = /e-(\d+)$/.exec(text);
  if (exponent) return Number(exponent[1]) + (text.split('e')[0]!.split('.')[1]?.length ?? 0);
  return text.split('.')[1]?.length ?? 0;
}

function checkTargetShape(comparator: string, value: number | undefined, range: { min: number; max: number } | undefined, origin: Origin): Diagnostic[] {
  const at = () => ({ file: origin.file, ...origin.locate(['comparator']) });
  if (comparator === 'between') {
    if (!range) {
      return [{ severity: 'error', code: 'target-shape', ...at(), message: { vi: 'Chỉ tiêu dạng "between" cần "range: {min, max}".', en: 'A "between" target needs "range: {min, max}".' }, hint: { vi: 'Ví dụ: range: { min: 300, max: 350 }', en: 'For example: range: { min: 300, max: 350 }' } }];
    }
    if (range.min > range.max) {
      return [{ severity: 'error', code: 'target-shape', ...at(), message: { vi: `Khoảng chỉ tiêu ngược: min ${range.min} lớn hơn max ${range.max}.`, en: `The target range is reversed: min ${range.min} exceeds max ${range.max}.` }, hint: { vi: 'Đổi chỗ min và max.', en: 'Swap min and max.' } }];
    }
    if (value !== undefined) {
      return [{ severity: 'error', code: 'target-shape', ...at(), message: { vi: 'Chỉ tiêu "between" không dùng "value".', en: 'A "between" target takes no "value".' }, hint: { vi: 'Xóa dòng value, giữ range.', en: 'Remove the value line; keep the range.' } }];
    }
    return [];
  }
  if (value === undefined) {
    return [{ severity: 'error', code: 'target-shape', ...at(), message: { vi: `Chỉ tiêu "${comparator}" cần một giá trị "value".`, en: `A "${comparator}" target needs a "value".` }, hint: { vi: 'Thêm dòng value: <số>, hoặc dùng comparator: between với range.', en: 'Add a value: <number> line, or use comparator: between with a range.' } }];
  }
  if (range) {
    return [{ severity: 'error', code: 'target-shape', ...at(), message: { vi: 'Chỉ dùng "range" với comparator "between".', en: 'Use "range" only with comparator "between".' }, hint: { vi: 'Xóa range hoặc đổi comparator thành between.', en: 'Remove the range, or set comparator: between.' } }];
  }
  return [];
}
