import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSiteFiles } from '../../src/node/catalogueFiles.ts';
import { ui } from '../../src/present/phrases.ts';
import { indicatorView } from '../../src/site/views/indicatorView.ts';
import { planView } from '../../src/site/views/planView.ts';
import { adminHistoryView, groupFiguresView, placeFactsView, placeLinksView, territorySummaryView, territoryView } from '../../src/site/views/territoryView.ts';
import { releaseChangesView } from '../../src/site/views/releaseChangesView.ts';
import { diffSnapshots } from '../../src/core/history/diffSnapshots.ts';
import { snapshotOf } from '../../src/core/history/figureSnapshot.ts';
import { build, buildWorded, projectsFigureFile } from '../core/projectFixture.ts';
import { documentView } from '../../src/site/views/documentView.ts';
import { homeView } from '../../src/site/views/homeView.ts';
import { scorecardView } from '../../src/site/views/scorecardView.ts';
import { dataPageView } from '../../src/site/views/dataPageView.ts';
import { yearView } from '../../src/site/views/yearView.ts';
import type { Download } from '../../src/site/downloads/downloadCatalogue.ts';

// The shipped data, judged at a fixed date so the verdicts do not move with the clock.
const { model, diagnostics } = buildWorded(await readSiteFiles(join(import.meta.dirname, '..', '..')), undefined, { versionDate: '2026-12-03' });

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

  it('past 120 figures the page lists its sources once and the rows refer to it; up to 120 each row prints its citation', () => {
    const yearly = (count: number) => `observations:\n${Array.from({ length: count }, (_, i) => `  - { indicator: so-du-an, territory: nhom-xa-ngheo, period: ${1950 + i}, value: ${i}, status: reported, source: { document: bai-2023 } }`).join('\n')}\n`;
    const long = build({ 'plans/nhieu-nam.yaml': yearly(121) }).model;
    expect(indicatorView(long, 'so-du-an', 'vi', ui('vi')).sources?.list.map((source) => source.id)).toEqual(['bai-2023']);
    const short = build({ 'plans/nhieu-nam.yaml': yearly(120) }).model;
    expect(indicatorView(short, 'so-du-an', 'vi', ui('vi')).sources).toBeUndefined();
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

describe('a territory page’s facts and history', () => {
  const territory = (id: string) => {
    const place = model.index.place.get(id);
    if (place?.kind !== 'territory') throw new Error(`${id} is not a territory`);
    return place;
  };

  it('La Pan Tẩn joined Cao Sơn on 1/7/2025 with Tả Thàng, Lùng Khấu Nhin and the old Cao Sơn, under Resolution 1673', () => {
    const vi = adminHistoryView(model, territory('la-pan-tan'), 'vi', ui('vi'));
    expect(vi.successor?.place.id).toBe('cao-son-2025');
    expect(vi.successor?.intro).toBe('Từ 1/7/2025, đơn vị này thuộc về');
    expect(vi.successor?.mergedWith.map((place) => place.id)).toEqual(['lung-khau-nhin', 'ta-thang', 'cao-son']);
    expect(vi.successor?.document?.id).toBe('nq-1673-ubtvqh15-2025');
    expect([vi.predecessors, vi.ended]).toEqual([undefined, false]);
    expect(adminHistoryView(model, territory('la-pan-tan'), 'en', ui('en')).successor?.intro).toBe('From 1 July 2025, this unit is part of');
  });

  it('the new Cao Sơn links back to the four communes it was formed from; an abolished district says it ended', () => {
    const formed = adminHistoryView(model, territory('cao-son-2025'), 'vi', ui('vi'));
    expect(formed.successor).toBeUndefined();
    expect(formed.predecessors?.intro).toBe('Thành lập từ 1/7/2025, gồm');
    expect(formed.predecessors?.places.map((place) => place.id)).toEqual(['lung-khau-nhin', 'ta-thang', 'la-pan-tan', 'cao-son']);
    expect(adminHistoryView(model, territory('muong-khuong'), 'vi', ui('vi'))).toEqual({ successor: undefined, predecessors: undefined, ended: true });
  });

  it('Nậm Chày: its GSO code, its district and province, and when it existed', () => {
    const facts = placeFactsView(model, territory('nam-chay'), 'vi', ui('vi'));
    expect([facts.code, facts.partOf.map((place) => place.id), facts.existed, facts.definedBy]).toEqual(['03076', ['van-ban', 'lao-cai'], 'đến 30/6/2025', undefined]);
    expect(placeFactsView(model, territory('nam-chay'), 'en', ui('en')).existed).toBe('until 30 June 2025');
    const group = placeFactsView(model, model.index.place.get('10-xa-ngheo-lao-cai')!, 'vi', ui('vi'));
    expect([group.code, group.partOf.map((place) => place.id), group.definedBy?.id]).toEqual([undefined, ['lao-cai'], 'nq-20-tu-2019']);
  });
});

describe('a territory page’s data', () => {
  it('Nậm Chày: its heading, where it went on 1/7/2025, its five indicators, and a table of contents', () => {
    const vi = territoryView(model, 'nam-chay', 'vi', ui('vi'));
    expect([vi.title, vi.kindLabel, vi.name, vi.dates, vi.otherNames]).toEqual(['Xã Nậm Chày, huyện Văn Bàn (đến 30/6/2025)', 'Xã', 'Nậm Chày', 'đến 30/6/2025', ['Nam Chay']]);
    expect(vi.moved && [vi.moved.place.id, vi.moved.intro]).toEqual(['nam-chay-2025', 'Từ 1/7/2025, đơn vị này thuộc về']);
    // Headline indicators first (content/site.yaml), then the catalogue's order.
    expect(vi.own.map((f) => f.indicator.id)).toEqual(['ty-le-ho-ngheo', 'so-ho-ngheo-giam', 'so-ho-ngheo', 'ty-le-ho-can-ngheo', 'so-ho-can-ngheo']);
    expect(vi.own.map((f) => f.observations.length)).toEqual([2, 1, 1, 2, 2]);
    expect(vi.groups.map((group) => group.id)).toEqual(['10-xa-ngheo-lao-cai']);
    expect([vi.scored, vi.children, vi.childrenSection, vi.predecessorFigures]).toEqual([[], [], undefined, []]);
    expect(vi.contents.map((entry) => [entry.id, entry.children?.length])).toEqual([
      ['own-figures-title', 5],
      ['coverage-title', undefined],
      ['history-title', undefined],
      ['figure-sources-title', undefined],
    ]);
    expect(vi.long).toBe(true);
  });

  it('the new Nậm Chày shows its predecessor’s headline figures and links to all five', () => {
    const vi = territoryView(model, 'nam-chay-2025', 'vi', ui('vi'));
    expect(vi.own).toEqual([]);
    expect(vi.predecessorFigures.map(({ predecessor, shown, more }) => [predecessor.id, shown.map((f) => f.indicator.id), more])).toEqual([
      ['nam-chay', ['ty-le-ho-ngheo', 'so-ho-ngheo-giam'], { href: '/dia-ban/nam-chay/#own-figures-title', text: 'Mọi số liệu của Nậm Chày (5) →' }],
    ]);
    expect(territoryView(model, 'nam-chay-2025', 'en', ui('en')).predecessorFigures[0]!.more?.href).toBe('/en/territories/nam-chay/#own-figures-title');
  });

  it('the group of 10 communes: 6 members known of 10, its targets counted, and no list of 32 indicators in the contents', () => {
    const vi = territoryView(model, '10-xa-ngheo-lao-cai', 'vi', ui('vi'));
    expect(vi.kindLabel).toBe('Nhóm địa bàn');
    expect(vi.children.map((place) => place.id)).toEqual(['nam-chay', 'lung-cai', 'lung-khau-nhin', 'la-pan-tan', 'ta-thang', 'pa-cheo']);
    expect(vi.childrenSection).toEqual({ heading: 'Thành viên', note: 'Mới biết tên 6 trên 10 thành viên.' });
    // The 13 targets set for the group, and Nậm Chày's "dưới 15%".
    expect(vi.scored.map((target) => target.territory).sort()).toEqual([...Array(13).fill('10-xa-ngheo-lao-cai'), 'nam-chay']);
    expect(vi.own).toHaveLength(32);
    expect(vi.contents[0]).toEqual({ id: 'own-figures-title', label: 'Số liệu của địa bàn', children: [] });
    // The disputed 30 / 31 projects and the 130,1% / 0,8 points are each explained under one block.
    expect(vi.blockFindings.flat().map((finding) => finding.kind)).toEqual(['inconsistency', 'conflict']);
  });
});

describe('a release’s changes on the versions page', () => {
  const v1 = build({ 'plans/du-an.yaml': projectsFigureFile(30) });
  const v2 = build({ 'plans/du-an.yaml': projectsFigureFile(31), 'plans/ty-le-2021.yaml': `plan: kh-239
observations:
  - indicator: ty-le-ho-ngheo
    territory: nhom-xa-ngheo
    period: 2021
    value: 70.5
    status: reported
    source: { document: bai-2023 }
` });
  const diff = diffSnapshots(snapshotOf(v1.model, v1.diagnostics), snapshotOf(v2.model, v2.diagnostics));

  it('names each figure and says the correction from → to, linked to the figure’s row today', () => {
    const vi = releaseChangesView(diff, { before: v1.model, after: v2.model, current: v2.model }, 'vi', ui('vi'));
    expect(vi.summary).toBe('1 số liệu thêm mới, 1 số liệu sửa, 0 số liệu bị xóa.');
    expect(vi.sections.map((section) => [section.key, section.title, section.count, section.more])).toEqual([
      ['added', 'Số liệu thêm mới', 1, undefined],
      ['changed', 'Số liệu sửa', 1, undefined],
    ]);
    expect(vi.sections[0]!.rows).toEqual([
      { indicator: 'Tỷ lệ hộ nghèo', place: '10 xã có tỷ lệ hộ nghèo cao', period: '2021', value: '70,5%', href: '/chi-so/ty-le-ho-ngheo/#ty-le-ho-ngheo--nhom-xa-ngheo--2021--bai-2023' },
    ]);
    expect(vi.sections[1]!.rows).toEqual([
      { indicator: 'Số dự án hỗ trợ sản xuất', place: '10 xã có tỷ lệ hộ nghèo cao', period: '2023', value: '30 dự án → 31 dự án', href: '/chi-so/so-du-an/#so-du-an--nhom-xa-ngheo--2023--bai-2023' },
    ]);
    expect(releaseChangesView(diff, { before: v1.model, after: v2.model, current: v2.model }, 'en', ui('en')).sections[1]!.rows[0]!.value).toBe('30 projects → 31 projects');
  });

  it('a figure since removed from the data is listed without a link', () => {
    const vi = releaseChangesView(diff, { before: v1.model, after: v2.model, current: v1.model }, 'vi', ui('vi'));
    expect(vi.sections[0]!.rows[0]!.href).toBeUndefined();
    expect(vi.sections[1]!.rows[0]!.href).toBe('/chi-so/so-du-an/#so-du-an--nhom-xa-ngheo--2023--bai-2023');
  });
});

describe('a document page’s data', () => {
  it('the undated 2024 draft: its labels, its plan page, and the validator’s note that it misdates Plan 239', () => {
    const vi = documentView(model, diagnostics, 'kh-10-xa-ngheo-2024-du-thao', 'vi');
    expect([vi.kicker, vi.planHref]).toEqual(['Kế hoạch 2024', '/ke-hoach/kh-10-xa-ngheo-2024-du-thao/']);
    expect(vi.notes).toEqual(['Văn bản dẫn "239/KH-UBND ngày 19/5/2024", nhưng 239/KH-UBND ban hành ngày 19/5/2021.']);
    expect([vi.figures.all.length, vi.figures.listed.length, vi.figures.counted]).toEqual([12, 12, []]);
    const en = documentView(model, diagnostics, 'kh-10-xa-ngheo-2024-du-thao', 'en');
    expect([en.kicker, en.planHref, en.notes]).toEqual(['Plan 2024', '/en/plans/kh-10-xa-ngheo-2024-du-thao/', ['The text cites "239/KH-UBND of 19/5/2024", but 239/KH-UBND was issued on 19/5/2021.']]);
  });

  it('the 2023 article: no number, so no kicker; its 22 figures and the conflict and inconsistency among them', () => {
    const vi = documentView(model, diagnostics, 'bai-bao-giam-ngheo-10-xa-2023', 'vi');
    expect([vi.pageTitle, vi.kicker, vi.planHref]).toEqual(['Bài báo: Nỗ lực giảm nghèo bền vững ở 10 xã có tỷ lệ hộ nghèo cao', undefined, undefined]);
    expect(vi.figures.all).toHaveLength(22);
    expect(vi.findings.map((finding) => [finding.kind, finding.indicator])).toEqual([
      ['conflict', 'so-du-an-ho-tro-phat-trien-san-xuat'],
      ['inconsistency', 'ty-le-dat-ke-hoach-giam-ngheo'],
    ]);
    expect(vi.body.startsWith('<blockquote>')).toBe(true);
    expect(documentView(model, diagnostics, 'nq-20-tu-2019', 'en').kicker).toBe('Resolution 20-NQ/TU');
  });
});

describe('the first screen of a territory page', () => {
  it('Nậm Chày opens with its poverty rate of 40,8% on 31/10/2023 and its target of under 15% by 2025, due with no result', () => {
    const vi = territorySummaryView(model, model.index.place.get('nam-chay')!, 'vi')!;
    expect([vi.title, vi.value, vi.date, vi.owner, vi.moreHref]).toEqual(['Tỷ lệ hộ nghèo', '40,8%', '31/10/2023', undefined, '#ty-le-ho-ngheo--nam-chay--title']);
    expect(vi.target).toEqual({ due: '2025', amount: 'dưới 15%', status: 'due-no-result' });
    expect(vi.latest.source.document).toBe('baomoi-giam-ngheo-nam-chay-2023');
    const en = territorySummaryView(model, model.index.place.get('nam-chay')!, 'en')!;
    expect([en.value, en.date, en.target?.amount]).toEqual(['40.8%', '31 October 2023', 'less than 15%']);
  });

  it('the new Nậm Chày, with no figures of its own, shows its predecessor’s, named and dated as such', () => {
    const vi = territorySummaryView(model, model.index.place.get('nam-chay-2025')!, 'vi')!;
    expect(vi.owner).toEqual({ name: 'Nậm Chày', href: '/dia-ban/nam-chay/', dates: 'đến 30/6/2025' });
    expect([vi.value, vi.fromPredecessor]).toEqual(['40,8%', true]);
    expect(territorySummaryView(model, model.index.place.get('cao-son-2025')!, 'vi')).toBeUndefined();
  });
});

describe('the home page’s data', () => {
  it('says first how many targets fell due with no result: all 19 but the two met (95,8% disbursed by 31/1/2024, an 11,06-point reduction in 2024)', () => {
    const vi = homeView(model, 'vi');
    expect(model.targets).toHaveLength(19);
    expect(vi.dueWithoutResult).toBe(17);
    expect(vi.programmes.map((plan) => plan.id)).toEqual(['kh-10-xa-ngheo-2024-du-thao', 'kh-239-ubnd-2021', 'ctmtqg-ninh-thuan-2016-2020']);
    expect(vi.latest).toHaveLength(6);
  });

  it('each headline indicator in one sentence per featured place, with the targets judged beside it', () => {
    const [poverty] = homeView(model, 'vi').headlines;
    expect([poverty!.id, poverty!.name, poverty!.href, poverty!.more]).toEqual(['ty-le-ho-ngheo', 'Tỷ lệ hộ nghèo', '/chi-so/ty-le-ho-ngheo/', undefined]);
    expect(poverty!.places.map((place) => [place.name, place.sentence, place.targets.length])).toEqual([
      ['10 xã có tỷ lệ hộ nghèo cao (tỉnh Lào Cai)', 'Tỷ lệ hộ nghèo giảm từ 60,95% (2022) xuống 50,54% (2023); mục tiêu năm 2025: không quá 17,26%.', 1],
      ['Khu vực miền núi tỉnh Ninh Thuận', 'Tỷ lệ hộ nghèo: 27,1% (2017); mục tiêu năm 2018: không quá 23%.', 1],
      ['Ninh Thuận', 'Tỷ lệ hộ nghèo: 10,36% (2017); mục tiêu năm 2018: không quá 8,86%.', 1],
      ['Nậm Chày', 'Tỷ lệ hộ nghèo giảm từ 48,46% (2022) xuống 40,8% (31/10/2023); mục tiêu năm 2025: dưới 15%.', 1],
    ]);
    expect(homeView(model, 'en').headlines[0]!.places[3]!.href).toBe('/en/territories/nam-chay/');
  });
});

describe('the scorecard of targets by verdict', () => {
  it('counts the 19 shipped targets (2 met, 17 due with no result), lists each count’s targets up to the limit, and says how many more', () => {
    const vi = scorecardView(model, model.targets, { rowsOnThisPage: false, maxListed: 3 }, 'vi', ui('vi'));
    expect([vi.title, vi.asOf]).toEqual(['Tình trạng 19 chỉ tiêu', 'Mỗi chỉ tiêu được đánh giá theo số liệu mới nhất, so với hạn của nó.']);
    // The verdicts always shown, even at zero, in the published order.
    expect(vi.lines.map((line) => [line.status, line.symbol, line.label, line.count])).toEqual([
      ['met', '✓', 'Đạt đúng hạn', 2],
      ['missed', '✗', 'Không đạt', 0],
      ['due-no-result', '?', 'Quá hạn, chưa công bố kết quả', 17],
      ['on-track', '→', 'Đúng tiến độ', 0],
      ['too-slow', '!', 'Cần tăng tốc', 0],
    ]);
    const met = vi.lines[0]!;
    expect(met.listed.map((target) => target.detail)).toEqual(['Lào Cai · ít nhất 95% đến 31/1/2024', '10 xã có tỷ lệ hộ nghèo cao (tỉnh Lào Cai) · ít nhất 10,77 điểm % năm 2024']);
    expect(met.listed[1]!.href).toBe('/chi-so/muc-giam-ty-le-ho-ngheo/#muc-tieu--muc-giam-ty-le-ho-ngheo--10-xa-ngheo-lao-cai--2024--kh-10-xa-ngheo-2024-du-thao');
    const due = vi.lines[2]!;
    expect([due.anchor, due.listed.length, due.more]).toEqual(['tinh-trang--due-no-result', 3, '… và 14 chỉ tiêu khác, trên trang của từng kế hoạch và địa bàn.']);
  });

  it('on a plan’s page, each target links to its row there', () => {
    const plan = planView(model, 'kh-239-ubnd-2021', 'en', ui('en'));
    const en = scorecardView(model, plan.targets, { rowsOnThisPage: true, maxListed: Number.POSITIVE_INFINITY }, 'en', ui('en'));
    expect(en.title).toBe('Status of 1 target');
    expect(en.lines.find((line) => line.count > 0)!.listed).toEqual([
      { name: 'Poverty rate', href: '#muc-tieu--ty-le-ho-ngheo--10-xa-ngheo-lao-cai--2025--kh-239-ubnd-2021', detail: '10 communes with a high poverty rate (Lào Cai province) · at most 17.26% for 2025' },
    ]);
  });
});

describe('the downloads page’s data', () => {
  const fixture = build().model;
  const place = (id: string) => fixture.index.place.get(id)!;
  const file = (path: string, group: Download['group'], id: string, bytes: number, region?: string): Download => ({
    file: path,
    group,
    id,
    format: 'csv',
    render: () => 'x'.repeat(bytes),
    ...(region ? { region: place(region) } : {}),
  });
  const downloads = [
    file('so-lieu.csv', 'dataset', 'dataset', 2150),
    file('chi-so/so-du-an/nam-chay.csv', 'indicator', 'so-du-an', 300, 'nam-chay'),
    file('chi-so/ty-le-ho-ngheo/lao-cai.csv', 'indicator', 'ty-le-ho-ngheo', 500, 'lao-cai'),
    file('chi-so/so-du-an/lao-cai.csv', 'indicator', 'so-du-an', 400, 'lao-cai'),
    file('phien-ban/v1/so-lieu.csv', 'release', 'v1', 900),
    file('phien-ban/v2/so-lieu.csv', 'release', 'v2', 3 * 1024 * 1024),
  ];
  const releases = [{ release: { tag: 'v1', commit: 'a', date: '2024-03-01' } }, { release: { tag: 'v2', commit: 'b', date: '2024-04-03' } }];

  it('the whole dataset with what each file holds and its size; a table per province in name order, its rows in the indicators’ order; the newest release first', () => {
    const vi = dataPageView(fixture, downloads, releases, 'vi', ui('vi'));
    expect(vi.whole).toEqual([{ file: 'so-lieu.csv', href: '/tai-ve/so-lieu.csv', size: '2,1 KB', contents: 'Mọi số liệu: kết quả và chỉ tiêu' }]);
    expect(vi.regions.map((region) => [region.id, region.caption, region.rows.map((row) => [row.name, row.href, row.downloads[0]!.file])])).toEqual([
      ['lao-cai', 'Theo chỉ số: Lào Cai', [['Tỷ lệ hộ nghèo', '/chi-so/ty-le-ho-ngheo/', 'chi-so/ty-le-ho-ngheo/lao-cai.csv'], ['Số dự án hỗ trợ sản xuất', '/chi-so/so-du-an/', 'chi-so/so-du-an/lao-cai.csv']]],
      ['nam-chay', 'Theo chỉ số: Nậm Chày', [['Số dự án hỗ trợ sản xuất', '/chi-so/so-du-an/', 'chi-so/so-du-an/nam-chay.csv']]],
    ]);
    expect(vi.folded).toBe(false);
    expect(vi.releases).toEqual([
      { tag: 'v2', date: '3/4/2024', files: [{ file: 'phien-ban/v2/so-lieu.csv', href: '/tai-ve/phien-ban/v2/so-lieu.csv', size: '3 MB', name: 'so-lieu.csv' }] },
      { tag: 'v1', date: '1/3/2024', files: [{ file: 'phien-ban/v1/so-lieu.csv', href: '/tai-ve/phien-ban/v1/so-lieu.csv', size: '900 B', name: 'so-lieu.csv' }] },
    ]);
    expect(dataPageView(fixture, downloads, releases, 'en', ui('en')).releases[0]!.date).toBe('3 April 2024');
  });
});

describe('the plans, groups and agencies of a place', () => {
  it('Nậm Chày: six covering plans (the 2024 draft marked), its group, and the two Văn Bàn district agencies the draft assigns tasks to', () => {
    const nam = model.index.place.get('nam-chay')!;
    const page = territoryView(model, 'nam-chay', 'vi', ui('vi'));
    const vi = placeLinksView(model, nam, page.groups, page.plans, 'vi', ui('vi'));
    expect(vi.plans.map((plan) => [plan.label, plan.draft])).toEqual([
      ['Kế hoạch 2024', true],
      ['Kế hoạch 239/KH-UBND', false],
      ['Đề án 01-ĐA/TU', false],
      ['Đề án 06-ĐA/TU', false],
      ['Đề án 07-ĐA/TU', false],
      ['Kế hoạch 305/KH-UBND', false],
    ]);
    expect(vi.plans[1]!.href).toBe('/ke-hoach/kh-239-ubnd-2021/');
    expect(vi.groups.map((group) => group.id)).toEqual(['10-xa-ngheo-lao-cai']);
    expect(vi.agencies.map((agency) => [agency.name.vi, agency.tasks.map((task) => [task.plan?.id, task.section])])).toEqual([
      ['Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Văn Bàn', [['kh-10-xa-ngheo-2024-du-thao', 'mục III.14']]],
      ['Ủy ban nhân dân huyện Văn Bàn', [['kh-10-xa-ngheo-2024-du-thao', 'mục III.16.a']]],
    ]);
    // A group has no agencies of its own: province-wide departments are listed on the plan's page.
    const group = model.index.place.get('10-xa-ngheo-lao-cai')!;
    expect(placeLinksView(model, group, [], page.plans, 'vi', ui('vi')).agencies).toEqual([]);
  });
});

describe('a group’s figures on a member’s page', () => {
  it('Nậm Chày shows the group’s 29 other indicators as sentences, leaving out the three it has figures of its own for', () => {
    const page = territoryView(model, 'nam-chay', 'vi', ui('vi'));
    const vi = groupFiguresView(model, page.groups[0]!, new Set(page.own.map((f) => f.indicator.id)), 'vi', ui('vi'));
    expect([vi.title, vi.groupHref]).toEqual(['Số liệu chung của nhóm “10 xã có tỷ lệ hộ nghèo cao (tỉnh Lào Cai)”', '/dia-ban/10-xa-ngheo-lao-cai/']);
    // 32 indicators of the group, less the poverty rate, households and households lifted out that Nậm Chày states itself.
    expect(vi.sentences).toHaveLength(29);
    expect(vi.sentences.map((sentence) => sentence.subject)).not.toContain('Tỷ lệ hộ nghèo');
    const disbursed = vi.sentences.find((sentence) => sentence.subject === 'Tỷ lệ giải ngân so với kế hoạch vốn')!;
    expect([disbursed.predicate, disbursed.href]).toEqual([': 87,4% (2023).', '/dia-ban/10-xa-ngheo-lao-cai/#ty-le-giai-ngan--10-xa-ngheo-lao-cai--title']);
    const perCommune = vi.sentences.find((sentence) => sentence.subject === 'Mức giảm tỷ lệ hộ nghèo bình quân mỗi xã')!;
    expect(perCommune.predicate).toBe(': trên 10 điểm % (2021–2023).');
  });
});

describe('a year’s page', () => {
  it('2023: every result of the year row by row, none of 2022, and the year’s conflict and inconsistency', () => {
    const vi = yearView(model, 2023, 'vi', ui('vi'));
    expect(vi.title).toBe('Kết quả năm 2023');
    const ids = vi.listed.map((observation) => observation.id);
    expect(ids).toContain('ty-le-ho-ngheo--10-xa-ngheo-lao-cai--2023--bai-bao-giam-ngheo-10-xa-2023');
    expect(ids).not.toContain('ty-le-ho-ngheo--10-xa-ngheo-lao-cai--2022--bai-bao-giam-ngheo-10-xa-2023');
    // A year, a date in it, or a span ending with it ("trên 10 điểm %" over 2021–2023).
    expect(vi.listed.filter((observation) => !/^2023|-2023$/.test(observation.period.key))).toEqual([]);
    expect(ids).toContain('muc-giam-ty-le-ho-ngheo-binh-quan-xa--10-xa-ngheo-lao-cai--2021-2023--bai-bao-hoi-nghi-3-nam-nq-20-2024');
    expect(vi.summarised).toEqual([]);
    expect(vi.findings.map((finding) => finding.kind)).toEqual(['conflict', 'inconsistency']);
    expect(yearView(model, 2023, 'en', ui('en')).title).toBe('Results for 2023');
  });
});
