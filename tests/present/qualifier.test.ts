import { describe, expect, test } from 'vitest';
import type { DataVersion } from '../../src/core/model/dataVersion.ts';
import { citationText } from '../../src/present/citation.ts';
import { amountOf, figureAmountText } from '../../src/present/figureText.ts';
import { build, edit } from '../core/projectFixture.ts';

const VERSION: DataVersion = { tag: 'v1', commitsSinceTag: 0, commit: 'a'.repeat(40), shortCommit: 'aaaaaaa', date: '2024-04-03' };
const FIGURE = 'muc-giam-ty-le-ho-ngheo--nhom-xa-ngheo--2023--bai-2023';
const STATED = '    value: 10.41\n    status: reported';

describe('a qualifier in the data reaches every wording of the figure', () => {
  test('qualifier: more-than is said "trên" / "more than" in the row and in the citation', () => {
    const { model, diagnostics } = build(edit('plans/bai-2023.yaml', STATED, '    value: 10.41\n    qualifier: more-than\n    status: reported'));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const figure = model.index.observation.get(FIGURE)!;
    expect(figureAmountText(amountOf(figure), '%', 'vi')).toBe('trên 10,41%');
    expect(citationText(model, figure, 'vi', VERSION, '/x')).toContain(', năm 2023: trên 10,41 điểm %.');
    expect(citationText(model, figure, 'en', VERSION, '/x')).toContain(', 2023: more than 10.41 percentage points.');
  });

  test('the older approximate: true still reads as "about"', () => {
    const { model, diagnostics } = build(edit('plans/bai-2023.yaml', STATED, '    value: 10.41\n    approximate: true\n    status: reported'));
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const figure = model.index.observation.get(FIGURE)!;
    expect(figure.qualifier).toBe('about');
    expect(citationText(model, figure, 'vi', VERSION, '/x')).toContain(': khoảng 10,41 điểm %.');
  });

  test('an unknown qualifier is an error at its line, not a figure published without its word', () => {
    const { diagnostics } = build(edit('plans/bai-2023.yaml', STATED, '    value: 10.41\n    qualifier: over\n    status: reported'));
    // Line 19 of the fixture's plans/bai-2023.yaml: the qualifier line added under "value: 10.41" (line 18).
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line}`)).toEqual(['plans/bai-2023.yaml:19']);
  });
});
