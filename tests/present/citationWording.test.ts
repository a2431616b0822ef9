import { describe, expect, test } from 'vitest';
import { UNKNOWN_VERSION, type DataVersion } from '../../src/core/model/dataVersion.ts';
import { citationText } from '../../src/present/citation.ts';
import { citationFromParts, type CitationParts } from '../../src/present/citationWording.ts';
import { build } from '../core/projectFixture.ts';

/** Parts as a commune page shows them: what the browser reads back from the row, its table and the list of sources. */
const OBSERVATION: CitationParts = {
  subject: 'Tỷ lệ hộ nghèo, Nậm Chày',
  when: '2022',
  target: false,
  amount: '267/551 hộ',
  source: 'Báo cáo số 200/BC-UBND ngày 15/1/2023 của UBND huyện Văn Bàn, “Báo cáo kết quả giảm nghèo năm 2022”',
  locator: 'phụ lục 1',
  url: 'https://vanban.example/200',
  cautions: ['không có câu trích nguyên văn', 'không rõ ngày'],
  version: 'Dữ liệu minhbach, phiên bản v2024.1 (aaaaaaa, 2024-04-03)',
  permalink: 'https://example.org/chi-so/ty-le-ho-ngheo/#ty-le-ho-ngheo--nam-chay--2022',
};

describe('one wording for a citation composed on the server or in the browser', () => {
  test('an observation: the figure as its row shows it, the source in full with where in it, the cautions, the version, the permalink', () => {
    expect(citationFromParts(OBSERVATION, 'vi')).toBe(
      'Tỷ lệ hộ nghèo, Nậm Chày, năm 2022: 267/551 hộ. ' +
        'Nguồn: Báo cáo số 200/BC-UBND ngày 15/1/2023 của UBND huyện Văn Bàn, “Báo cáo kết quả giảm nghèo năm 2022”, phụ lục 1, https://vanban.example/200. ' +
        'Lưu ý về nguồn: không có câu trích nguyên văn; không rõ ngày. ' +
        'Dữ liệu minhbach, phiên bản v2024.1 (aaaaaaa, 2024-04-03). ' +
        'https://example.org/chi-so/ty-le-ho-ngheo/#ty-le-ho-ngheo--nam-chay--2022 (truy cập ngày [ngày truy cập]).',
    );
  });

  test('a dated figure keeps its date, a span its dash; in English a year stays bare', () => {
    expect(citationFromParts({ ...OBSERVATION, when: '31/10/2023' }, 'vi')).toMatch(/^Tỷ lệ hộ nghèo, Nậm Chày, 31\/10\/2023: /);
    expect(citationFromParts({ ...OBSERVATION, when: '2021–2023' }, 'vi')).toMatch(/^Tỷ lệ hộ nghèo, Nậm Chày, 2021–2023: /);
    expect(citationFromParts({ ...OBSERVATION, subject: 'Poverty rate, Nậm Chày', amount: '267/551 households' }, 'en')).toMatch(/^Poverty rate, Nậm Chày, 2022: 267\/551 households\. Source: /);
  });

  test('a target: its deadline, its verdict, then the quote; the access date the reader copies it on', () => {
    const { locator: _locator, url: _url, ...unlocated } = OBSERVATION;
    const target: CitationParts = {
      ...unlocated,
      when: '2025',
      target: true,
      amount: 'dưới 15%',
      status: 'Tình trạng (đã qua hạn): Quá hạn, chưa công bố kết quả.',
      cautions: [],
      quote: 'phấn đấu đến năm 2025 tỷ lệ hộ nghèo dưới 15%',
      accessDate: '2026-12-03',
    };
    expect(citationFromParts(target, 'vi')).toBe(
      'Tỷ lệ hộ nghèo, Nậm Chày, mục tiêu đến năm 2025: dưới 15%. ' +
        'Tình trạng (đã qua hạn): Quá hạn, chưa công bố kết quả. ' +
        'Nguồn: Báo cáo số 200/BC-UBND ngày 15/1/2023 của UBND huyện Văn Bàn, “Báo cáo kết quả giảm nghèo năm 2022”. ' +
        'Trích: “phấn đấu đến năm 2025 tỷ lệ hộ nghèo dưới 15%”. ' +
        'Dữ liệu minhbach, phiên bản v2024.1 (aaaaaaa, 2024-04-03). ' +
        'https://example.org/chi-so/ty-le-ho-ngheo/#ty-le-ho-ngheo--nam-chay--2022 (truy cập ngày 3/12/2026).',
    );
    const { status: _status, ...unjudged } = target;
    expect(citationFromParts({ ...unjudged, subject: 'Poverty rate, Nậm Chày' }, 'en')).toMatch(/^Poverty rate, Nậm Chày, target for 2025: dưới 15%\. Source: .* \(accessed 3 December 2026\)\.$/);
  });
});

describe('the data version in a citation', () => {
  const FIGURE = 'muc-giam-ty-le-ho-ngheo--nhom-xa-ngheo--2023--bai-2023';

  test('a build without git history says "không rõ phiên bản" once, not "phiên bản không rõ phiên bản"', () => {
    const { model } = build();
    const figure = model.index.observation.get(FIGURE)!;
    const vi = citationText(model, figure, 'vi', UNKNOWN_VERSION, '/x');
    expect(vi).toContain(' Dữ liệu minhbach, không rõ phiên bản (bản dựng không có lịch sử git). /x ');
    expect(vi).not.toMatch(/phiên bản không rõ/);
    expect(citationText(model, figure, 'en', UNKNOWN_VERSION, '/x')).toContain(' minhbach data, unknown version (built without git history). /x ');
  });

  test('a release by its tag, a snapshot and unsaved data by their own labels', () => {
    const { model } = build();
    const figure = model.index.observation.get(FIGURE)!;
    const release: DataVersion = { tag: 'v2024.1', commitsSinceTag: 0, commit: 'a'.repeat(40), shortCommit: 'aaaaaaa', date: '2024-04-03' };
    expect(citationText(model, figure, 'vi', release, '/x')).toContain(' Dữ liệu minhbach, phiên bản v2024.1 (aaaaaaa, 2024-04-03). /x ');
    expect(citationText(model, figure, 'vi', { ...release, commitsSinceTag: 2 }, '/x')).toContain(' minhbach, dữ liệu ngày 3/4/2024, bản aaaaaaa, sau phiên bản v2024.1. /x ');
    expect(citationText(model, figure, 'en', { ...release, dirty: true }, '/x')).toContain(' minhbach, data with unsaved changes, after build aaaaaaa of 3 April 2024. /x ');
  });
});
