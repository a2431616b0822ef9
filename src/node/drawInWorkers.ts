import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ShareCard } from '../site/share/sharePreview.ts';
import { chartPng } from './chartImage.ts';
import { drawShareCard } from './shareImage.ts';

export type ImageJob = { kind: 'card'; card: ShareCard } | { kind: 'chart'; svg: string };

/**
 * Draws many images on every core, started as soon as the build knows them (the image routes'
 * getStaticPaths) so that they are drawn while Astro renders the pages on its own thread; each
 * image route then only awaits its PNG. At 1.000 communes that is about 2.100 cards of 80–240 ms
 * each, which one thread would draw one after another. Falls back to this thread when the worker
 * file is missing (tests that import the modules directly).
 */
export function drawInWorkers(jobs: readonly ImageJob[], workerFile = join(process.cwd(), 'src', 'node', 'drawImageWorker.ts')): Promise<Uint8Array<ArrayBuffer>>[] {
  const threads = Math.min(availableParallelism(), 4, jobs.length);
  if (threads < 1 || !existsSync(workerFile)) return jobs.map((job) => (job.kind === 'card' ? drawShareCard(job.card) : chartPng(job.svg)));
  const results = jobs.map(() => {
    let settle!: { resolve: (png: Uint8Array<ArrayBuffer>) => void; reject: (error: Error) => void };
    const promise = new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => (settle = { resolve, reject }));
    return { promise, settle };
  });
  let next = 0;
  for (let t = 0; t < threads; t++) {
    const worker = new Worker(workerFile);
    const send = () => {
      if (next >= jobs.length) {
        void worker.terminate();
        return;
      }
      const id = next++;
      worker.postMessage({ id, job: jobs[id] });
    };
    worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array<ArrayBuffer>; error?: string }) => {
      if (png) results[id]!.settle.resolve(new Uint8Array(png.buffer as ArrayBuffer, png.byteOffset, png.byteLength));
      else results[id]!.settle.reject(new Error(error));
      send();
    });
    worker.on('error', (error) => {
      for (let id = next; id < jobs.length; id++) results[id]!.settle.reject(error);
      next = jobs.length;
    });
    send();
  }
  return results.map((result) => result.promise);
}
