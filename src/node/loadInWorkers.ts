import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { classifyFile, type LoadedProject, type SourceFile } from '../core/load/loadProject.ts';

/** Below this much YAML, starting threads costs more than it saves. */
const WORTH_THREADS_BYTES = 4 * 1024 * 1024;
const MAX_THREADS = 4;

/**
 * Loads the data's YAML files (reading and checking each against its schema) on every core. At
 * national scale (100 MB of figures, 600.000 records) that is most of validation; the records
 * come back by structured clone, which costs a fraction of reading them. Each file is loaded by
 * the same code as in the main thread, alone, and `loadProject` takes the results in file order,
 * so the model and the diagnostics are the same with or without threads.
 *
 * `workerFile` defaults to the worker beside this module; a bundled caller (the Astro build, whose
 * copy of this module lives elsewhere) passes the source file's path. Small data, a single core, or no worker file: an empty map, and
 * everything is loaded in the main thread. A thread that fails leaves its files to the main thread.
 */
export async function loadInWorkers(
  files: readonly SourceFile[],
  { workerFile = join(dirname(fileURLToPath(import.meta.url)), 'loadFileWorker.ts'), minBytes = WORTH_THREADS_BYTES }: { workerFile?: string; minBytes?: number } = {},
): Promise<Map<string, LoadedProject>> {
  const loaded = new Map<string, LoadedProject>();
  const yamlFiles = files.filter((file) => !file.readError && ['reference', 'figures'].includes(classifyFile(file.path)));
  const bytes = yamlFiles.reduce((sum, file) => sum + file.text.length, 0);
  const threads = Math.min(availableParallelism(), MAX_THREADS, yamlFiles.length);
  if (bytes < minBytes || threads < 2 || !existsSync(workerFile)) return loaded;

  // Largest files first, each to the thread with the least work so far: the threads finish together.
  const shares = Array.from({ length: threads }, () => ({ bytes: 0, files: [] as SourceFile[] }));
  for (const file of [...yamlFiles].sort((a, b) => b.text.length - a.text.length)) {
    const share = shares.reduce((least, candidate) => (candidate.bytes < least.bytes ? candidate : least));
    share.bytes += file.text.length;
    share.files.push(file);
  }
  await Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((resolve) => {
          const worker = new Worker(workerFile);
          worker.on('message', (message: { done: true } | { path: string; loaded: LoadedProject }) => {
            if ('done' in message) void worker.terminate();
            else loaded.set(message.path, message.loaded);
          });
          worker.on('error', () => resolve());
          worker.on('exit', () => resolve());
          worker.postMessage(share.files);
        }),
    ),
  );
  return loaded;
}
