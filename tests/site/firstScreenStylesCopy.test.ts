import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

/**
 * A territory page's first-screen styles (src/styles/parts/territoryAnswer.css) are copies of
 * rules of the whole stylesheet's parts/content.css, which the page links at its end: a copy that
 * drifts from its original would move the first screen when the whole stylesheet arrives. Each
 * rule of the copy, as written (a nested @media block as one), must appear in content.css.
 */
const STYLES = join(import.meta.dirname, '..', '..', 'src', 'styles', 'parts');

function rules(css: string): string[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const found: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    if (text[index] === '{') depth += 1;
    else if (text[index] === '}' && --depth === 0) {
      found.push(text.slice(start, index + 1).trim().replace(/\s+/g, ' '));
      start = index + 1;
    }
  }
  return found.filter((rule) => rule.length > 0);
}

test('every first-screen rule of a territory page is a rule of the whole stylesheet, word for word', () => {
  const copy = rules(readFileSync(join(STYLES, 'territoryAnswer.css'), 'utf8'));
  const original = new Set(rules(readFileSync(join(STYLES, 'content.css'), 'utf8')));
  expect(copy.length).toBeGreaterThan(10);
  expect(copy.filter((rule) => !original.has(rule))).toEqual([]);
});
