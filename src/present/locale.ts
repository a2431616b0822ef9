/**
 * The languages the site is written in: Vietnamese first (at `/`), English at `/en/`. The type
 * lives with the number and date primitives in the core (its findings and diagnostics are
 * bilingual); every view takes it from here.
 */
export type { Locale } from '../core/format/formatNumber.ts';
import type { Locale } from '../core/format/formatNumber.ts';

export const LOCALES: readonly Locale[] = ['vi', 'en'];
