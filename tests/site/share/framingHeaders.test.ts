import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LOCALES, PROSE_PAGES, SECTIONS, SERVICE_PAGES, pagePath, type PageKey } from '../../../src/site/routes.ts';
import { embedPagePath } from '../../../src/site/share/sharedCharts.ts';
import { headersFor, readHeadersFile } from '../../support/headersFile.ts';
import { ROOT } from '../../support/siteUnderTest.ts';

const rules = readHeadersFile(join(ROOT, 'public', '_headers'));
const frameAncestors = (path: string) =>
  headersFor(rules, path)
    .filter(([name]) => name.toLowerCase() === 'content-security-policy')
    .map(([, value]) => value);

const pages: PageKey[] = [
  { kind: 'home' },
  ...Object.keys(SECTIONS).flatMap((section) => [
    { kind: 'index', section } as PageKey,
    { kind: 'entity', section, id: 'x' } as PageKey,
  ]),
  { kind: 'indicatorRegion', id: 'x', region: 'y' },
  ...Object.keys(PROSE_PAGES).map((page) => ({ kind: 'prose', page }) as PageKey),
  ...Object.keys(SERVICE_PAGES).map((page) => ({ kind: 'service', page }) as PageKey),
];

describe('only embed pages may be framed by other sites (public/_headers)', () => {
  test.each(LOCALES)('every kind of %s page may be framed by this site only', (locale) => {
    for (const page of pages) {
      const path = pagePath(page, locale);
      expect(frameAncestors(path), path).toEqual(["frame-ancestors 'self'"]);
      expect(headersFor(rules, path), path).toContainEqual(['X-Frame-Options', 'SAMEORIGIN']);
    }
  });

  test.each(LOCALES)('%s embed pages may be framed anywhere, and carry no policy that forbids it', (locale) => {
    for (const scope of [{ kind: 'indicator', indicator: 'x' }, { kind: 'place', indicator: 'x', place: 'y' }] as const) {
      const path = embedPagePath(scope, locale);
      expect(frameAncestors(path), path).toEqual(['frame-ancestors *']);
      expect(headersFor(rules, path).map(([name]) => name), path).not.toContain('X-Frame-Options');
    }
  });
});
