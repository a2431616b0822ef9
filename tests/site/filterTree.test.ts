import { describe, expect, test } from 'vitest';
import { filterTree, type FilterNode } from '../../src/site/filter/filterTree.ts';

const node = (text: string, children: FilterNode[] = []): FilterNode => ({ text, children });
const namChay = node('Nậm Chày');
const danThang = node('Dần Thàng');
const vanBan = node('Văn Bàn', [namChay, danThang]);
const paCheo = node('Pa Cheo');
const batXat = node('Bát Xát', [paCheo]);
const laoCai = node('Lào Cai', [vanBan, batXat]);
const texts = (visible: Set<FilterNode>) => [...visible].map((n) => n.text).sort();

describe('the territory index filter', () => {
  test('finds a commune typed without diacritics and keeps its district and province around it', () => {
    expect(texts(filterTree([laoCai], 'nam chay'))).toEqual(['Lào Cai', 'Nậm Chày', 'Văn Bàn']);
  });

  test('a matching district shows every commune in it', () => {
    expect(texts(filterTree([laoCai], 'VAN BAN'))).toEqual(['Dần Thàng', 'Lào Cai', 'Nậm Chày', 'Văn Bàn']);
  });

  test('an empty query shows everything, and a query nothing matches shows nothing', () => {
    expect(filterTree([laoCai], '  ').size).toBe(6);
    expect(filterTree([laoCai], 'hà giang').size).toBe(0);
  });
});
