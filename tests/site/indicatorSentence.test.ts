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
