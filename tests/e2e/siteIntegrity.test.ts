import { describe, expect, test } from 'vitest';
import { builtHtmlPages, tagsNamed } from '../support/builtPages.ts';
import { DIST } from '../support/siteUnderTest.ts';

const pages = builtHtmlPages(DIST);

/** The page's <title> text, entities decoded, whitespace collapsed. */
function titleOf(html: string): string {
  const match = /<title>([^<]*)<\/title>/.exec(html);
  return (match?.[1] ?? '').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
}

describe('every built page can be found, read aloud and cited', () => {
  test('the site has pages to check', () => {
    expect(pages.size).toBeGreaterThan(100);
  });

  test('every page has a non-empty title, and no two pages share one', () => {
    const byTitle = new Map<string, string[]>();
    for (const [path, html] of pages) {
      const title = titleOf(html);
      expect(title, path).not.toBe('');
      byTitle.set(title, [...(byTitle.get(title) ?? []), path]);
    }
    expect([...byTitle].filter(([, paths]) => paths.length > 1).map(([title, paths]) => `${title}: ${paths.join(', ')}`)).toEqual([]);
  });

  test('every page declares its language, English exactly under /en/', () => {
    const wrong = [...pages]
      .map(([path, html]) => ({ path, lang: tagsNamed(html, 'html')[0]?.['lang'] }))
      .filter(({ path, lang }) => lang !== (path.startsWith('/en/') ? 'en' : 'vi'));
    expect(wrong).toEqual([]);
  });

  test('every page has exactly one canonical URL, which is its own address', () => {
    const problems: string[] = [];
    const seen = new Map<string, string>();
    for (const [path, html] of pages) {
      // The not-found pages answer addresses that do not exist: they have no address of their own.
      if (path.endsWith('/404.html')) continue;
      const canonicals = tagsNamed(html, 'link').filter((link) => link['rel']?.split(/\s+/).includes('canonical'));
      if (canonicals.length !== 1) {
        problems.push(`${path}: ${canonicals.length} canonical links`);
        continue;
      }
      const href = canonicals[0]!['href'] ?? '';
      const own = new URL(href, 'http://site.test/').pathname;
      if (!own.endsWith(path)) problems.push(`${path}: canonical is ${href}`);
      if (seen.has(href)) problems.push(`${path} and ${seen.get(href)} share the canonical ${href}`);
      seen.set(href, path);
    }
    expect(problems).toEqual([]);
  });
});
