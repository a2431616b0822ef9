/**
 * The prose pages a data folder may write in content/pages/, each as <name>.vi.md and
 * <name>.en.md: about, methodology, how to cite. Any it leaves out come from the engine's
 * templates (src/catalogue/pages/), filled from the site's settings.
 */
export const PROSE_PAGE_NAMES = ['gioi-thieu', 'phuong-phap', 'trich-dan'] as const;

export const PROSE_PAGE_LOCALES = ['vi', 'en'] as const;

export const PROSE_PAGE_FILES: readonly string[] = PROSE_PAGE_NAMES.flatMap((name) => PROSE_PAGE_LOCALES.map((locale) => `content/pages/${name}.${locale}.md`));
