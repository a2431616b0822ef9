import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCatalogueFiles } from '../../../src/node/catalogueFiles.ts';
import { BASE_FILES, filesOf, locations, buildWorded } from '../projectFixture.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;
const catalogue = readCatalogueFiles(ROOT);

/** The base fixture without its own copies of the poverty rate and its reduction. */
const ownIndicators = BASE_FILES['content/indicators/test.yaml']!.replace(/ {2}- id: ty-le-ho-ngheo\n[\s\S]*?(?= {2}- id: ty-le-dat-ke-hoach)/, '');

const build = (overrides: Record<string, string | null> = {}) => buildWorded([...filesOf({ 'content/indicators/test.yaml': ownIndicators, ...overrides }), ...catalogue]);

describe('the standard indicator catalogue', () => {
  it('gives a data folder the national poverty rate by id, with the definition and unit it ships', () => {
    const { model, diagnostics } = build();
    expect(locations(diagnostics)).toEqual([]);
    const rate = model.index.indicator.get('ty-le-ho-ngheo')!;
    expect(rate.origin.file).toBe('src/catalogue/indicators/poverty.yaml');
    expect(rate.unit).toBe('%');
    expect(rate.definition?.vi).toMatch(/^Số hộ nghèo chia cho tổng số hộ/);
  });

  it('adds only the catalogue indicators the data uses, and those they are computed from', () => {
    const { model } = build();
    const fromCatalogue = model.indicators.filter((indicator) => indicator.origin.file.startsWith('src/catalogue/')).map((indicator) => indicator.id);
    // ty-le-ho-ngheo has figures; muc-giam-ty-le-ho-ngheo is what the fixture's own ratio is computed from.
    expect(fromCatalogue.sort()).toEqual(['muc-giam-ty-le-ho-ngheo', 'ty-le-ho-ngheo']);
    expect(model.index.indicator.has('so-xa-dat-chuan-ntm')).toBe(false);
  });

  it('says nothing of a copy identical to the catalogue, as staff used to make by hand', () => {
    const poverty = readFileSync(new URL('../../../src/catalogue/indicators/poverty.yaml', import.meta.url), 'utf8');
    const { diagnostics } = build({ 'content/indicators/poverty.yaml': poverty });
    expect(diagnostics.filter((d) => d.code === 'catalogue-override')).toEqual([]);
  });

  it('accepts a different definition with a note, and keeps the data folder’s', () => {
    const own = `indicators:
  - id: ty-le-ho-ngheo
    name: { vi: Tỷ lệ hộ nghèo theo chuẩn của tỉnh }
    unit: "%"
    kind: level
    direction: decrease
    decimals: 1
    category: poverty
    catalogue_note: { vi: "Tỉnh dùng chuẩn nghèo riêng, cao hơn chuẩn quốc gia." }
`;
    const { model, diagnostics } = build({ 'content/indicators/own.yaml': own });
    expect(diagnostics.filter((d) => d.code === 'catalogue-override')).toEqual([]);
    expect(model.index.indicator.get('ty-le-ho-ngheo')!.origin.file).toBe('content/indicators/own.yaml');
  });

  it('says where an unknown indicator id was looked up', () => {
    const figures = BASE_FILES['plans/bai-2023.yaml']!.replace('indicator: ty-le-ho-ngheo', 'indicator: ty-le-ho-ngeo');
    const { diagnostics } = build({ 'plans/bai-2023.yaml': figures });
    const unknown = diagnostics.find((d) => d.code === 'dangling-reference')!;
    expect(unknown.message.en).toBe(
      'There is no indicator with the id "ty-le-ho-ngeo" (looked up in the data folder\'s content/indicators/ and the standard indicator catalogue src/catalogue/indicators/).',
    );
    expect(unknown.hint.en).toBe('Did you mean "ty-le-ho-ngheo"?');
  });

  it('validates on its own: every catalogue file is well formed and its relations resolve', () => {
    const { diagnostics } = buildWorded(catalogue);
    expect(locations(diagnostics)).toEqual([]);
  });
});
