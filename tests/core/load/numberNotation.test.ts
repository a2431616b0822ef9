import { describe, expect, it } from 'vitest';
import { build, edit, locations } from '../projectFixture.ts';

const FIGURES = 'plans/bai-2023.yaml';

describe('numbers in a programmer\'s notation are reported, not read as something else', () => {
  it.each([
    ['0x10', '16'],
    ['0o17', '15'],
    ['0b101', '5'],
    ['1e3', '1000'],
    ['-2.5E2', '-250'],
  ])('%s is reported at its position, naming what it would become', (written, readAs) => {
    const { diagnostics } = build(edit(FIGURES, 'value: 60.95', `value: ${written}`));
    const notation = diagnostics.filter((d) => d.code === 'number-notation');
    expect(locations(notation)).toEqual(['plans/bai-2023.yaml:6:12 number-notation']);
    expect(notation[0]!.message.en).toContain(`would be read as ${readAs}`);
  });

  it('finds the notation in flow lists and before a comment', () => {
    const { diagnostics } = build(edit(FIGURES, 'value: 60.95', 'value: 1e2 # typed from the report'));
    expect(locations(diagnostics.filter((d) => d.code === 'number-notation'))).toEqual(['plans/bai-2023.yaml:6:12 number-notation']);
  });

  it('leaves ordinary numbers, quoted codes and ids that merely contain such letters alone', () => {
    const { diagnostics } = build({
      ...edit(FIGURES, 'value: 60.95', 'value: 60.5'),
      ...edit(FIGURES, 'period: 2022', 'period: 2022 # 1e3 in a comment'),
    });
    expect(diagnostics.filter((d) => d.code === 'number-notation')).toEqual([]);
  });
});

describe('an empty data file', () => {
  it('is an error, so that a blanked file never silently removes its figures', () => {
    const { diagnostics, model } = build({ [FIGURES]: '' });
    expect(locations(diagnostics.filter((d) => d.severity === 'error'))).toContain('plans/bai-2023.yaml:1:1 file-empty');
    expect(model.observations.filter((o) => o.origin.file === FIGURES)).toEqual([]);
  });
});
