import { z } from 'zod';
import { idSchema } from './common.ts';
import { documentFrontMatterSchema } from './document.ts';
import { observationSchema, targetSchema, taskSchema } from './figures.ts';
import { indicatorSchema } from './indicator.ts';
import { agencySchema, groupSchema, territorySchema } from './territory.ts';

/**
 * The shapes of whole files. Reference data in content/ holds lists; figures in plans/ sit in YAML
 * files beside the documents. Each list key maps to the schema of one item so that the validator
 * can check items one by one and report every broken item, not just the first.
 */
export const referenceListSchemas = {
  territories: territorySchema,
  groups: groupSchema,
  indicators: indicatorSchema,
  agencies: agencySchema,
} as const;

export const figureListSchemas = {
  targets: targetSchema,
  tasks: taskSchema,
  observations: observationSchema,
} as const;

export const referenceFileSchema = z
  .strictObject({
    territories: z.array(territorySchema).optional(),
    groups: z.array(groupSchema).optional(),
    indicators: z.array(indicatorSchema).optional(),
    agencies: z.array(agencySchema).optional(),
  })
  .describe('A reference-data file in content/: lists of territories, groups, indicators or agencies');

export const figuresFileSchema = z
  .strictObject({
    plan: idSchema.optional().describe('Id of the plan these targets, tasks and results belong to'),
    targets: z.array(targetSchema).optional(),
    tasks: z.array(taskSchema).optional(),
    observations: z.array(observationSchema).optional(),
  })
  .describe('A figures file in plans/: targets and tasks of a plan, or results (observations)');

export const figuresFileEnvelopeSchema = z.strictObject({
  plan: idSchema.optional(),
  targets: z.array(z.unknown()).optional(),
  tasks: z.array(z.unknown()).optional(),
  observations: z.array(z.unknown()).optional(),
});

export const referenceFileEnvelopeSchema = z.strictObject({
  territories: z.array(z.unknown()).optional(),
  groups: z.array(z.unknown()).optional(),
  indicators: z.array(z.unknown()).optional(),
  agencies: z.array(z.unknown()).optional(),
});

export { documentFrontMatterSchema };
