import { z } from 'zod';
import { locatorSchema } from './locator.ts';
import { refineRule, regexRule } from './schemaRules.ts';

/**
 * Ids are ASCII slugs because they become URLs that must stay stable forever and must be typeable
 * on any keyboard. Vietnamese names live in `name` fields, never in ids.
 */
export const idSchema = z
  .string()
  .regex(...regexRule('id-format'))
  .describe('Stable ASCII slug, e.g. "nam-chay". Used in URLs: never change it once published.');

export type Id = z.infer<typeof idSchema>;

/** Calendar date written as YYYY-MM-DD (ISO 8601). Impossible dates are rejected here. */
export const isoDateSchema = z
  .string()
  .regex(...regexRule('date-format'))
  .refine(isRealCalendarDate, refineRule('date-exists'))
  .describe('Date as YYYY-MM-DD, e.g. 2021-05-19');

export function isRealCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Text in Vietnamese, optionally translated. Vietnamese is the authoritative language. */
export const localizedTextSchema = z
  .strictObject({
    vi: z.string().min(1).describe('Vietnamese text (authoritative)'),
    en: z.string().min(1).optional().describe('English translation, if available'),
  })
  .describe('Text in Vietnamese with an optional English translation');

export type LocalizedText = z.infer<typeof localizedTextSchema>;

export const yearSchema = z.number().int().min(1945).max(2100).describe('A calendar year, e.g. 2023');

/**
 * The period a figure describes: a year (2023), a span of years ("2021-2023"), or an as-of date
 * ("2023-10-31") for figures reported part-way through a year.
 */
export const periodSchema = z
  .union([
    yearSchema,
    z
      .string()
      .regex(...regexRule('year-span-format'))
      .refine((text) => Number(text.slice(0, 4)) < Number(text.slice(5)), refineRule('year-span-order')),
    isoDateSchema,
  ])
  .describe('Year (2023), span of years ("2021-2023") or as-of date ("2023-10-31")');

export type PeriodInput = z.infer<typeof periodSchema>;

export const urlSchema = z
  .string()
  .regex(...regexRule('url-format'))
  .describe('Web address starting with http:// or https://');

/** Where a figure comes from: the document, where in it, and the exact sentence. */
export const sourceSchema = z
  .strictObject({
    document: idSchema.describe('Id of the document (in plans/) that states this figure'),
    locator: locatorSchema.optional(),
    quote: z
      .string()
      .min(1)
      .optional()
      .describe('The exact sentence from the document that states the figure, copied without changes'),
  })
  .describe('The source of a figure');

export type SourceInput = z.infer<typeof sourceSchema>;

export const webSourceSchema = z.strictObject({
  title: z.string().min(1),
  url: urlSchema.optional(),
  publisher: z.string().min(1).optional(),
  accessed: isoDateSchema.optional(),
});
