import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Observation } from '../../../src/core/model/types.ts';
import { numbersInText } from '../../../src/core/text/numbersInText.ts';
import { checkQuotes } from '../../../src/core/validate/checkQuotes.ts';
import { readSiteFiles } from '../../../src/node/catalogueFiles.ts';
import { buildWorded, type WordedBuild } from '../projectFixture.ts';

/**
 * A source may write any shipped figure in any of the number styles the quote check accepts
 * (Vietnamese "1.306" and "10,41", English "1,306" and "10.41", spaces or no-break spaces between
 * thousands, or no grouping at all). Re-serialising a shipped figure that way inside its own quote
 * must not raise quote-missing-figure: a false alarm teaches staff to ignore the check.
 */
const ROOT = new URL('../../../', import.meta.url).pathname;

let result: WordedBuild;
beforeAll(async () => {
  result = buildWorded(await readSiteFiles(ROOT));
});

/** The value written with the given thousands separator ('' for none) and decimal mark. */
function written(value: number, thousands: string, decimalMark: string): string {
  const [whole, fraction] = String(value).split('.');
  const grouped = thousands ? whole!.replace(/\B(?=(\d{3})+(?!\d))/g, thousands) : whole!;
  return fraction ? `${grouped}${decimalMark}${fraction}` : grouped;
}

/** Each shipped observation whose quote writes its value as a plain number, and where. */
function cases(): { observation: Observation; offset: number; length: number }[] {
  return result.model.observations.flatMap((observation) => {
    const quote = observation.source.quote;
    if (!quote || observation.value < 0) return [];
    const decimals = String(observation.value).split('.')[1]?.length ?? 0;
    const at = numbersInText(quote).find((n) => n.scale === 1 && n.readings.some((r) => r.decimals === decimals && Math.abs(r.value - observation.value) < 1e-9));
    return at ? [{ observation, offset: at.offset, length: at.written.length }] : [];
  });
}

describe('the shipped figures, written in any accepted number style in their own quotes', () => {
  it('raise no quote-missing-figure', () => {
    const shipped = cases();
    // Most shipped quotes write their figure plainly; a scale word ("1,5 triệu") is left out here.
    expect(shipped.length).toBeGreaterThan(40);
    const styles = fc
      .tuple(fc.constantFrom('', '.', ',', ' ', '\u00a0', '\u202f'), fc.constantFrom(',', '.'))
      .filter(([thousands, decimalMark]) => thousands !== decimalMark);
    fc.assert(
      fc.property(fc.constantFrom(...shipped), styles, ({ observation, offset, length }, [thousands, decimalMark]) => {
        const quote = observation.source.quote!;
        const rewritten = `${quote.slice(0, offset)}${written(observation.value, thousands, decimalMark)}${quote.slice(offset + length)}`;
        const changed: Observation = { ...observation, source: { ...observation.source, quote: rewritten } };
        const alarms = checkQuotes({ observations: [changed], targets: [], index: result.model.index }).filter((d) => d.code === 'quote-missing-figure');
        expect(alarms.map((d) => `${rewritten} → ${d.message.en}`)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});
