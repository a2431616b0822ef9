import { describe, expect, it } from 'vitest';
import { BASE_FILES, build, edit, locations } from '../projectFixture.ts';

describe('one mistake, one message where it is', () => {
  it('an unclosed front matter is the only error, though three files cite the document', () => {
    const { diagnostics } = build(edit('plans/bai-2023.md', '---\nTóm tắt.', 'Tóm tắt.'));
    expect(locations(diagnostics)).toEqual(['plans/bai-2023.md:9:1 front-matter-unclosed']);
  });

  it('a figures file in content/ is told to move, not that its fields are unknown', () => {
    const { diagnostics } = build({ 'plans/bai-2023.yaml': null, 'content/ket-qua.yaml': BASE_FILES['plans/bai-2023.yaml']! });
    expect(locations(diagnostics)).toEqual(['content/ket-qua.yaml:2:1 file-wrong-folder']);
  });

  it('reference data in plans/ is told which content/ folder it belongs in', () => {
    const { diagnostics } = build({ 'content/territories/test.yaml': null, 'plans/dia-ban.yaml': BASE_FILES['content/territories/test.yaml']! });
    const [moved] = diagnostics.filter((d) => d.code === 'file-wrong-folder');
    expect(moved!.hint.en).toBe('Move the file to content/territories/dia-ban.yaml (git mv plans/dia-ban.yaml content/territories/dia-ban.yaml).');
  });
});

describe('a figure entered twice', () => {
  it('with the same value, is a repeat to remove', () => {
    const { diagnostics } = build(edit('plans/bai-2023.yaml', 'period: 2023\n    value: 50.54', 'period: 2022\n    value: 60.95'));
    const [repeat] = diagnostics.filter((d) => d.code === 'duplicate-figure');
    expect([`${repeat!.line}:${repeat!.column}`, repeat!.hint.en]).toEqual(['9:5', 'Remove the repeat. If the source really states two different numbers for the same thing, give each its own "id:".']);
  });
});

describe('a value indented one space too far', () => {
  it('is reported on its own line, with the column it belongs in', () => {
    const { diagnostics } = build(edit('plans/bai-2023.yaml', '    value: 60.95', '     value: 60.95'));
    const [slip] = diagnostics.filter((d) => d.severity === 'error');
    expect(`${slip!.file}:${slip!.line}:${slip!.column} ${slip!.code}`).toBe('plans/bai-2023.yaml:6:6 yaml-syntax');
    expect(slip!.hint.en).toBe('Delete 1 space at the start of the line, so "value:" starts in the same column as "period:" (column 5).');
  });
});
