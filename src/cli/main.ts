#!/usr/bin/env node
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { commandDiff } from './commandDiff.ts';
import { commandNew, type NewRequest } from './commandNew.ts';
import { commandNewSite } from './commandNewSite.ts';
import { commandSchemas } from './commandSchemas.ts';
import { commandValidate } from './commandValidate.ts';
import type { OutputLanguage } from '../present/diagnosticsReport.ts';

const USAGE = `minhbach <command> [options]

Commands:
  validate [--json] [--strict] [--verbose] [--lang vi|en|both] [--root DIR]
      Check every file in content/ and plans/ and report all mistakes at once.
  new result <plan-id> <year> [--source <document-id>]
      Skeleton of a plan's yearly result: one entry per indicator and place the plan has a
      target for, values blank. Without --source, also the report the figures come from.
  new document <id> --type <type> [--folder plans/...]
  new territory <id> [--level province|district|commune] [--parent <id>]
  new indicator <id> [--category <category>]
      Skeletons that validate once their blanks are filled in. Existing files are never overwritten.
  new site <folder> [--name "Quảng Trị"] [--code 44] [--province quang-tri]
      A new data folder that is a site of its own: settings, the province, its git repository.
  diff <git-ref> [--json]
      The data changes between <git-ref> and the working tree, as Markdown (or JSON).
  schemas [--check]
      Write the JSON Schemas for editors to public/schema/, and to the data folder's own public/schema/
      when MINHBACH_DATA is set (--check: fail if they are stale).

The data folder defaults to the current directory, or MINHBACH_DATA if set.`;

/** Entry point: parses arguments and turns any unexpected failure into a message, not a stack dump. */
async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  // `npm run new -- --help` must answer with the usage, not "unknown option".
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
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
      root: dataRoot(values.root),
      json: values.json,
      strict: values.strict,
      verbose: values.verbose,
      language,
    });
  }
  if (command === 'new') {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        type: { type: 'string' },
        folder: { type: 'string' },
        source: { type: 'string' },
        level: { type: 'string' },
        parent: { type: 'string' },
        category: { type: 'string' },
        name: { type: 'string' },
        code: { type: 'string' },
        province: { type: 'string' },
        root: { type: 'string' },
      },
    });
    if (positionals[0] === 'site') {
      if (positionals.length !== 2) throw new UsageError('usage: new site <folder> [--name "Quảng Trị"] [--code 44] [--province quang-tri]');
      const given = <K extends 'name' | 'code' | 'province'>(key: K) => (values[key] === undefined ? {} : { [key]: values[key] }) as { [P in K]?: string };
      return commandNewSite(positionals[1]!, { ...given('name'), ...given('code'), ...given('province') });
    }
    return commandNew(dataRoot(values.root), newRequest(positionals, values));
  }
  if (command === 'diff') {
    const { values, positionals } = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false }, root: { type: 'string' } },
    });
    if (positionals.length !== 1) throw new UsageError('diff needs one git ref, e.g. npm run diff -- origin/main');
    return commandDiff({ root: dataRoot(values.root), ref: positionals[0]!, json: values.json });
  }
  if (command === 'schemas') {
    const { values } = parseArgs({ args: rest, options: { check: { type: 'boolean', default: false } } });
    // A data folder made by `new site` keeps its own copy, so its $schema paths resolve where it lives.
    const data = process.env.MINHBACH_DATA;
    const engine = await commandSchemas(process.cwd(), values.check);
    return data && resolve(data) !== resolve(process.cwd()) ? Math.max(engine, await commandSchemas(data, values.check)) : engine;
  }
  process.stdout.write(`${USAGE}\n`);
  return command === undefined || command === '--help' || command === '-h' || command === 'help' ? 0 : 2;
}

class UsageError extends Error {}

function dataRoot(option: string | undefined): string {
  return option ?? process.env.MINHBACH_DATA ?? process.cwd();
}

type NewOptions = Partial<Record<'type' | 'folder' | 'source' | 'level' | 'parent' | 'category', string>>;

/** Checks the shape of `new`'s arguments; whether the ids exist is the scaffold's job. */
function newRequest(positionals: string[], options: NewOptions): NewRequest {
  const [kind, first, second, ...extra] = positionals;
  // With exactOptionalPropertyTypes an option not given must be absent, not `undefined`.
  const optional = <K extends keyof NewOptions>(key: K) => (options[key] === undefined ? {} : { [key]: options[key] }) as { [P in K]?: string };
  if (kind === 'result' && first && second && extra.length === 0) {
    if (!/^\d{4}$/.test(second)) throw new UsageError(`the year must have four digits, e.g. 2024, not "${second}"`);
    return { kind, plan: first, year: Number(second), ...optional('source') };
  }
  if (kind === 'document' && first && !second) {
    if (!options.type) throw new UsageError('new document needs --type, e.g. --type bao-cao');
    return { kind, id: first, type: options.type, ...optional('folder') };
  }
  if (kind === 'territory' && first && !second) return { kind, id: first, ...optional('level'), ...optional('parent') };
  if (kind === 'indicator' && first && !second) return { kind, id: first, ...optional('category') };
  throw new UsageError('usage: new result <plan-id> <year> | new document <id> --type <type> | new territory <id> | new indicator <id> | new site <folder>');
}

// `npm run validate | head` closes the pipe early; the reader has what it asked for, so stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

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
