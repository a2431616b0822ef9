/**
 * Fills a skeleton's blanks the way a staff member would: every `key:` left empty with a comment
 * after it gets a plausible value. Lines to delete instead are listed in `remove`.
 */
export const TYPICAL_ANSWERS: Record<string, string> = {
  value: '12.5',
  locator: 'mục II.1',
  quote: '"tỷ lệ hộ nghèo còn 12,5%"',
  number: '12/BC-UBND',
  issuer: 'ubnd-lao-cai',
  issued: '2024-12-20',
  vi: 'Báo cáo kết quả năm 2024',
  en: 'Report on the 2024 results',
  url: 'https://example.org/bao-cao-2024',
  period: '2021-2025',
  scope: '[nhom-xa-ngheo]',
  name: 'Dần Thàng',
  level: 'commune',
  code: '"03080"',
  parent: 'van-ban',
  unit: 'hộ',
  kind: 'count',
  direction: 'decrease',
  decimals: '0',
  category: 'poverty',
  indicator: 'ty-le-ho-ngheo',
  territory: 'nam-chay',
};

export function fillBlanks(text: string, answers: Record<string, string> = {}, remove: readonly string[] = []): string {
  const all = { ...TYPICAL_ANSWERS, ...answers };
  return text
    .split('\n')
    .filter((line) => !remove.some((key) => new RegExp(`^\\s*(?:- )?${key}:\\s*(?:#.*)?$`).test(line)))
    .map((line) => {
      const blank = /^(\s*(?:- )?)([a-z_]+):\s+#.*$/.exec(line);
      if (!blank) return line;
      const answer = all[blank[2]!];
      if (answer === undefined) throw new Error(`no answer for the blank "${blank[2]}"`);
      return `${blank[1]}${blank[2]}: ${answer}`;
    })
    .join('\n');
}

/** Blanks still in a text: what the validator should report as "fill it in". */
export function blankKeys(text: string): string[] {
  return text.split('\n').flatMap((line) => /^\s*(?:- )?([a-z_]+):\s+#/.exec(line)?.[1] ?? []);
}
