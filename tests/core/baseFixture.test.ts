import { describe, expect, it } from 'vitest';
import { build } from './projectFixture.ts';

describe('the base fixture', () => {
  it('is valid, so every other test fails only for the mistake it adds', () => {
    const { diagnostics, model } = build();
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(model.observations).toHaveLength(3);
    expect(model.targets).toHaveLength(1);
  });
});
