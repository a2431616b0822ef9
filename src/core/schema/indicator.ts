import { z } from 'zod';
import { idSchema, isoDateSchema, localizedTextSchema, urlSchema, yearSchema } from './common.ts';
import { refineRule } from './schemaRules.ts';
import { UNIT_NAMES } from './units.ts';

export const INDICATOR_KINDS = ['level', 'change', 'count', 'amount', 'ratio'] as const;
export const INDICATOR_CATEGORIES = [
  'poverty',
  'infrastructure',
  'education',
  'health',
  'jobs',
  'finance',
  'production',
  'rural-development',
  'information',
  'income',
] as const;

/**
 * How one indicator is computed from another. Reports state derived figures ("down 10,41 points",
 * "130,1% of the target"); declaring the relation lets the validator redo the arithmetic and flag
 * a mismatch instead of trusting either number.
 */
export const RELATION_TYPES = [
  'decrease-of', // value(t) = of(t-1) − of(t)
  'increase-of', // value(t) = of(t) − of(t-1)
  'growth-percent-of', // value(t) = (of(t) / of(t-1) − 1) × 100
  'percent-of-target', // value(t) = of(t) / target(of, t) × 100
  'excess-over-target', // value(t) = of(t) − target(of, t)
] as const;

export const indicatorRelationSchema = z.strictObject({
  type: z.enum(RELATION_TYPES).describe('How this indicator is computed from `of`'),
  of: idSchema.describe('Id of the indicator this one is computed from'),
});

/**
 * A change of method or standard part-way through an indicator's series (Vietnam's poverty
 * standard for 2022–2025, Nghị định 07/2021/NĐ-CP, replaced that of 2016–2020): figures on either
 * side measure different things, so charts do not join them, sentences do not compare them and a
 * target is not judged across it.
 */
export const seriesBreakSchema = z
  .strictObject({
    from: z
      .union([yearSchema, isoDateSchema])
      .describe('When the new method starts: a year (2022: figures for 2022 onwards) or a date (YYYY-MM-DD: figures at or after it)'),
    note: localizedTextSchema.describe('What changed, in a sentence a reader understands ("Chuẩn nghèo đa chiều giai đoạn 2022–2025 thay chuẩn 2016–2020")'),
    label: localizedTextSchema
      .optional()
      .describe('Short marker drawn on charts ("Đổi chuẩn nghèo"); "Đổi phương pháp" / "Method changed" when absent'),
    source: z
      .strictObject({
        document: z.string().min(1).describe('The legal text or publication that set the new method, as cited: "Nghị định 07/2021/NĐ-CP"'),
        url: urlSchema.optional(),
      })
      .describe('Where the new method is laid down'),
  })
  .describe('A change of method or standard: figures before and after it are not compared');

export const indicatorSchema = z
  .strictObject({
    id: idSchema,
    name: localizedTextSchema,
    short_name: localizedTextSchema.optional().describe('Short label for charts and tables'),
    unit: z.enum(UNIT_NAMES).describe('Unit of every value of this indicator'),
    kind: z
      .enum(INDICATOR_KINDS)
      .describe('level: a state (a rate); change: a difference between two levels; count: things done; amount: money; ratio: percent of something else'),
    direction: z
      .enum(['increase', 'decrease', 'none'])
      .describe('Which way is better: increase, decrease, or none (neutral)'),
    decimals: z.number().int().min(0).max(4).describe('Decimal places values are published with'),
    period_total: z
      .boolean()
      .optional()
      .describe(
        'For count and amount: true (the default) when each value is what was done during its period ("trained in 2024"), false when it is a running total at a date ("cumulative, to date"). A period total is compared only with the target for the same period.',
      ),
    category: z.enum(INDICATOR_CATEGORIES),
    definition: localizedTextSchema.optional(),
    relation: indicatorRelationSchema.optional(),
    headline: z.boolean().optional().describe('Show on the home page'),
    breaks: z
      .array(seriesBreakSchema)
      .optional()
      .describe('Changes of method or standard, oldest first: figures across one are not joined, compared or used for one pace'),
    catalogue_note: localizedTextSchema
      .optional()
      .describe("Why this data folder defines an indicator of the engine's standard catalogue (src/catalogue/indicators/) its own way: shown with the definition"),
  })
  .refine((indicator) => indicator.period_total === undefined || indicator.kind === 'count' || indicator.kind === 'amount', refineRule('period-total-kind', ['period_total']))
  .refine((indicator) => (indicator.breaks ?? []).every((b, i, all) => i === 0 || breakStartDate(all[i - 1]!) < breakStartDate(b)), refineRule('breaks-order', ['breaks']))
  .describe('An indicator: something measured, with its unit and the direction that is better');

/**
 * Whether a value describes one period rather than a level at a date. Such a value says nothing
 * about a later period: 14 job fairs held in 2023 do not meet a target of 10 for 2024.
 */
export function isPeriodTotal(indicator: Pick<IndicatorInput, 'kind' | 'period_total'>): boolean {
  if (indicator.kind === 'change' || indicator.kind === 'ratio') return true;
  if (indicator.kind === 'count' || indicator.kind === 'amount') return indicator.period_total !== false;
  return false;
}

/** First day of the new method: 1 January of a year, or the date itself. */
export function breakStartDate(seriesBreak: { from: number | string }): string {
  return typeof seriesBreak.from === 'number' ? `${seriesBreak.from}-01-01` : seriesBreak.from;
}

export type SeriesBreakInput = z.infer<typeof seriesBreakSchema>;
export type IndicatorInput = z.infer<typeof indicatorSchema>;
