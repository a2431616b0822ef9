import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { builtHtmlPages } from '../support/builtPages.ts';
import { DIST, ROOT } from '../support/siteUnderTest.ts';

/**
 * A journalist pastes the citation, a reader sees the row: the two must say the same amount. For
 * every figure row of every built page that carries a citation, the amount the row shows ("trên
 * 686,5 tỷ đồng", "267/551 hộ", "dưới 15%") must appear, character for character, in the row's
 * citation in the page's language. Read from the built HTML, so neither side is taken from the
 * formatter: a citation that drops "trên" or "/551" fails here whatever the code says.
 * Territory pages carry no citation in their HTML (their Cite composes it in the browser):
 * citeOnCommunePages.test.ts checks there that each row's composed citation holds the row's
 * amount and is the very citation printed on the figure's own page, which this test checks.
 */

interface RowCheck {
  page: string;
  row: string;
  amount: string;
  citation: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: '\u00a0' };

/** Text as the reader sees it: tags dropped, entities decoded, runs of white space as one space. */
function text(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
      if (ENTITIES[name] !== undefined) return ENTITIES[name]!;
      if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
      return whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** Each figure row's own amount (its first number cell) and its citation in the page's language. */
function rowChecks(pages: Map<string, string>): RowCheck[] {
  const checks: RowCheck[] = [];
  for (const [page, html] of pages) {
    const lang = /<html[^>]*\blang="(\w+)"/.exec(html)?.[1];
    for (const row of html.matchAll(/<tr id="([^"]+)"[^>]*>([\s\S]*?)<\/tr>/g)) {
      const body = row[2]!;
      const citation = new RegExp(`<p class="cite__text" lang="${lang}">([\\s\\S]*?)</p>`).exec(body)?.[1];
      const amount = /<data value="[^"]*">([\s\S]*?)<\/data>|<span class="number">([\s\S]*?)<\/span>/.exec(body)?.slice(1).find((group) => group !== undefined);
      if (citation === undefined || amount === undefined) continue;
      checks.push({ page, row: row[1]!, amount: text(amount), citation: text(citation) });
    }
  }
  return checks;
}

function mismatches(checks: readonly RowCheck[]): string[] {
  return checks.filter((check) => !check.citation.includes(check.amount)).map((check) => `${check.page}#${check.row}: row shows "${check.amount}", citation: ${check.citation.slice(0, 160)}`);
}

describe('every figure row says the amount its citation says', () => {
  test('on the shipped site, in Vietnamese and in English', () => {
    const checks = rowChecks(builtHtmlPages(DIST));
    // The shipped data has 69 figures and 19 targets, each cited on several pages in two languages.
    expect(checks.length).toBeGreaterThan(300);
    expect(new Set(checks.map((check) => check.page.startsWith('/en/'))).size).toBe(2);
    // The amounts the issue found dropped by citations are among those checked.
    const amounts = new Set(checks.map((check) => check.amount));
    for (const amount of ['trên 686,5 tỷ đồng', 'more than 686.5 billion VND', '267/551 hộ', '267/551 households', 'dưới 15%', 'less than 15%', 'không quá 8,86%', '40,8%'])
      expect(amounts, amount).toContain(amount);
    expect(mismatches(checks)).toEqual([]);
  });

  describe('on the hostile fixture', () => {
    const workspace = mkdtempSync(join(tmpdir(), 'minhbach-cite-rows-'));
    const hostileDist = join(workspace, 'dist');
    beforeAll(() => {
      const env: NodeJS.ProcessEnv = { ...process.env, MINHBACH_DATA: join(ROOT, 'tests/fixtures/hostile'), ASTRO_TELEMETRY_DISABLED: '1' };
      // Vitest's own Vite variables would be read by Astro as the site's.
      for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'MINHBACH_BASE_PATH', 'MINHBACH_SITE_URL']) delete env[key];
      execFileSync(process.execPath, [join(ROOT, 'src/cli/buildSite.ts'), '--outDir', hostileDist], { cwd: ROOT, env, stdio: 'inherit' });
    });

    test('rows and citations agree there too', () => {
      const checks = rowChecks(builtHtmlPages(hostileDist));
      expect(checks.length).toBeGreaterThan(0);
      expect(mismatches(checks)).toEqual([]);
    });
  });
});
