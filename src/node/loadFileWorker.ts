import { serialize } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { loadFilePacked } from '../core/load/loadProject.ts';
import { loadCacheIn } from './loadCache.ts';
import type { WorkerShare } from './loadInWorkers.ts';

/**
 * Loads each file it is given on its own, exactly as the main thread would (loadInWorkers.ts),
 * keeps it in the cache, and sends it back as soon as it is loaded, so the main thread copies
 * results in while the other files are still being read. The records are serialized once, for
 * both: the cache keeps those bytes, and the same buffer is moved (not copied) to the main thread.
 */
parentPort!.on('message', ({ files, keys, cacheFolder }: WorkerShare) => {
  const cache = cacheFolder ? loadCacheIn(cacheFolder) : null;
  files.forEach((file, index) => {
    const payload = serialize(loadFilePacked(file));
    cache?.writeSerialized(keys[index]!, payload);
    const whole = payload.byteOffset === 0 && payload.byteLength === payload.buffer.byteLength;
    parentPort!.postMessage({ path: file.path, payload }, whole ? [payload.buffer as ArrayBuffer] : []);
  });
  parentPort!.postMessage({ done: true });
});
