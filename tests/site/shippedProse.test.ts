import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { TOO_SLOW_RATIO } from '../../src/core/derive/progress.ts';
import type { Locale } from '../../src/core/format/formatNumber.ts';
import { PROSE_PAGES, type ProsePage } from '../../src/site/routes.ts';
import { prosePagePath } from '../../src/site/select/prosePage.ts';

const read = (page: ProsePage, locale: Locale) => readFileSync(new URL(`../../${prosePagePath(page, locale)}`, import.meta.url), 'utf8');

describe('the prose pages in content/pages/', () => {
  test.each(Object.keys(PROSE_PAGES) as ProsePage[])('%s exists in Vietnamese and English, each starting with a title', (page) => {
    for (const locale of ['vi', 'en'] as Locale[]) expect(read(page, locale)).toMatch(/^# \S/);
  });

  test('the methodology states the thresholds the progress code uses', () => {
    expect(read('methodology', 'vi')).toContain(`${String(TOO_SLOW_RATIO).replace('.', ',')} ≤ R < 1`);
    expect(read('methodology', 'en')).toContain(`${TOO_SLOW_RATIO} ≤ R < 1`);
    expect(read('methodology', 'vi')).toContain('R ≥ 1');
  });
});
