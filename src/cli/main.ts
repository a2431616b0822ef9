#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { commandSchemas } from './commandSchemas.ts';
import { commandValidate } from './commandValidate.ts';
import type { OutputLanguage } from './formatDiagnostics.ts';

const USAGE = `minhbach <command> [options]

Commands:
  validate [--json] [--strict] [--verbose] [--lang vi|en|both] [--root DIR]
      Check every file in content/ and plans/ and report all mistakes at once.
  schemas [--check]
      Write the JSON Schemas for editors to public/schema/ (--check: fail if they are stale).

The data folder defaults to the current directory, or MINHBACH_DATA if set.`;

/** Entry point: parses arguments and turns any unexpected failure into a message, not a stack dump. */
async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'validate') {
    const { values } = parseArgs({
      args: rest,
      options: {
        json: { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        lang: { type: 'string', default: 'both' },
        root: { type: 'string' },
      },
    });
    const language = values.lang as OutputLanguage;
    if (!['vi', 'en', 'both'].includes(language)) throw new UsageError(`--lang must be vi, en or both, not "${values.lang}"`);
    return commandValidate({
      root: values.root ?? process.env.MINHBACH_DATA ?? process.cwd(),
      json: values.json,
      strict: values.strict,
      verbose: values.verbose,
      language,
    });
  }
  if (command === 'schemas') {
    const { values } = parseArgs({ args: rest, options: { check: { type: 'boolean', default: false } } });
    return commandSchemas(process.cwd(), values.check);
  }
  process.stdout.write(`${USAGE}\n`);
  return command === undefined || command === '--help' || command === 'help' ? 0 : 2;
}

class UsageError extends Error {}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`minhbach: ${message}\n`);
    process.exitCode = error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? 2 : 3;
  },
);
