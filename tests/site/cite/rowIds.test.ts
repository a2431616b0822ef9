import { describe, expect, test } from 'vitest';
import { observationId } from '../../../src/core/model/figureIds.ts';
import { parsePeriod } from '../../../src/core/model/period.ts';
import { formatPeriod } from '../../../src/present/periodText.ts';
import { derivedFigureId, figureIdPrefix, periodKeyOfText } from '../../../src/site/cite/rowIds.ts';

describe('a territory page\'s result rows get their ids back from what they print', () => {
  test.each([2022, '2023-10-31', '2021-2023'] as const)('the period %s, as printed in either language, with the place, indicator and document, gives the figure\'s id', (input) => {
    const period = parsePeriod(input);
    const expected = observationId('ty-le-ho-ngheo', 'nam-chay', period, 'baomoi-giam-ngheo-nam-chay-2023');
    for (const locale of ['vi', 'en'] as const) {
      // A single day is read from its <time datetime>, a year or a span from the cell's words.
      const printed = period.kind === 'date' ? period.date : periodKeyOfText(` ${formatPeriod(period, locale)} `);
      expect(derivedFigureId(figureIdPrefix('ty-le-ho-ngheo', 'nam-chay'), printed, 'baomoi-giam-ngheo-nam-chay-2023')).toBe(expected);
    }
  });
});
