import { parentPort } from 'node:worker_threads';
import { loadProject } from '../core/load/loadProject.ts';
import { loadCacheIn } from './loadCache.ts';
import type { WorkerShare } from './loadInWorkers.ts';

/**
 * Loads each file it is given on its own, exactly as the main thread would (loadInWorkers.ts),
 * keeps it in the cache, and sends it back as soon as it is loaded, so the main thread copies
 * results in while the other files are still being read.
 */
parentPort!.on('message', ({ files, keys, cacheFolder }: WorkerShare) => {
  const cache = cacheFolder ? loadCacheIn(cacheFolder) : null;
  files.forEach((file, index) => {
    const loaded = loadProject([file]);
    cache?.write(keys[index]!, loaded);
    parentPort!.postMessage({ path: file.path, loaded });
  });
  parentPort!.postMessage({ done: true });
});
