/** What src/middleware.ts puts on `Astro.locals` for every page. */
declare namespace App {
  interface Locals {
    locale: import('./core/format/formatNumber.ts').Locale;
    t: import('./present/phrases.ts').UiStrings;
    /** Set by the page's first progress bar, which draws the shapes every bar of the page reuses (ProgressBar.astro). */
    progressFrameDrawn?: boolean;
    /** The data version the page is stamped with and its citations name. */
    dataVersion: import('./core/model/dataVersion.ts').DataVersion;
  }
}
