import { z } from 'zod';
import { idSchema, localizedTextSchema, periodSchema, sourceSchema, yearSchema, isoDateSchema } from './common.ts';

export const COMPARATORS = ['>=', '<=', '=', '>', '<', 'between'] as const;
export type Comparator = (typeof COMPARATORS)[number];

/**
 * How the source words a figure that is not exact: "trên 686,5 tỷ đồng" (more than), "ít nhất",
 * "khoảng" (about), "gần" (nearly), "không quá" (at most), "dưới" (less than). Kept as data so
 * every output can say it in the source's own words, not as a symbol or a dropped word.
 */
export const QUALIFIERS = ['more-than', 'at-least', 'about', 'nearly', 'at-most', 'less-than'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

const figureValueSchema = z.number().describe('The number as the source states it, with a dot for decimals: 10.41');

export const targetSchema = z
  .strictObject({
    id: idSchema.optional().describe('Only needed to tell apart two targets that would otherwise share an id'),
    plan: idSchema.optional().describe('Plan this target belongs to; defaults to the file\'s `plan`'),
    indicator: idSchema,
    territory: idSchema.describe('Id of a territory or a group'),
    comparator: z.enum(COMPARATORS).describe('>= at least, <= at most, = exactly, > more than, < less than, between = a range'),
    value: figureValueSchema.optional().describe('Target value (leave out when `range` is used)'),
    qualifier: z
      .enum(QUALIFIERS)
      .optional()
      .describe('How the plan words the target when not by its comparator, e.g. about for "khoảng 500 lao động": shown in those words, while `comparator` still decides whether it is met'),
    range: z
      .strictObject({ min: figureValueSchema, max: figureValueSchema })
      .optional()
      .describe('Target range, e.g. 300–350 people, with comparator "between"'),
    by: z.union([yearSchema, isoDateSchema]).describe('Year (2025) or date by which the target is due'),
    baseline: z
      .strictObject({ value: figureValueSchema, period: periodSchema })
      .optional()
      .describe('Starting value and when, if the plan states one'),
    source: sourceSchema,
    note: localizedTextSchema.optional(),
  })
  .describe('A target (chỉ tiêu) that a plan sets for an indicator in a territory or group');

export type TargetInput = z.infer<typeof targetSchema>;

export const OBSERVATION_STATUSES = ['reported', 'estimated', 'provisional'] as const;

export const observationSchema = z
  .strictObject({
    id: idSchema.optional().describe('Only needed to tell apart two figures that would otherwise share an id'),
    indicator: idSchema,
    territory: idSchema.describe('Id of a territory or a group'),
    period: periodSchema,
    value: figureValueSchema,
    out_of: z.number().optional().describe('Denominator stated with the value, e.g. 231 in "106/231 công trình"'),
    qualifier: z
      .enum(QUALIFIERS)
      .optional()
      .describe('How the source words a figure that is not exact: more-than (trên, hơn), at-least (ít nhất, tối thiểu), about (khoảng), nearly (gần), at-most (không quá), less-than (dưới)'),
    approximate: z.boolean().optional().describe('Older form of `qualifier: about`; still read as "about"'),
    status: z.enum(OBSERVATION_STATUSES).describe('reported, estimated (ước) or provisional'),
    source: sourceSchema,
    note: localizedTextSchema.optional(),
  })
  .describe('A figure achieved: an indicator\'s value for a territory or group and a period');

export type ObservationInput = z.infer<typeof observationSchema>;

export const taskSchema = z
  .strictObject({
    section: z.string().min(1).describe('Section of the plan, as printed, e.g. "III.1"'),
    lead: idSchema.describe('Id of the lead agency'),
    partners: z.array(idSchema).optional().describe('Ids of the agencies that coordinate'),
    content: localizedTextSchema,
    due: z.union([yearSchema, isoDateSchema]).optional(),
    source: sourceSchema.optional(),
  })
  .describe('A task a plan assigns to an agency');

export type TaskInput = z.infer<typeof taskSchema>;
