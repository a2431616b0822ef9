/** What src/middleware.ts puts on `Astro.locals` for every page. */
declare namespace App {
  interface Locals {
    locale: import('./core/format/formatNumber.ts').Locale;
    t: import('./present/phrases.ts').UiStrings;
  }
}
