import { describe, expect, test } from 'vitest';
import { figureAmountText } from '../../src/present/figureText.ts';
import { unitWord } from '../../src/present/phrases.ts';

// Every expected string here is written by hand, as a reader of each language writes the figure.

describe('a figure in words, on Vietnamese pages', () => {
  test('numbers in vi-VN conventions with the unit as published: 1.306 hộ; 10,41%; 357,7 tỷ đồng', () => {
    expect(figureAmountText({ value: 1306 }, 'hộ', 'vi')).toBe('1.306 hộ');
    expect(figureAmountText({ value: 10.41 }, '%', 'vi')).toBe('10,41%');
    expect(figureAmountText({ value: 357.7 }, 'tỷ đồng', 'vi')).toBe('357,7 tỷ đồng');
    expect(figureAmountText({ value: 10.41 }, 'điểm %', 'vi')).toBe('10,41 điểm %');
  });

  test('each qualifier in the source’s own words', () => {
    expect(figureAmountText({ value: 686.5, qualifier: 'more-than' }, 'tỷ đồng', 'vi')).toBe('trên 686,5 tỷ đồng');
    expect(figureAmountText({ value: 2, qualifier: 'at-least' }, 'xã', 'vi')).toBe('ít nhất 2 xã');
    expect(figureAmountText({ value: 80, qualifier: 'about' }, '%', 'vi')).toBe('khoảng 80%');
    expect(figureAmountText({ value: 1200, qualifier: 'nearly' }, 'tỷ đồng', 'vi')).toBe('gần 1.200 tỷ đồng');
    expect(figureAmountText({ value: 8.86, qualifier: 'at-most' }, '%', 'vi')).toBe('không quá 8,86%');
    expect(figureAmountText({ value: 15, qualifier: 'less-than' }, '%', 'vi')).toBe('dưới 15%');
  });

  test('a target’s comparator reads as the plan writes it, never as a symbol', () => {
    expect(figureAmountText({ value: 15, comparator: '<' }, '%', 'vi')).toBe('dưới 15%');
    expect(figureAmountText({ value: 17.26, comparator: '<=' }, '%', 'vi')).toBe('không quá 17,26%');
    expect(figureAmountText({ value: 10, comparator: '>=' }, 'phiên', 'vi')).toBe('ít nhất 10 phiên');
    expect(figureAmountText({ value: 100, comparator: '>' }, '%', 'vi')).toBe('trên 100%');
    expect(figureAmountText({ value: 2, comparator: '=' }, 'xã', 'vi')).toBe('2 xã');
    expect(figureAmountText({ range: { min: 300, max: 350 }, comparator: 'between' }, 'người', 'vi')).toBe('300–350 người');
  });

  test('a denominator and a rank stay as stated', () => {
    expect(figureAmountText({ value: 106, outOf: 231 }, 'công trình', 'vi')).toBe('106/231 công trình');
    expect(figureAmountText({ value: 267, outOf: 551 }, 'hộ', 'vi')).toBe('267/551 hộ');
    expect(figureAmountText({ value: 17, outOf: 63 }, 'thứ hạng', 'vi')).toBe('thứ 17/63');
  });

  test('a stated figure keeps every decimal it has and gains none', () => {
    expect(figureAmountText({ value: 40.8 }, '%', 'vi')).toBe('40,8%');
    expect(figureAmountText({ value: 39.17912 }, '%', 'vi')).toBe('39,17912%');
    expect(figureAmountText({ value: 15 }, '%', 'vi')).toBe('15%');
  });
});

describe('a figure in words, on English pages', () => {
  test('English conventions and unit names', () => {
    expect(figureAmountText({ value: 1306 }, 'hộ', 'en')).toBe('1,306 households');
    expect(figureAmountText({ value: 10.41 }, '%', 'en')).toBe('10.41%');
    expect(figureAmountText({ value: 357.7 }, 'tỷ đồng', 'en')).toBe('357.7 billion VND');
    expect(unitWord('điểm %', 'en')).toBe('percentage points');
  });

  test('each qualifier and comparator in plain English', () => {
    expect(figureAmountText({ value: 686.5, qualifier: 'more-than' }, 'tỷ đồng', 'en')).toBe('more than 686.5 billion VND');
    expect(figureAmountText({ value: 2, qualifier: 'at-least' }, 'xã', 'en')).toBe('at least 2 communes');
    expect(figureAmountText({ value: 400, qualifier: 'about' }, 'học viên', 'en')).toBe('about 400 trainees');
    expect(figureAmountText({ value: 90, qualifier: 'nearly' }, '%', 'en')).toBe('nearly 90%');
    expect(figureAmountText({ value: 8.86, qualifier: 'at-most' }, '%', 'en')).toBe('at most 8.86%');
    expect(figureAmountText({ value: 15, qualifier: 'less-than' }, '%', 'en')).toBe('less than 15%');
    expect(figureAmountText({ value: 17.26, comparator: '<=' }, '%', 'en')).toBe('at most 17.26%');
    expect(figureAmountText({ value: 10.77, comparator: '>=' }, '%', 'en')).toBe('at least 10.77%');
    expect(figureAmountText({ range: { min: 300, max: 350 }, comparator: 'between' }, 'người', 'en')).toBe('300–350 people');
  });

  test('a denominator and a rank', () => {
    expect(figureAmountText({ value: 267, outOf: 551 }, 'hộ', 'en')).toBe('267/551 households');
    expect(figureAmountText({ value: 17, outOf: 63 }, 'thứ hạng', 'en')).toBe('rank 17 of 63');
  });

  test('a unit an older release used that the list no longer has is printed as written', () => {
    expect(figureAmountText({ value: 3 }, 'bản', 'en')).toBe('3 bản');
  });
});
