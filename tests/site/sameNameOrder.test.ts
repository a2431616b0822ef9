import { describe, expect, test } from 'vitest';
import { nameWithoutDates, placesWithFiguresFirst } from '../../src/site/search/sameNameOrder.ts';

const result = (title: string, figures?: string) => ({ meta: figures ? { title, figures } : { title } });

describe('search results that share a name', () => {
  test('reads the name without its dates', () => {
    expect(nameWithoutDates('Xã Nậm Chày (đến 30/6/2025)')).toBe('Xã Nậm Chày');
    expect(nameWithoutDates('Xã Nậm Chày')).toBe('Xã Nậm Chày');
  });

  test('put the place with figures where the first of them stood, leaving every other result in place', () => {
    const results = [result('Xã Nậm Chày (từ 1/7/2025)'), result('Bài báo về Nậm Chày'), result('Xã Nậm Chày (đến 30/6/2025)', 'yes'), result('Xã Dần Thàng (đến 30/6/2025)')];
    expect(placesWithFiguresFirst(results).map((r) => r.meta.title)).toEqual(['Xã Nậm Chày (đến 30/6/2025)', 'Bài báo về Nậm Chày', 'Xã Nậm Chày (từ 1/7/2025)', 'Xã Dần Thàng (đến 30/6/2025)']);
  });

  test('keep relevance order when both or neither have figures', () => {
    const both = [result('Tỉnh Lào Cai (từ 1/7/2025)', 'yes'), result('Tỉnh Lào Cai (đến 30/6/2025)', 'yes')];
    expect(placesWithFiguresFirst(both)).toEqual(both);
    const neither = [result('Xã A (từ 1/7/2025)'), result('Xã A (đến 30/6/2025)')];
    expect(placesWithFiguresFirst(neither)).toEqual(neither);
  });
});
