import { z } from 'zod';
import { regexRule } from './schemaRules.ts';
import { idSchema, isoDateSchema, localizedTextSchema, webSourceSchema } from './common.ts';

export const TERRITORY_LEVELS = ['province', 'district', 'commune'] as const;
export type TerritoryLevel = (typeof TERRITORY_LEVELS)[number];

/** GSO codes have a fixed width per level (General Statistics Office, Decision 124/2004/QĐ-TTg). */
export const GSO_CODE_WIDTH: Record<TerritoryLevel, number> = { province: 2, district: 3, commune: 5 };

export const territorySchema = z
  .strictObject({
    id: idSchema,
    code: z
      .string()
      .regex(...regexRule('gso-code-format'))
      .optional()
      .describe('GSO administrative code as a quoted string, e.g. "02791" (leading zeros matter). Leave out if unknown.'),
    level: z.enum(TERRITORY_LEVELS),
    name: z.string().min(1).describe('Official Vietnamese name with diacritics'),
    name_en: z.string().min(1).optional().describe('The name without diacritics, as English-language sources often write it (Lao Cai). Pages write the official name on both sides; search finds either.'),
    aliases: z.array(z.string().min(1)).optional().describe('Other spellings found in sources, e.g. "La Pán Tẩn"'),
    parent: idSchema.optional().describe('Id of the territory this one belongs to'),
    valid_from: isoDateSchema.optional().describe('First day this unit existed with this extent'),
    valid_to: isoDateSchema.optional().describe('Last day this unit existed with this extent'),
    successor: idSchema.optional().describe('Id of the unit this one became (after a merger)'),
    predecessors: z.array(idSchema).optional().describe('Ids of the units merged into this one'),
    changed_by: idSchema.optional().describe('Id of the document (in plans/) that created or merged this unit'),
    note: localizedTextSchema.optional(),
    sources: z.array(webSourceSchema).optional(),
  })
  .describe('An administrative unit: province, district or commune');

export type TerritoryInput = z.infer<typeof territorySchema>;

export const groupSchema = z
  .strictObject({
    id: idSchema,
    name: localizedTextSchema,
    description: localizedTextSchema.optional(),
    size: z.number().int().positive().optional().describe('How many members the group has, even if not all are known'),
    members: z.array(idSchema).describe('Ids of the members that are known'),
    parent: idSchema.optional().describe('Territory that contains the whole group'),
    defined_by: idSchema.optional().describe('Id of the document that defines the group'),
    note: localizedTextSchema.optional(),
    sources: z.array(webSourceSchema).optional(),
  })
  .describe('A named set of territories, e.g. "10 xã có tỷ lệ hộ nghèo cao". Members may be only partly known.');

export type GroupInput = z.infer<typeof groupSchema>;

export const agencySchema = z
  .strictObject({
    id: idSchema,
    name: localizedTextSchema,
    short_name: z.string().min(1).optional().describe('Abbreviation as printed, e.g. "UBND tỉnh"'),
    territory: idSchema.optional().describe('Territory the agency belongs to'),
    kind: z
      .enum(['party', 'state', 'people-council', 'people-committee', 'department', 'mass-organisation', 'press', 'aggregator', 'unknown', 'other'])
      .optional()
      .describe('aggregator = a site that republishes other outlets\' articles (baomoi); unknown = a publisher not yet identified. Readers are told of both beside every figure.'),
  })
  .describe('An agency that issues documents or is assigned tasks');

export type AgencyInput = z.infer<typeof agencySchema>;
