import { z } from 'zod';
import { refineRule, regexRule } from './schemaRules.ts';
import { idSchema, localizedTextSchema, urlSchema } from './common.ts';

/** Where a file path points: the settings of the site a data folder builds. */
export const SITE_SETTINGS_PATH = 'content/site.yaml';

/** The languages the site is built in: Vietnamese at `/`, English at `/en/` (DESIGN.md §4). */
export const SITE_LANGUAGES = ['vi', 'en'] as const;

const emailSchema = z
  .string()
  .regex(...regexRule('email-format'))
  .describe('E-mail address, e.g. minhbach@laocai.gov.vn');

/**
 * Where a reader's "report an error" goes: a GitHub repository's issue form, or an e-mail address
 * for a site whose publisher does not use GitHub.
 */
export const reportErrorsSchema = z
  .union([
    z.strictObject({
      github: z
        .string()
        .regex(...regexRule('github-repository-format'))
        .describe('GitHub repository whose issues receive the reports, written owner/name'),
    }),
    z.strictObject({ email: emailSchema.describe('E-mail address that receives the reports') }),
  ])
  .describe('Where readers report a wrong figure: { github: owner/repo } or { email: address }');

/**
 * The settings of one site, kept in its data folder at content/site.yaml: a data folder is a site.
 * Everything a page says about who runs the site comes from here, never from the engine.
 */
export const siteSettingsSchema = z
  .strictObject({
    name: localizedTextSchema.describe('Name of the site, e.g. { vi: Minh bạch Quảng Trị, en: Quảng Trị in figures }'),
    publisher: localizedTextSchema.describe('Who publishes the site and answers for it, e.g. { vi: Sở Tài chính tỉnh Quảng Trị }'),
    contact: z
      .strictObject({
        email: emailSchema.optional(),
        url: urlSchema.optional().describe('A page where the publisher can be reached'),
      })
      .optional()
      .describe('How readers reach the publisher: an e-mail address, a web page, or both'),
    languages: z
      .array(z.enum(SITE_LANGUAGES))
      .refine((languages) => languages.length === SITE_LANGUAGES.length && SITE_LANGUAGES.every((language, i) => languages[i] === language), refineRule('site-languages'))
      .optional()
      .describe('Languages of the site; Vietnamese at /, English at /en/. Only [vi, en] for now'),
    base_url: urlSchema
      .optional()
      .describe('Public address of the site, e.g. https://minhbach.quangtri.gov.vn/; MINHBACH_SITE_URL overrides it'),
    report_errors: reportErrorsSchema.optional(),
    headline_indicators: z
      .array(idSchema)
      .optional()
      .describe('Ids of the indicators shown first on the home page, in this order'),
  })
  .describe('The settings of a site, in its data folder at content/site.yaml');

export type SiteSettingsInput = z.infer<typeof siteSettingsSchema>;
export type ReportErrorsTarget = z.infer<typeof reportErrorsSchema>;
