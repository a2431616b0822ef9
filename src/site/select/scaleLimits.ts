/**
 * Where pages stop listing everything. The shipped data is small, but the site must stay usable
 * at national scale (34 provinces, 3.321 communes, dozens of indicators a year): a chart of a
 * thousand lines or a page of thirty thousand rows helps nobody and weighs megabytes.
 */

/** Places drawn on one indicator chart, and given a summary sentence above it. */
export const FEATURED_PLACES = 6;

/** Tables longer than this leave out quotes and notes (they stay on territory and document pages). */
export const COMPACT_TABLE_ROWS = 120;

/** A year page lists commune-level figures one by one only up to this many figures in the year. */
export const YEAR_PAGE_ROWS = 1500;

/** Figures listed per kind of change (added, changed, removed) for one release on the versions page. */
export const VERSION_CHANGES_ROWS = 200;

/**
 * An indicator with figures for more places than this lists each province's communes on a page
 * of their own (`/chi-so/<id>/<province>/`): at national scale one page would hold 20.000 rows.
 */
export const INDICATOR_PAGE_PLACES = 60;

/** A document page lists its figures one by one up to this many; beyond, it counts them per indicator and province. */
export const DOCUMENT_PAGE_ROWS = 300;

/** The territory index shows every place as one tree up to this many; beyond, one folded section per province. */
export const TERRITORY_INDEX_PLACES = 200;
