import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { separateFields, separateFieldsInBytes } from '../../src/site/search/separateFields.ts';

/** Pieces of pages: block and inline tags, Vietnamese words whose UTF-8 bytes include 0xA0 and 0x85 ("à", "Ņ"), no-break spaces, emoji. */
const PIECES = ['<main>', '</main>', '<p>', '</p>', '<dt>', '</dt>', '<dd>', '</dd>', '<h2 id="a">', '</h2>', '<td>', '</td>', '<tr>', '</tr>', '<span>', '</span>', '<a href="/x">', '</a>', '<p\u00a0', '<td\u00a0>', '</li>', '<li>', ' ', '\n', 'Nậm Chày', 'à', 'Ņ', '\u00a0', '\u0085', 'xã', '1.306 hộ', '😀', '<', '>', '/'];

describe('separating fields in the page’s bytes gives the bytes of separating them in its text', () => {
  test('random pages of tags, Vietnamese text and characters whose UTF-8 bytes look like spaces in latin1', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (pieces) => {
        const html = pieces.join('');
        expect(Buffer.from(separateFieldsInBytes(Buffer.from(html, 'utf8'))).equals(Buffer.from(separateFields(html), 'utf8'))).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

});
