import { beforeAll, describe, expect, test } from 'vitest';
import type { Model } from '../../../src/core/model/types.ts';
import { readAndBuild } from '../../../src/site/loadSiteModel.ts';
import { pagePreview } from '../../../src/site/share/pagePreview.ts';
import { ROOT } from '../../support/siteUnderTest.ts';

const version = { tag: null, commitsSinceTag: 0, commit: 'abc', shortCommit: 'abc1234', date: '2026-12-02' };
let model: Model;
beforeAll(async () => {
  ({ model } = await readAndBuild(ROOT, ROOT));
});

// Expected figures are read from plans/lao-cai (the Nậm Chày article and the 2023 results), not from the model.
describe('link previews carry the headline figure in words', () => {
  test('a commune: its latest poverty rate, the target and the date of the data', () => {
    const preview = pagePreview(model, { kind: 'entity', section: 'territories', id: 'nam-chay' }, 'vi', version);
    expect(preview.description).toContain('Nậm Chày: Tỷ lệ hộ nghèo giảm từ 48,46% (2022) xuống 40,8% (31/10/2023); mục tiêu năm 2025: dưới 15%.');
    expect(preview.image?.path).toBe('/anh-chia-se/dia-ban/nam-chay.png');
    expect(preview.image?.alt).toContain('40,8% (31/10/2023)');
    expect(preview.image?.alt).toContain('dữ liệu ngày 2/12/2026');
  });

  test('the English page words the same figure in English', () => {
    const preview = pagePreview(model, { kind: 'entity', section: 'territories', id: 'nam-chay' }, 'en', version);
    expect(preview.description).toContain('40.8%');
    expect(preview.image?.path).toBe('/en/share-images/territories/nam-chay.png');
    expect(preview.image?.alt).toContain('data of 2 December 2026');
  });

  test('where sources disagree (30 or 31 projects in 2023), the card shows both and says so', () => {
    const preview = pagePreview(model, { kind: 'entity', section: 'indicators', id: 'so-du-an-ho-tro-phat-trien-san-xuat' }, 'vi', version);
    expect(preview.image?.alt).toMatch(/(31 dự án hoặc 30 dự án|30 dự án hoặc 31 dự án) \(2023, các nguồn khác nhau\)/);
  });

  test('a document page is described by its number and date', () => {
    const preview = pagePreview(model, { kind: 'entity', section: 'plans', id: 'kh-239-ubnd-2021' }, 'vi', version);
    expect(preview.description).toMatch(/^Kế hoạch 239\/KH-UBND \(19\/5\/2021\)\./);
  });
});
