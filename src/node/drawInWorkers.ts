import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ShareCard } from '../site/share/sharePreview.ts';
import { chartPng } from './chartImage.ts';
import { drawShareCard } from './shareImage.ts';

export type ImageJob = { kind: 'card'; card: ShareCard } | { kind: 'chart'; svg: string };

type QueuedJob = { job: ImageJob; resolve: (png: Uint8Array<ArrayBuffer>) => void; reject: (error: Error) => void };

/**
 * One pool of drawing threads for the whole build, fed in the order the jobs are given. The image
 * routes list their jobs in the order Astro renders them (cards, then charts; Vietnamese, then
 * English), so the image Astro awaits next is the one being drawn. With a pool per route, the four
 * routes' eight threads shared two cores: the first route's images were ready only when nearly
 * all were, and Astro's thread waited for them doing nothing.
 */
const queue: QueuedJob[] = [];
let running = 0;

/**
 * Draws many images on every core, started as soon as the build knows them (the image routes'
 * getStaticPaths) so that they are drawn while Astro renders the pages on its own thread; each
 * image route then only awaits its PNG. At 1.000 communes that is about 2.100 cards of 80–240 ms
 * each, which one thread would draw one after another. Falls back to this thread when the worker
 * file is missing (tests that import the modules directly).
 */
export function drawInWorkers(jobs: readonly ImageJob[], workerFile = join(process.cwd(), 'src', 'node', 'drawImageWorker.ts')): Promise<Uint8Array<ArrayBuffer>>[] {
  if (jobs.length === 0) return [];
  if (!existsSync(workerFile)) return jobs.map((job) => (job.kind === 'card' ? drawShareCard(job.card) : chartPng(job.svg)));
  const results = jobs.map((job) => new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => queue.push({ job, resolve, reject })));
  const threads = Math.min(availableParallelism(), 4);
  while (running < threads && running < queue.length) startWorker(workerFile);
  return results;
}

/** A thread that draws queued jobs one at a time and ends when the queue is empty. */
function startWorker(workerFile: string): void {
  running += 1;
  const worker = new Worker(workerFile);
  let current: QueuedJob | undefined;
  const send = () => {
    current = queue.shift();
    if (current) worker.postMessage({ job: current.job });
    else {
      running -= 1;
      void worker.terminate();
    }
  };
  worker.on('message', ({ png, error }: { png?: Uint8Array<ArrayBuffer>; error?: string }) => {
    if (png) current!.resolve(new Uint8Array(png.buffer as ArrayBuffer, png.byteOffset, png.byteLength));
    else current!.reject(new Error(error));
    send();
  });
  // A thread that fails (not a drawing that fails, which is answered above) fails every waiting job.
  worker.on('error', (error) => {
    running -= 1;
    current?.reject(error);
    for (const waiting of queue.splice(0)) waiting.reject(error);
  });
  send();
}
