import { parentPort } from 'node:worker_threads';
import { chartPng } from './chartImage.ts';
import { drawShareCard } from './shareImage.ts';
import type { ImageJob } from './drawInWorkers.ts';

/** Draws the images it is sent, one at a time, and sends each PNG back (src/node/drawInWorkers.ts). */
parentPort!.on('message', async ({ job }: { job: ImageJob }) => {
  try {
    const png = job.kind === 'card' ? await drawShareCard(job.card) : await chartPng(job.svg);
    parentPort!.postMessage({ png }, [png.buffer]);
  } catch (error) {
    parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
