import { describe, expect, it } from 'vitest';
import type { DiagnosticCode } from '../../../src/core/diagnostics.ts';
import { build } from '../projectFixture.ts';
import { DIAGNOSTIC_EXAMPLES, type DiagnosticExample } from './diagnosticExamples.ts';

const examples = Object.entries(DIAGNOSTIC_EXAMPLES) as [DiagnosticCode, DiagnosticExample][];

describe('every diagnostic, on a real mistake, says exactly this', () => {
  it.each(examples)('%s', (code, example) => {
    const { diagnostics } = build(example.files, example.context);
    const reported = diagnostics.filter((d) => d.code === code);
    expect(reported).toHaveLength(1);
    const [d] = reported;
    expect({ at: `${d!.file}:${d!.line}:${d!.column}`, severity: d!.severity, message: d!.message, hint: d!.hint }).toEqual(example.expected);
  });
});
