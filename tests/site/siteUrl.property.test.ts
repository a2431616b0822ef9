import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { absoluteUrl } from '../../src/site/siteUrl.ts';

const SITES = ['https://example.org/', 'https://Example.ORG:443/minhbach/', 'http://localhost:4321', 'https://user:secret@example.org/a/', 'file:///srv/site/', 'https://xn--mnhbch-4ra.vn/b/'];

/** Characters a path may hold, among them every one the URL parser encodes or resolves. */
const PATH_CHARACTERS = [...'abcXYZ019-._~/#?%@:;=+,!$&\'()* "<>`{}|\\^[]ạđ\t'];

const savedSite = process.env['MINHBACH_SITE_URL'];
afterEach(() => {
  if (savedSite === undefined) delete process.env['MINHBACH_SITE_URL'];
  else process.env['MINHBACH_SITE_URL'] = savedSite;
});

/** The address, or the error's code where the URL parser refuses the path ("//" names no host). */
function outcome(resolve: () => string): string {
  try {
    return resolve();
  } catch (error) {
    return `error ${(error as { code?: string }).code}`;
  }
}

describe('a permalink is the address the URL parser resolves, for any path', () => {
  test('random root-relative and relative paths on several site addresses', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SITES), fc.constantFrom('/', '//', '', './', '../', '/./', '/../'), fc.array(fc.constantFrom(...PATH_CHARACTERS), { maxLength: 24 }), (site, start, characters) => {
        process.env['MINHBACH_SITE_URL'] = site;
        const path = `${start}${characters.join('')}`;
        expect(outcome(() => absoluteUrl(path))).toBe(outcome(() => new URL(path, site).href));
      }),
      { numRuns: 20_000 },
    );
  });

  test('paths as the site writes them', () => {
    process.env['MINHBACH_SITE_URL'] = 'https://example.org/minhbach/';
    expect(absoluteUrl('/minhbach/chi-so/ty-le-ho-ngheo/lao-cai/#ty-le-ho-ngheo--nam-chay--2022')).toBe('https://example.org/minhbach/chi-so/ty-le-ho-ngheo/lao-cai/#ty-le-ho-ngheo--nam-chay--2022');
    expect(absoluteUrl('/minhbach/tai-ve/../so-lieu.csv')).toBe('https://example.org/minhbach/so-lieu.csv');
    delete process.env['MINHBACH_SITE_URL'];
    expect(absoluteUrl('/chi-so/')).toBe('/chi-so/');
  });
});
