import { describe, expect, it } from 'vitest';
import { loadProject } from '../../../src/core/load/loadProject.ts';
import { linkProject } from '../../../src/core/link/linkProject.ts';

/**
 * Two figures with one id are one mistake to report, whichever way the id came about: linking
 * finds a derived id by its parts (indicator, place, period, source), and that must give the same
 * answer as comparing the ids themselves, even for parts the schemas would never let through.
 */
const reference = [
  'territories:',
  '  - { id: xa-1, level: commune, name: { vi: Xã Một } }',
  'indicators:',
  '  - { id: chi-so, name: { vi: Chỉ số, en: Indicator }, unit: hộ, kind: count, direction: decrease, decimals: 0, category: giam-ngheo }',
  '',
].join('\n');
const document = ['---', 'id: bao-cao', 'type: report', 'issuer: ubnd', 'status: in-force', 'title: Báo cáo', '---', ''].join('\n');

function figuresFile(lines: string[]): string {
  return ['observations:', ...lines.map((line) => `  - { ${line}, status: reported${line.includes('source:') ? '' : ', source: { document: bao-cao }'} }`), ''].join('\n');
}

function duplicates(figures: string[], edit: (records: { indicator: string; territory: string; id?: string }[]) => void = () => {}) {
  const project = loadProject([
    { path: 'content/territories/xa.yaml', text: reference },
    { path: 'plans/bao-cao.md', text: document },
    { path: 'plans/bao-cao.yaml', text: figuresFile(figures) },
  ]);
  expect(project.observations).toHaveLength(figures.length);
  edit(project.observations as never);
  const { model, diagnostics } = linkProject(project);
  return {
    repeats: diagnostics.filter((d) => d.code === 'duplicate-figure').map((d) => `line ${d.line}`),
    ids: [...model.index.observation.keys()],
    kept: model.observations.map((figure) => figure.id),
  };
}

describe('figures that share an id', () => {
  it('are reported where the repeat is, and the first is kept and found by its id', () => {
    const found = duplicates(['indicator: chi-so, territory: xa-1, period: 2024, value: 3', 'indicator: chi-so, territory: xa-1, period: 2023, value: 2', 'indicator: chi-so, territory: xa-1, period: 2024, value: 4']);
    expect(found.repeats).toEqual(['line 4']);
    expect(found.kept).toEqual(['chi-so--xa-1--2024--bao-cao', 'chi-so--xa-1--2023--bao-cao']);
    expect(found.ids).toEqual(found.kept);
  });

  it('are told apart by their source, however many sources state the same figure', () => {
    const sourced = (period: number, document: string, value: number) => `indicator: chi-so, territory: xa-1, period: ${period}, value: ${value}, source: { document: ${document} }`;
    const found = duplicates([sourced(2024, 'bao-cao', 1), sourced(2024, 'bao-cao-2', 2), sourced(2024, 'bao-cao', 3), sourced(2024, 'bao-cao-3', 4), sourced(2024, 'bao-cao-2', 5), sourced(2023, 'bao-cao-2', 6)]);
    expect(found.repeats).toEqual(['line 4', 'line 6']);
    expect(found.kept).toEqual(['chi-so--xa-1--2024--bao-cao', 'chi-so--xa-1--2024--bao-cao-2', 'chi-so--xa-1--2024--bao-cao-3', 'chi-so--xa-1--2023--bao-cao-2']);
  });

  it('are found when an id written in the file is another figure\'s derived id', () => {
    const found = duplicates(['indicator: chi-so, territory: xa-1, period: 2024, value: 3', 'id: rieng, indicator: chi-so, territory: xa-1, period: 2024, value: 4'], (records) => {
      records[1]!.id = 'chi-so--xa-1--2024--bao-cao';
    });
    expect(found.repeats).toEqual(['line 3']);
  });

  it('are found when different parts join into one id', () => {
    // "chi-so" + "a--b" and "chi-so--a" + "b" both give chi-so--a--b--2024--bao-cao.
    const split = (first: [string, string], second: [string, string]) =>
      duplicates(['indicator: chi-so, territory: xa-1, period: 2024, value: 3', 'indicator: chi-so, territory: xa-1, period: 2024, value: 4'], (records) => {
        [records[0]!.indicator, records[0]!.territory] = first;
        [records[1]!.indicator, records[1]!.territory] = second;
      }).repeats;
    expect(split(['chi-so', 'a--b'], ['chi-so--a', 'b'])).toEqual(['line 3']);
    expect(split(['chi-so--a', 'b'], ['chi-so', 'a--b'])).toEqual(['line 3']);
    expect(split(['chi-so-', 'b'], ['chi-so', '-b'])).toEqual(['line 3']);
    expect(split(['chi-so', 'a'], ['chi-so', 'b'])).toEqual([]);
  });
});
