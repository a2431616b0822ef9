import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Model } from '../../../src/core/model/types.ts';
import { readAndBuild } from '../../../src/site/loadSiteModel.ts';
import { pagePreview } from '../../../src/site/share/pagePreview.ts';
import { placesWithOwnCards, shareImageFile } from '../../../src/site/share/sharePaths.ts';
import { ROOT } from '../../support/siteUnderTest.ts';
import { generateSyntheticData } from '../../bench/syntheticData.ts';

/** The card files the image route draws for territories (its getStaticPaths without drawing). */
const shareImagePathsOf = async (m: Model) => placesWithOwnCards(m).map((place) => shareImageFile('territories', place.id, 'vi'));

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

describe('link preview cards at national scale', () => {
  // M: 1.000 communes, more than the 500 that get a card each (2.000 cards, about four minutes of a first build).
  let synthetic: Model;
  const folder = mkdtempSync(join(tmpdir(), 'minhbach-cards-'));
  beforeAll(async () => {
    generateSyntheticData('M', folder);
    ({ model: synthetic } = await readAndBuild(folder, ROOT));
  }, 120_000);
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  test("a commune's page shows its province's card, and still names the commune in its description", () => {
    const commune = synthetic.territories.find((territory) => territory.level === 'commune')!;
    const province = synthetic.index.place.get(commune.parent!)!;
    const preview = pagePreview(synthetic, { kind: 'entity', section: 'territories', id: commune.id }, 'vi', version);
    expect(preview.description!.startsWith(`${commune.name}: `)).toBe(true);
    expect(preview.image?.path).toBe(`/anh-chia-se/dia-ban/${province.id}.png`);
    expect(preview.image?.alt).toBe(pagePreview(synthetic, { kind: 'entity', section: 'territories', id: province.id }, 'vi', version).image?.alt);
  });

  test('no card is drawn for a commune, and every card a page names is drawn', async () => {
    const files = new Set((await shareImagePathsOf(synthetic)).map((path) => `/anh-chia-se/${path}`));
    expect([...files].filter((file) => file.includes('/dia-ban/xa-'))).toEqual([]);
    for (const territory of synthetic.territories.slice(0, 50)) {
      const image = pagePreview(synthetic, { kind: 'entity', section: 'territories', id: territory.id }, 'vi', version).image;
      expect(files.has(image!.path)).toBe(true);
    }
  });
});
