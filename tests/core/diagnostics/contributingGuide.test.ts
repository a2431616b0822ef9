import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_EXAMPLES } from './diagnosticExamples.ts';
import { CATALOGUE_MARKER, renderCatalogue } from './messageCatalogue.ts';

const GUIDE = readFileSync(new URL('../../../CONTRIBUTING.md', import.meta.url), 'utf8');

describe('CONTRIBUTING.md', () => {
  it('ends with the message catalogue as npm run catalogue writes it from the examples', () => {
    expect(GUIDE.slice(GUIDE.indexOf(CATALOGUE_MARKER))).toBe(renderCatalogue());
  });

  it('shows every code with the exact words of its example, in both languages', () => {
    for (const [code, example] of Object.entries(DIAGNOSTIC_EXAMPLES)) {
      expect(GUIDE, code).toContain(`#### \`${code}\``);
      const { message, hint } = example.expected;
      for (const text of [message.vi, message.en, hint.vi, hint.en]) expect(GUIDE, `${code}: ${text}`).toContain(text);
    }
  });
});
