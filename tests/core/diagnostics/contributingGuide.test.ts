import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_EXAMPLES } from './diagnosticExamples.ts';

const GUIDE = readFileSync(new URL('../../../CONTRIBUTING.md', import.meta.url), 'utf8');

describe('CONTRIBUTING.md', () => {
  it('has an entry for every diagnostic code', () => {
    const missing = Object.keys(DIAGNOSTIC_EXAMPLES).filter((code) => !GUIDE.includes(`#### \`${code}\``));
    expect(missing).toEqual([]);
  });

  it('shows each example with the output the validator really gives', () => {
    for (const [code, example] of Object.entries(DIAGNOSTIC_EXAMPLES)) {
      if (!example) continue;
      const { message, hint } = example.expected;
      for (const text of [message.vi, message.en, hint.vi, hint.en]) expect(GUIDE, `${code}: ${text}`).toContain(text);
    }
  });
});
