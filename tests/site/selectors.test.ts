import { describe, expect, test } from 'vitest';
import { documentTimeline } from '../../src/site/select/documentTimeline.ts';
import { documentsNewestFirst } from '../../src/site/select/documentDate.ts';
import { findingsPerBlock } from '../../src/site/select/findingsPerBlock.ts';
import { headlineFigures } from '../../src/site/select/headlineFigures.ts';
import { indicatorFiguresFor } from '../../src/site/select/indicatorFigures.ts';
import { ancestorsOf, groupsContaining, placeIndex } from '../../src/site/select/placeIndex.ts';
import { agenciesAssigned, plansCovering } from '../../src/site/select/plansCovering.ts';
import { prosePage } from '../../src/site/select/prosePage.ts';
import { validatorNotesFor } from '../../src/site/select/validatorNotes.ts';
import { siteModel } from './siteFixture.ts';

const model = siteModel();
const place = (id: string) => model.index.place.get(id)!;
const doc = (id: string) => model.index.document.get(id)!;

describe('territories', () => {
  test('a commune knows its parents, its groups, and the index lists provinces at the root', () => {
    expect(ancestorsOf(model, place('nam-chay')).map((p) => p.id)).toEqual(['van-ban', 'lao-cai']);
    expect(groupsContaining(model, place('nam-chay')).map((g) => g.id)).toEqual(['nhom-xa-ngheo']);
    expect(placeIndex(model).roots.map((t) => t.id)).toEqual(['lao-cai']);
    expect(placeIndex(model).childrenByParent.get('van-ban')!.map((t) => t.id)).toEqual(['dan-thang', 'nam-chay']);
  });

  test('plans cover a commune through its group, and the district’s agency is the one assigned to it', () => {
    const plans = plansCovering(model, place('nam-chay'));
    expect(plans.map((p) => p.id).sort()).toEqual(['kh-239']);
    const draftPlans = [...plans, doc('kh-2024')];
    expect(agenciesAssigned(model, place('nam-chay'), draftPlans).map((a) => a.agency.id)).toEqual(['ubnd-van-ban']);
  });

  test('the group’s own figures are kept apart from the commune’s', () => {
    expect(indicatorFiguresFor(model, place('nam-chay')).map((f) => f.indicator.id)).toEqual(['ty-le-ho-ngheo']);
    expect(indicatorFiguresFor(model, place('nhom-xa-ngheo')).map((f) => f.indicator.id)).toEqual(['so-du-an']);
  });
});

describe('documents', () => {
  test('a plan’s timeline follows relations both ways: resolution → plan → yearly plan and reports, oldest first', () => {
    const entries = documentTimeline(model, doc('kh-239'));
    expect(entries.map((e) => e.document.id)).toEqual(['nq-20', 'kh-239', 'bai-bao', 'kh-2024']);
    expect(entries.find((e) => e.isFocus)!.document.id).toBe('kh-239');
    expect(entries.find((e) => e.document.id === 'kh-2024')!.links.map((l) => `${l.type}:${l.document.id}`)).toEqual(['implements:kh-239']);
  });

  test('a yearly plan’s own mentions are listed but not followed further', () => {
    expect(documentTimeline(model, doc('kh-2024')).map((e) => e.document.id)).toContain('qd-1');
    expect(documentTimeline(model, doc('kh-239')).map((e) => e.document.id)).not.toContain('qd-1');
  });

  test('documents sort newest first, undated ones by the period of their figures', () => {
    expect(documentsNewestFirst(model, model.documents).map((d) => d.id)).toEqual(['bai-bao-2', 'kh-2024', 'bai-bao', 'kh-239', 'qd-1', 'nq-20']);
  });

  test('validator warnings about a document itself are shown on its page; conflicts are shown as findings', () => {
    const warning = { severity: 'warning', code: 'citation-date-mismatch', file: doc('kh-2024').origin.file, line: 1, column: 1, message: { vi: 'x', en: 'x' }, hint: { vi: '', en: '' } } as const;
    const conflict = { ...warning, code: 'conflicting-values' } as const;
    expect(validatorNotesFor([warning, conflict], doc('kh-2024'))).toEqual([warning]);
  });
});

describe('findings and headlines', () => {
  test('each finding is explained once per page, in the first block that shows one of its figures', () => {
    const group = indicatorFiguresFor(model, place('nhom-xa-ngheo'));
    const [first, second] = findingsPerBlock(model, [group, group]);
    expect(first!.map((f) => f.kind)).toEqual(['conflict']);
    expect(second).toEqual([]);
  });

  test('headline indicators list places with targets first', () => {
    const [poverty] = headlineFigures(model);
    expect(poverty!.figures[0]!.place.id).toBe('nam-chay');
  });
});

describe('prose pages', () => {
  test('fall back to Vietnamese, marked, when the English file is missing', () => {
    expect(prosePage(model, 'methodology', 'en')).toMatchObject({ title: 'Phương pháp', untranslated: true });
    expect(() => prosePage(model, 'about', 'vi')).toThrow(/content\/pages\/gioi-thieu\.vi\.md/);
  });
});

describe('pages at national scale', () => {
  test('an indicator features its places with targets and the widest places first, up to a limit', async () => {
    const { featuredPlaces } = await import('../../src/site/select/featuredPlaces.ts');
    const byPlace = [place('nhom-xa-ngheo'), place('lao-cai'), place('nam-chay'), place('dan-thang')].map((p) => ({
      indicator: model.indicators[0]!,
      place: p,
      observations: [],
      targets: p.id === 'nam-chay' ? [model.targets[0]!] : [],
    }));
    expect(featuredPlaces(byPlace, 3).map((f) => f.place.id)).toEqual(['nam-chay', 'nhom-xa-ngheo', 'lao-cai']);
  });

  test('a year with too many figures lists the wider places and counts the communes per indicator', async () => {
    const { splitYearForListing } = await import('../../src/site/select/splitYearForListing.ts');
    const { YEAR_PAGE_ROWS } = await import('../../src/site/select/scaleLimits.ts');
    const communeFigure = model.observations.find((o) => o.territory === 'nam-chay')!;
    const groupFigure = model.observations.find((o) => o.territory === 'nhom-xa-ngheo')!;
    const many = [groupFigure, ...Array.from({ length: YEAR_PAGE_ROWS }, () => communeFigure)];
    const { listed, summarised } = splitYearForListing(model, many);
    expect(listed).toEqual([groupFigure]);
    expect(summarised).toEqual([{ indicator: model.index.indicator.get('ty-le-ho-ngheo'), count: YEAR_PAGE_ROWS }]);
    expect(splitYearForListing(model, [groupFigure, communeFigure]).listed).toHaveLength(2);
  });
});
