import { parentPort } from 'node:worker_threads';
import { loadProject, type SourceFile } from '../core/load/loadProject.ts';

/**
 * Loads each file it is given on its own, exactly as the main thread would (loadInWorkers.ts),
 * and sends it back as soon as it is loaded, so the main thread copies results in while the
 * other files are still being read.
 */
parentPort!.on('message', (files: SourceFile[]) => {
  for (const file of files) parentPort!.postMessage({ path: file.path, loaded: loadProject([file]) });
  parentPort!.postMessage({ done: true });
});
