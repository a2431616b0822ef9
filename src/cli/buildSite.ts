#!/usr/bin/env node
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stageOutput } from '../node/stagedOutput.ts';

/**
 * `npm run build`: validate, then build the site into a staging folder, then swap it into place.
 *
 * The data is checked first, with the report `npm run validate` prints, so a broken file stops
 * the build in seconds with file:line:column instead of deep inside Astro. Astro then writes to
 * a staging folder (src/node/stagedOutput.ts): a build that fails at any point leaves the
 * previous site untouched and no half-written one where a deploy step would pick it up.
 *
 * Usage: node src/cli/buildSite.ts [--outDir DIR] [other astro build options]
 * The data folder is MINHBACH_DATA, or the current directory.
 */
async function main(argv: string[]): Promise<number> {
  const { outDir, astroArgs } = splitOutDir(argv);
  // Checked in a process of its own (src/cli/checkBeforeBuild.ts), whose memory is freed before Astro starts.
  const check = await checkData(outDir);
  if (check.code !== 0) return check.code;
  if (!process.env['MINHBACH_SITE_URL']?.trim() && check.baseUrl) process.env['MINHBACH_SITE_URL'] = check.baseUrl;

  const output = stageOutput(outDir);
  let step: ChildProcess | undefined;
  // Stopped by Ctrl-C or a CI timeout: stop the running step too, and leave no staging folder behind.
  const stopped = (signal: NodeJS.Signals) => {
    step?.kill(signal);
    output.discard();
    process.kill(process.pid, signal);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, stopped);
  const run = (args: string[]) => exitCodeOf((step = spawn(process.execPath, args, { stdio: 'inherit' })));
  try {
    // The search index is built once Astro has exited and freed its memory (src/node/searchIndex.ts).
    let code = await run([astroCli(), 'build', '--outDir', output.staging, ...astroArgs]);
    if (code === 0) code = await run([join(import.meta.dirname, 'indexSearch.ts'), output.staging]);
    if (code !== 0) {
      output.discard();
      process.stderr.write(`\nDựng trang thất bại; ${outDir}/ giữ nguyên bản cũ.\nThe build failed; ${outDir}/ is left as it was.\n`);
      return code;
    }
    // The new site is in place once published; removing the old one's files is not waited for.
    output.publish({ removeOldInBackground: true });
    return 0;
  } catch (error) {
    output.discard();
    throw error;
  }
}

/** Runs the data check; on success it sends the site's address from its settings, if any. */
async function checkData(outDir: string): Promise<{ code: number; baseUrl: string | null }> {
  const child = spawn(process.execPath, [join(import.meta.dirname, 'checkBeforeBuild.ts'), outDir], { stdio: ['inherit', 'inherit', 'inherit', 'ipc'] });
  let baseUrl: string | null = null;
  child.on('message', (message: { baseUrl: string | null }) => (baseUrl = message.baseUrl));
  const code = await exitCodeOf(child);
  return { code, baseUrl };
}

/** Our --outDir names where the finished site goes; Astro gets the staging folder instead. */
function splitOutDir(argv: string[]): { outDir: string; astroArgs: string[] } {
  const astroArgs: string[] = [];
  let outDir = 'dist';
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index]!;
    if (argument === '--outDir' && argv[index + 1] !== undefined) outDir = argv[(index += 1)]!;
    else if (argument.startsWith('--outDir=')) outDir = argument.slice('--outDir='.length);
    else astroArgs.push(argument);
  }
  return { outDir: outDir.replace(/\/+$/, ''), astroArgs };
}

/** Astro as installed for the site being built, run with this same Node. */
function astroCli(): string {
  const require = createRequire(pathToFileURL(join(process.cwd(), 'package.json')));
  return join(dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs');
}

function exitCodeOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`minhbach build: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 3;
  },
);
