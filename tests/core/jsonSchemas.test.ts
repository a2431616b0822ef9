import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderJsonSchemas } from '../../src/core/schema/jsonSchemas.ts';

describe('editor JSON Schemas', () => {
  it('are committed exactly as the zod schemas generate them (run npm run schemas)', () => {
    for (const [name, text] of Object.entries(renderJsonSchemas())) {
      expect(readFileSync(new URL(`../../public/schema/${name}`, import.meta.url), 'utf8'), name).toBe(text);
    }
  });

  it('reject unknown keys, as the validator does', () => {
    const figures = JSON.parse(renderJsonSchemas()['figures-file.schema.json']!);
    expect(figures.additionalProperties).toBe(false);
    expect(figures.properties.observations.items.additionalProperties).toBe(false);
  });

  it('are mapped onto the data folders for VS Code', () => {
    const settings = JSON.parse(readFileSync(new URL('../../.vscode/settings.json', import.meta.url), 'utf8'));
    expect(settings['yaml.schemas']['./public/schema/figures-file.schema.json']).toContain('plans/**/*.yaml');
    expect(settings['yaml.schemas']['./public/schema/reference-file.schema.json']).toContain('content/**/*.yaml');
  });
});
