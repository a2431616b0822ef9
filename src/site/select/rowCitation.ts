import type { Locale } from '../../core/format/formatNumber.ts';
import type { Model, Observation, Target } from '../../core/model/types.ts';
import { citationStatus, citationSubject } from '../../present/citation.ts';
import { figurePath } from '../routes.ts';
import { absoluteUrl } from '../siteUrl.ts';

/** The parts of a figure's citation that a territory page's row or table prints as data-cite-* attributes. */
export interface RowCitation {
  subject: string;
  /** The figure's permalink (its indicator or indicator × province page, and its row's anchor). */
  permalink: string;
  status: string | undefined;
}

/**
 * The subject, permalink and verdict of a figure's citation, in the words of its full citation
 * (citationParts), without composing the rest of it: the browser composes the citation from the
 * row, the table and the page's source list (citeOnPage.ts), so a page of two hundred rows needs
 * only these. Composing each row's whole citation to read three of its parts took about a tenth
 * of the page render at 1.000 communes.
 */
export function rowCitation(model: Model, figure: Observation | Target, locale: Locale): RowCitation {
  return {
    subject: citationSubject(model, figure, locale),
    permalink: absoluteUrl(figurePath(model, figure, locale)),
    status: citationStatus(model, figure, locale),
  };
}
