/**
 * The numbers a Vietnamese or English sentence writes, with every reading each could have.
 *
 * A source writes one figure many ways: "60,95%" (Vietnamese decimal comma), "60.95" (English),
 * "3.124" or "3 124" (Vietnamese thousands), "3,124" (English thousands), "1,5 triệu" (a scale
 * word), "304.800 triệu đồng" for 304,8 tỷ đồng. "3.124" alone cannot say whether it is three
 * thousand or three point one: both readings are kept, and a figure matches if any reading does.
 */
export interface NumberInText {
  /** The characters as written, e.g. "3.124". */
  written: string;
  /** Offset in the text where the number starts. */
  offset: number;
  /** Every value the writing can mean, each with the decimals it was written with. */
  readings: { value: number; decimals: number }[];
  /** The scale word after the number ("triệu" → 1e6), or 1. */
  scale: number;
}

/** Digits with group separators (dot, comma, space, no-break spaces) and an optional decimal part. */
const NUMBER = /(?<![\p{L}\d])\d+(?:[.,\u0020\u00a0\u202f]\d+)*(?![\p{L}\d])/gu;
const SCALE_WORDS: [RegExp, number][] = [
  [/^\s*(?:nghìn|ngàn|thousand)\b/iu, 1e3],
  [/^\s*(?:triệu|million)\b/iu, 1e6],
  [/^\s*(?:tỷ|tỉ|billion)\b/iu, 1e9],
];

export function numbersInText(text: string): NumberInText[] {
  const found: NumberInText[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const written = match[0];
    const after = text.slice(match.index + written.length, match.index + written.length + 12);
    const scale = SCALE_WORDS.find(([pattern]) => pattern.test(after))?.[1] ?? 1;
    found.push({ written, offset: match.index, readings: readingsOf(written), scale });
    // "năm 2023 630 hộ": a space may separate two numbers rather than thousands, so each part
    // is also a number of its own.
    const parts = written.split(/[\u0020\u00a0\u202f]/);
    if (parts.length > 1) {
      let offset = match.index;
      for (const part of parts) {
        found.push({ written: part, offset, readings: readingsOf(part), scale: 1 });
        offset += part.length + 1;
      }
    }
  }
  return found;
}

function readingsOf(written: string): { value: number; decimals: number }[] {
  const readings: { value: number; decimals: number }[] = [];
  const separators = written.match(/[.,\u0020\u00a0\u202f]/g) ?? [];
  if (separators.length === 0) return [{ value: Number(written), decimals: 0 }];
  const groups = written.split(/[.,\u0020\u00a0\u202f]/);
  // One separator: a decimal mark ("60,95", "60.95"), or thousands if three digits follow ("3.124").
  if (separators.length === 1) {
    if (separators[0] !== ' ' && separators[0] !== '\u00a0' && separators[0] !== '\u202f') {
      readings.push({ value: Number(`${groups[0]}.${groups[1]}`), decimals: groups[1]!.length });
    }
    if (groups[1]!.length === 3 && groups[0]!.length <= 3) readings.push({ value: Number(groups.join('')), decimals: 0 });
    return readings;
  }
  // Several: all but the last are thousands separators, one kind throughout ("1.306.000");
  // the last is either one more of them or the decimal mark ("1.306,5").
  const thousands = separators[0]!;
  const head = groups.slice(0, -1);
  const last = groups.at(-1)!;
  const wellGrouped = head[0]!.length <= 3 && head.slice(1).every((group) => group.length === 3);
  if (!wellGrouped || separators.slice(0, -1).some((separator) => separator !== thousands)) return readings;
  const lastSeparator = separators.at(-1)!;
  if (lastSeparator === thousands && last.length === 3) readings.push({ value: Number(groups.join('')), decimals: 0 });
  if (lastSeparator !== thousands && (lastSeparator === '.' || lastSeparator === ',')) {
    readings.push({ value: Number(`${head.join('')}.${last}`), decimals: last.length });
  }
  return readings;
}

/**
 * Whether a reading from the text states `value` at the figure's own precision: a source's
 * "60,95" states 60.95 (and 61, a figure kept without decimals), but not 60.97; a figure of 48.46
 * is not stated by "48,5".
 */
export function statesValue(reading: { value: number; decimals: number }, value: number, valueDecimals: number): boolean {
  const factor = 10 ** valueDecimals;
  return Math.round(reading.value * factor) === Math.round(value * factor);
}
