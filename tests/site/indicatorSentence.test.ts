import { describe, expect, test } from 'vitest';
import { indicatorFiguresByPlace, indicatorFiguresFor } from '../../src/site/select/indicatorFigures.ts';
import { indicatorSentence, indicatorSentenceParts } from '../../src/site/sentence/indicatorSentence.ts';
import { siteModel } from './siteFixture.ts';

const model = siteModel();
const namChay = model.index.place.get('nam-chay')!;
const figuresOf = (placeId: string, indicatorId: string) => indicatorFiguresFor(model, model.index.place.get(placeId)!).find((f) => f.indicator.id === indicatorId)!;

describe('the one-sentence summary of an indicator for a place', () => {
  test('names the first and latest figures with their periods, and the target', () => {
    expect(indicatorSentence(figuresOf('nam-chay', 'ty-le-ho-ngheo'), 'vi')).toBe('Tỷ lệ hộ nghèo giảm từ 48,46% (2022) xuống 40,8% (31/10/2023); mục tiêu năm 2025: dưới 15%.');
    expect(indicatorSentence(figuresOf('nam-chay', 'ty-le-ho-ngheo'), 'en')).toBe('Poverty rate fell from 48.46% (2022) to 40.8% (31 October 2023); target for 2025: less than 15%.');
  });

  test('names every value when sources disagree, never picking one', () => {
    expect(indicatorSentence(figuresOf('nhom-xa-ngheo', 'so-du-an'), 'vi')).toBe('Số dự án hỗ trợ sản xuất: 31 dự án hoặc 30 dự án (2023, các nguồn khác nhau).');
  });

  test('says when there are no figures yet, and splits into a subject pages can link', () => {
    const empty = { ...figuresOf('nam-chay', 'ty-le-ho-ngheo'), observations: [] };
    expect(indicatorSentence(empty, 'en')).toBe('Poverty rate: no figures yet; target for 2025: less than 15%.');
    const parts = indicatorSentenceParts(figuresOf('nam-chay', 'ty-le-ho-ngheo'), 'vi');
    expect(parts.subject).toBe('Tỷ lệ hộ nghèo');
    expect(parts.predicate.startsWith(' giảm từ')).toBe(true);
  });

  test('an indicator’s figures are split by place for its own page', () => {
    const byPlace = indicatorFiguresByPlace(model, model.index.indicator.get('ty-le-ho-ngheo')!);
    expect(byPlace.map((f) => f.place.id)).toEqual([namChay.id]);
    expect(byPlace[0]!.observations.map((o) => o.period.key)).toEqual(['2022', '2023-10-31']);
  });
});

describe('a change of method in the sentence', () => {
  const figures = figuresOf('nam-chay', 'ty-le-ho-ngheo');
  // A 2020 figure under the old poverty standard, lower than the 2022 one under the new standard:
  // joined, the sentence would say the rate rose from 30% to 40,8%.
  const restandardised = {
    ...figures,
    indicator: {
      ...figures.indicator,
      breaks: [{ from: 2022, note: { vi: 'Chuẩn nghèo 2022–2025.' }, label: { vi: 'Đổi chuẩn nghèo', en: 'Poverty standard changed' }, source: { document: 'Nghị định 07/2021/NĐ-CP' } }],
    },
    observations: [{ ...figures.observations[0]!, id: 'old-standard', period: { kind: 'year' as const, year: 2020, key: '2020' }, value: 30 }, ...figures.observations],
  };

  test('describes only the latest method\'s figures and says the method changed', () => {
    expect(indicatorSentence(restandardised, 'vi')).toBe(
      'Tỷ lệ hộ nghèo giảm từ 48,46% (2022) xuống 40,8% (31/10/2023); đổi chuẩn nghèo từ năm 2022, không so sánh với số liệu trước đó; mục tiêu năm 2025: dưới 15%.',
    );
    expect(indicatorSentence(restandardised, 'en')).toBe(
      'Poverty rate fell from 48.46% (2022) to 40.8% (31 October 2023); poverty standard changed from 2022; earlier figures are not compared; target for 2025: less than 15%.',
    );
  });

  test('says nothing of a break no figure crosses', () => {
    expect(indicatorSentence({ ...restandardised, observations: figures.observations }, 'vi')).toBe('Tỷ lệ hộ nghèo giảm từ 48,46% (2022) xuống 40,8% (31/10/2023); mục tiêu năm 2025: dưới 15%.');
  });
});
