import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/core/buildModel.ts';
import { readSiteFiles } from '../../src/node/catalogueFiles.ts';
import { ui } from '../../src/present/phrases.ts';
import { indicatorView } from '../../src/site/views/indicatorView.ts';
import { planView } from '../../src/site/views/planView.ts';

// The shipped data, judged at a fixed date so the verdicts do not move with the clock.
const { model } = buildModel(await readSiteFiles(join(import.meta.dirname, '..', '..')), undefined, { versionDate: '2026-12-03' });

// Every expected value is read off the shipped YAML and written here by hand.
describe('the indicator page’s data', () => {
  it('the poverty rate: its facts, its change of standard and the places it has figures for', () => {
    const en = indicatorView(model, 'ty-le-ho-ngheo', 'en', ui('en'));
    expect([en.name.text, en.category, en.unit, en.direction]).toEqual(['Poverty rate (share of poor households)', 'Poverty reduction', '%', 'lower is better']);
    expect(en.computedFrom).toBeUndefined();
    expect(en.methodChanges.map((change) => [change.title, change.source.document])).toEqual([['Poverty standard changed (2022)', 'Nghị định 07/2021/NĐ-CP']]);
    expect(en.byPlace.map((f) => [f.place.id, f.observations.map((o) => o.value), f.targets.map((t) => t.value)])).toEqual([
      ['ninh-thuan', [10.36], [8.86]],
      ['mien-nui-ninh-thuan', [27.1], [23]],
      ['10-xa-ngheo-lao-cai', [60.95, 50.54], [17.26]],
      ['nam-chay', [48.46, 40.8], [15]],
    ]);
    expect(en.regions).toEqual([]);
    expect(en.regionsNote).toBeUndefined();
    expect(indicatorView(model, 'ty-le-ho-ngheo', 'vi', ui('vi')).methodChanges[0]!.title).toBe('Đổi chuẩn nghèo (2022)');
  });

  it('a derived indicator links the one it is computed from, in the reader’s language', () => {
    expect(indicatorView(model, 'tang-thu-nhap-binh-quan-nong-thon', 'en', ui('en')).computedFrom).toEqual({
      name: 'Average income per person in rural areas',
      href: '/en/indicators/thu-nhap-binh-quan-nong-thon/',
    });
    const vi = indicatorView(model, 'tang-thu-nhap-binh-quan-nong-thon', 'vi', ui('vi'));
    expect(vi.computedFrom?.href).toBe('/chi-so/thu-nhap-binh-quan-nong-thon/');
    expect(vi.unit).toBe('triệu đồng/người');
  });
});

describe('the plan page’s data', () => {
  it('Plan 239: its target against the latest result, linked to that result’s row', () => {
    const vi = planView(model, 'kh-239-ubnd-2021', 'vi', ui('vi'));
    expect(vi.label).toBe('Kế hoạch 239/KH-UBND');
    expect(vi.fullTextHref).toBe('/van-ban/kh-239-ubnd-2021/');
    const [row] = vi.targetRows;
    expect(vi.targetRows).toHaveLength(1);
    expect([row!.indicatorName, row!.place?.id, row!.amount, row!.due]).toEqual(['Tỷ lệ hộ nghèo', '10-xa-ngheo-lao-cai', 'không quá 17,26%', '2025']);
    expect(row!.latest).toEqual({ text: '50,54% (2023)', href: '/chi-so/ty-le-ho-ngheo/#ty-le-ho-ngheo--10-xa-ngheo-lao-cai--2023--bai-bao-giam-ngheo-10-xa-2023' });
    expect(row!.progress?.label).toBe('Quá hạn, chưa công bố kết quả');
    expect(vi.tasksByLead).toEqual([]);
    expect(vi.timeline.map((entry) => entry.document.id)).toEqual(['nq-20-tu-2019', 'kh-239-ubnd-2021', 'bai-bao-giam-ngheo-10-xa-2023', 'bai-bao-hoi-nghi-3-nam-nq-20-2024', 'kh-10-xa-ngheo-2024-du-thao']);

    const en = planView(model, 'kh-239-ubnd-2021', 'en', ui('en')).targetRows[0]!;
    expect([en.amount, en.latest?.text]).toEqual(['at most 17.26%', '50.54% (2023)']);
  });

  it('the 2024 draft: twelve targets, and twenty tasks grouped by their lead agency in the plan’s order', () => {
    const vi = planView(model, 'kh-10-xa-ngheo-2024-du-thao', 'vi', ui('vi'));
    expect(vi.label).toBe('Kế hoạch 2024');
    expect(vi.targetRows).toHaveLength(12);
    const reduction = vi.targetRows.find((row) => row.indicator.id === 'muc-giam-ty-le-ho-ngheo')!;
    expect([reduction.amount, reduction.latest?.text, reduction.progress?.label]).toEqual(['ít nhất 10,77 điểm %', '11,06 điểm % (2024)', 'Đạt đúng hạn']);
    expect(vi.tasksByLead).toHaveLength(20);
    expect(vi.tasksByLead.slice(0, 2).map(({ lead, name, tasks }) => [lead, name.vi, tasks.map((task) => [task.section, task.partners.map((p) => p.vi)])])).toEqual([
      ['so-ke-hoach-dau-tu-lao-cai', 'Sở Kế hoạch và Đầu tư tỉnh Lào Cai', [['Mục III.1', ['Sở Tài chính tỉnh Lào Cai']]]],
      ['so-tai-chinh-lao-cai', 'Sở Tài chính tỉnh Lào Cai', [['Mục III.2', []]]],
    ]);
  });
});
