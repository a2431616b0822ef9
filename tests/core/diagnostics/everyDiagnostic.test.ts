import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DiagnosticCode } from '../../../src/core/diagnostics.ts';
import { build } from '../projectFixture.ts';
import { DIAGNOSTIC_EXAMPLES } from './diagnosticExamples.ts';

const SOURCE = fileURLToPath(new URL('../../../src/', import.meta.url));
const examples = Object.entries(DIAGNOSTIC_EXAMPLES).filter((entry): entry is [DiagnosticCode, NonNullable<(typeof entry)[1]>] => entry[1] !== null);
const reserved = Object.entries(DIAGNOSTIC_EXAMPLES).filter(([, example]) => example === null).map(([code]) => code);

describe('every diagnostic, on a real mistake, says exactly this', () => {
  it.each(examples)('%s', (code, example) => {
    const { diagnostics } = build(example.files);
    const reported = diagnostics.filter((d) => d.code === code);
    expect(reported).toHaveLength(1);
    const [d] = reported;
    expect({ at: `${d!.file}:${d!.line}:${d!.column}`, severity: d!.severity, message: d!.message, hint: d!.hint }).toEqual(example.expected);
  });
});

describe('codes without an example', () => {
  it('are reported by no check yet (give a code an example when a check starts using it)', () => {
    const sources = readdirSync(SOURCE, { recursive: true, encoding: 'utf8' })
      .filter((path) => path.endsWith('.ts') && !path.endsWith('diagnostics.ts'))
      .map((path) => readFileSync(join(SOURCE, path), 'utf8'));
    for (const code of reserved) expect(sources.filter((text) => text.includes(`'${code}'`)), code).toEqual([]);
  });
});
