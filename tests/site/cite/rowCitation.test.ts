import { beforeAll, describe, expect, test } from 'vitest';
import { UNKNOWN_VERSION } from '../../../src/core/model/dataVersion.ts';
import type { Model } from '../../../src/core/model/types.ts';
import { citationParts } from '../../../src/present/citation.ts';
import { readAndBuild } from '../../../src/site/loadSiteModel.ts';
import { figurePath } from '../../../src/site/routes.ts';
import { rowCitation } from '../../../src/site/select/rowCitation.ts';
import { absoluteUrl } from '../../../src/site/siteUrl.ts';
import { ROOT } from '../../support/siteUnderTest.ts';

let model: Model;
beforeAll(async () => {
  ({ model } = await readAndBuild(ROOT, ROOT));
});

describe('a territory row’s citation attributes say what the full citation says', () => {
  test('subject, permalink and verdict of every shipped figure, in both languages, as citationParts gives them', () => {
    const figures = [...model.observations, ...model.targets];
    let withStatus = 0;
    for (const locale of ['vi', 'en'] as const) {
      for (const figure of figures) {
        const full = citationParts(model, figure, locale, UNKNOWN_VERSION, absoluteUrl(figurePath(model, figure, locale)));
        const row = rowCitation(model, figure, locale);
        expect({ subject: row.subject, permalink: row.permalink, status: row.status }).toEqual({ subject: full.subject, permalink: full.permalink, status: full.status });
        if (row.status !== undefined) withStatus += 1;
      }
    }
    // The shipped targets carry verdicts, so the comparison covered them too.
    expect(withStatus).toBeGreaterThan(0);
  });
});
