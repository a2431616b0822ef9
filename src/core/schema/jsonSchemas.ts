import { z } from 'zod';
import { documentFrontMatterSchema } from './document.ts';
import { figuresFileSchema, referenceFileSchema } from './files.ts';
import { siteSettingsSchema } from './site.ts';

/**
 * JSON Schemas for editors, generated from the zod schemas so that the editor and the validator
 * can never disagree. VS Code's YAML extension reads them through .vscode/settings.json.
 */
export const JSON_SCHEMA_FILES = {
  'reference-file.schema.json': referenceFileSchema,
  'figures-file.schema.json': figuresFileSchema,
  'document-front-matter.schema.json': documentFrontMatterSchema,
  'site-file.schema.json': siteSettingsSchema,
} as const;

export function renderJsonSchemas(): Record<string, string> {
  const rendered: Record<string, string> = {};
  for (const [name, schema] of Object.entries(JSON_SCHEMA_FILES)) {
    const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' });
    rendered[name] = `${JSON.stringify(json, null, 2)}\n`;
  }
  return rendered;
}
