import { z } from 'zod';
import { PROGRESS_STATUSES } from '../model/types.ts';
import { SOURCE_QUALITY_FLAGS } from '../derive/sourceQuality.ts';
import { QUALIFIERS } from '../schema/figures.ts';

/**
 * The columns of every download. Defined as zod schemas like the input files, so the CSV header,
 * the JSON shape and the Frictionless table schemas in datapackage.json come from one place.
 */
export const figureRowSchema = z.object({
  figure_id: z.string().describe('Stable id of the figure. Its permalink is the indicator page with this id as anchor: /chi-so/<indicator_id>/#<figure_id>'),
  figure_type: z.enum(['observation', 'target']).describe('observation = a result achieved; target = a plan\'s goal'),
  indicator_id: z.string(),
  indicator_name_vi: z.string(),
  unit: z.string().describe('Unit of value, in Vietnamese as published (%, hộ, tỷ đồng…)'),
  territory_id: z.string().describe('Territory or group the figure is about'),
  territory_name: z.string(),
  territory_code: z.string().optional().describe('GSO administrative code, where the place is a territory with a known code'),
  period: z.string().describe('Observations: year, span of years or as-of date. Targets: year or date due'),
  value: z.number().optional().describe('The figure as the source states it (dot as decimal separator)'),
  range_min: z.number().optional().describe('Targets stated as a range: lower bound'),
  range_max: z.number().optional().describe('Targets stated as a range: upper bound'),
  comparator: z.string().optional().describe('Targets: >=, <=, =, >, < or between'),
  out_of: z.number().optional().describe('Denominator stated with the value (106 of 231)'),
  qualifier: z.enum(QUALIFIERS).optional().describe('Observations the source does not state exactly: more-than (trên, hơn), at-least (ít nhất), about (khoảng), nearly (gần), at-most (không quá), less-than (dưới). Empty when the figure is exact'),
  status: z.string().optional().describe('Observations: reported, estimated or provisional'),
  plan_id: z.string().optional().describe('Plan the figure belongs to'),
  source_document_id: z.string().describe('The source document; its title and issuer are in the documents table'),
  source_document_number: z.string().optional().describe('Number as printed, e.g. 239/KH-UBND'),
  source_document_date: z.string().optional().describe('Issue or publication date of the source, YYYY-MM-DD'),
  source_locator: z.string().optional().describe('Where in the source: section, paragraph or page'),
  source_quote: z.string().optional().describe('The exact sentence that states the figure'),
  source_quality: z
    .string()
    .optional()
    .describe(`What weakens the evidence, separated by ";": ${SOURCE_QUALITY_FLAGS.join(', ')}. Empty for a quoted figure from a dated, identified, issued source`),
  disputed: z.boolean().describe('Another source gives a different value for the same figure'),
  inconsistent: z.boolean().describe('The arithmetic on related figures contradicts this one'),
  progress_status: z
    .enum(PROGRESS_STATUSES)
    .optional()
    .describe(
      'Targets: the verdict of the published progress method (/phuong-phap/): achieved, on-track, too-slow, little-progress, moving-away, no-data (before the deadline); met, missed, due-no-result (deadline before progress_as_of); cannot-judge',
    ),
  progress_label_vi: z.string().optional().describe('Targets: the verdict in the words the site uses, e.g. "Quá hạn, chưa công bố kết quả"'),
  progress_projection: z.number().optional().describe('Targets: the value the latest figure reaches at the deadline at the observed pace (least-squares slope since the baseline), in the unit of value'),
  progress_ratio: z.number().optional().describe('Targets: projected change from the baseline over the change the target requires (1 = reaches it)'),
  progress_as_of: z.string().optional().describe('Targets: the data\'s date the verdict is made at (the data version\'s commit date), YYYY-MM-DD'),
  data_version: z
    .string()
    .describe(
      "Data version (release tag, commit and date) at which the figure was as given: the one its pages and citations name, the newest commit among the data files of its place's province (or the release, when none changed since); the whole file's version is in datapackage.json",
    ),
});
export type FigureRow = z.infer<typeof figureRowSchema>;

/**
 * A figure in the JSON downloads: the CSV row without the names, units and version that the
 * JSON file states once (in its indicators, territories and documents lists and its header)
 * rather than on each of thousands of rows.
 */
export const figureJsonSchema = figureRowSchema.omit({
  indicator_name_vi: true,
  unit: true,
  territory_name: true,
  territory_code: true,
  source_document_number: true,
  source_document_date: true,
  progress_label_vi: true,
  data_version: true,
});
export type FigureJson = z.infer<typeof figureJsonSchema>;

export const indicatorRowSchema = z.object({
  indicator_id: z.string(),
  name_vi: z.string(),
  name_en: z.string().optional(),
  unit: z.string(),
  kind: z.string(),
  direction: z.string(),
  decimals: z.number().int(),
  category: z.string(),
  definition_vi: z.string().optional(),
  definition_en: z.string().optional(),
});
export type IndicatorRow = z.infer<typeof indicatorRowSchema>;

export const territoryRowSchema = z.object({
  territory_id: z.string(),
  kind: z.enum(['territory', 'group']),
  level: z.string().optional(),
  code: z.string().optional(),
  name: z.string(),
  parent_id: z.string().optional(),
  valid_from: z.string().optional(),
  valid_to: z.string().optional(),
  successor_id: z.string().optional(),
  members: z.string().optional().describe('Groups: known members, separated by spaces'),
  size: z.number().int().optional().describe('Groups: number of members, known or not'),
});
export type TerritoryRow = z.infer<typeof territoryRowSchema>;

export const documentRowSchema = z.object({
  document_id: z.string(),
  type: z.string(),
  number: z.string().optional(),
  issuer: z.string(),
  issued: z.string().optional(),
  status: z.string().describe('du-thao = draft, ban-hanh = issued'),
  title_vi: z.string(),
  title_en: z.string().optional(),
  url: z.string().optional(),
});
export type DocumentRow = z.infer<typeof documentRowSchema>;
