import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { deserialize } from 'node:v8';
import { classifyFile, isPackedLoadedFile, loadFilePacked, unpackColumns, type PackedLoadedFile, type SourceFile } from '../core/load/loadProject.ts';
import type { LoadCache } from './loadCache.ts';

/** Below this much YAML, starting threads costs more than it saves. */
const WORTH_THREADS_BYTES = 4 * 1024 * 1024;
const MAX_THREADS = 4;

/** What a worker thread is given: its files, and where to keep what it loads. */
export interface WorkerShare {
  files: SourceFile[];
  keys: string[];
  cacheFolder: string | null;
}

/**
 * Loads the data's YAML files (reading and checking each against its schema) on every core. At
 * national scale (100 MB of figures, 600.000 records) that is most of validation; each file's
 * records come back packed (loadFilePacked) and serialized once, the same bytes the thread keeps
 * in the cache, moved to this thread without a copy. Each file is loaded by
 * the same code as in the main thread, alone, and `loadProject` takes the results in file order,
 * so the model and the diagnostics are the same with or without threads.
 *
 * With a `cache` (src/node/loadCache.ts), a file loaded by an earlier run with the same text and
 * the same engine is taken from it, and every file loaded here is kept in it (by the thread that
 * loaded it, so writing the cache is spread over the cores too).
 *
 * `workerFile` defaults to the worker beside this module; a bundled caller (the Astro build, whose
 * copy of this module lives elsewhere) passes the source file's path. Small data, a single core, or
 * no worker file: files not in the cache are loaded in the main thread, one by one when there is a
 * cache to keep them in, else by `loadProject` itself (an empty map). A thread that fails leaves
 * its files to the main thread.
 */
export async function loadInWorkers(
  files: readonly SourceFile[],
  {
    workerFile = join(dirname(fileURLToPath(import.meta.url)), 'loadFileWorker.ts'),
    minBytes = WORTH_THREADS_BYTES,
    cache = null,
  }: { workerFile?: string; minBytes?: number; cache?: LoadCache | null } = {},
): Promise<Map<string, PackedLoadedFile>> {
  const loaded = new Map<string, PackedLoadedFile>();
  const keys = new Map<string, string>();
  const yamlFiles = files.filter((file) => {
    if (file.readError || !['reference', 'figures'].includes(classifyFile(file.path))) return false;
    if (!cache) return true;
    const key = cache.keyOf(file);
    const hit = cache.read(key);
    if (hit) loaded.set(file.path, hit);
    else keys.set(file.path, key);
    return !hit;
  });
  const bytes = yamlFiles.reduce((sum, file) => sum + file.text.length, 0);
  const threads = Math.min(availableParallelism(), MAX_THREADS, yamlFiles.length);
  if (bytes < minBytes || threads < 2 || !existsSync(workerFile)) {
    if (cache) {
      for (const file of yamlFiles) {
        const one = loadFilePacked(file);
        cache.write(keys.get(file.path)!, one);
        loaded.set(file.path, one);
      }
    }
    return loaded;
  }

  // Largest files first, each to the thread with the least work so far: the threads finish together.
  const shares = Array.from({ length: threads }, (): WorkerShare => ({ files: [], keys: [], cacheFolder: cache?.folder ?? null }));
  const shareBytes = shares.map(() => 0);
  for (const file of [...yamlFiles].sort((a, b) => b.text.length - a.text.length)) {
    const least = shareBytes.indexOf(Math.min(...shareBytes));
    shareBytes[least]! += file.text.length;
    shares[least]!.files.push(file);
    shares[least]!.keys.push(keys.get(file.path) ?? '');
  }
  await Promise.all(
    shares.map(
      (share) =>
        new Promise<void>((resolve) => {
          const worker = new Worker(workerFile);
          worker.on('message', (message: { done: true } | { path: string; payload: Uint8Array }) => {
            if ('done' in message) {
              void worker.terminate();
              return;
            }
            // A file whose records do not come back whole is left to loadProject, in this thread.
            // Made into records here, as each file arrives, while the threads read the others.
            const one: unknown = deserialize(message.payload);
            if (isPackedLoadedFile(one) && unpackColumns(one)) loaded.set(message.path, one);
          });
          worker.on('error', () => resolve());
          worker.on('exit', () => resolve());
          worker.postMessage(share);
        }),
    ),
  );
  return loaded;
}
