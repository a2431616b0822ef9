import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readAndBuild } from '../../src/site/loadSiteModel.ts';
import { figurePath, indicatorPath, indicatorRegionPath } from '../../src/site/routes.ts';
import { documentFigureListing } from '../../src/site/select/documentFigureListing.ts';
import { indicatorLayout } from '../../src/site/select/indicatorRegions.ts';
import { indicatorView } from '../../src/site/views/indicatorView.ts';
import { yearView } from '../../src/site/views/yearView.ts';
import { ui } from '../../src/present/phrases.ts';
import { generateSyntheticData } from '../bench/syntheticData.ts';

// The smallest synthetic dataset: 2 provinces, 100 communes, 30 indicators over 6 years.
const folder = mkdtempSync(join(tmpdir(), 'minhbach-scale-test-'));
generateSyntheticData('S', folder);
const { model } = await readAndBuild(folder);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('pages stay readable when an indicator covers many communes', () => {
  test('an indicator with 100 communes lists its provinces, and each province page lists its 50 communes', () => {
    const layout = indicatorLayout(model, 'chi-so-1');
    expect(layout.ownPage).toEqual([]);
    expect(layout.regions.map(({ region }) => region.id)).toEqual(['tinh-1', 'tinh-2']);
    expect(layout.regions.map(({ figuresByPlace }) => figuresByPlace.length)).toEqual([50, 50]);
    const listed = layout.regions.flatMap(({ figuresByPlace }) => figuresByPlace.flatMap((f) => [...f.observations, ...f.targets]));
    expect(listed).toHaveLength(model.observations.filter((o) => o.indicator === 'chi-so-1').length + model.targets.filter((t) => t.indicator === 'chi-so-1').length);
  });

  test('a year of 3.000 commune results is counted per indicator, each linked to its page, instead of listed row by row', () => {
    const view = yearView(model, 2020, 'vi', ui('vi'));
    expect(view.listed).toEqual([]);
    expect(view.summarised).toHaveLength(30);
    expect(view.summarised[0]).toEqual({ name: 'Chỉ số tổng hợp 1', href: '/chi-so/chi-so-1/', count: '100 số liệu cấp xã' });
  });

  test('the indicator page says how many places have figures, and that each province has a page of them', () => {
    expect(indicatorView(model, 'chi-so-1', 'vi', ui('vi')).regionsNote).toBe('Chỉ số này có số liệu của 100 địa bàn, quá nhiều cho một trang: số liệu các xã, huyện của mỗi tỉnh ở trang riêng của tỉnh đó.');
    expect(indicatorView(model, 'chi-so-1', 'en', ui('en')).regionsNote).toBe('This indicator has figures for 100 territories, too many for one page: each province’s communes and districts are on a page of their own.');
  });

  test('every figure’s permalink is the page that lists its row', () => {
    const rowsByPage = new Map<string, Set<string>>();
    for (const indicator of model.indicators) {
      for (const { region, figuresByPlace } of indicatorLayout(model, indicator.id).regions) {
        const ids = new Set(figuresByPlace.flatMap((f) => [...f.observations, ...f.targets].map((figure) => figure.id)));
        for (const locale of ['vi', 'en'] as const) rowsByPage.set(indicatorRegionPath(indicator.id, region.id, locale), ids);
      }
    }
    const misplaced = [...model.observations, ...model.targets].flatMap((figure) =>
      (['vi', 'en'] as const).flatMap((locale) => {
        const [page, anchor] = figurePath(model, figure, locale).split('#') as [string, string];
        return anchor === figure.id && rowsByPage.get(page)?.has(figure.id) ? [] : [`${figure.id} → ${page}`];
      }),
    );
    expect(misplaced).toEqual([]);
    expect(figurePath(model, model.observations[0]!, 'en')).toMatch(/^\/en\/indicators\/chi-so-\d+\/tinh-\d\/#/);
  });

  test('a report of 1.500 figures counts them per indicator and province, linking to the page that lists them', () => {
    const listing = documentFigureListing(model, 'bao-cao-tinh-1-2023');
    expect(listing.all).toHaveLength(1500);
    expect(listing.listed).toEqual([]);
    expect(listing.counted).toHaveLength(30);
    expect(listing.counted.reduce((sum, entry) => sum + entry.count, 0)).toBe(1500);
    expect(listing.counted[0]).toMatchObject({ count: 50, listedOn: 'tinh-1' });
    expect(listing.counted[0]!.region!.id).toBe('tinh-1');
  });

  test('a document with few figures still lists every one', () => {
    const listing = documentFigureListing(model, 'bao-cao-tinh-1-2023', 2000);
    expect(listing.listed).toHaveLength(1500);
    expect(listing.counted).toEqual([]);
  });
});

test('an indicator of few places keeps every row, and every permalink, on its own page', async () => {
  const { siteModel } = await import('./siteFixture.ts');
  const small = siteModel();
  const observation = small.observations.find((o) => o.territory === 'nam-chay')!;
  expect(indicatorLayout(small, observation.indicator).regions).toEqual([]);
  expect(figurePath(small, observation, 'vi')).toBe(`${indicatorPath(observation.indicator, 'vi')}#${observation.id}`);
});
