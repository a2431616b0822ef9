/**
 * How many times the data folder has changed while `npm run dev` runs. The dev server's watcher
 * (src/site/dev/watchDataFolder.ts) and the pages load this module as two copies (Astro's config
 * through Node, the pages through Vite), so the count lives on a global symbol both can see.
 * Caches of the data (the model, the version stamp) are kept per generation; a build has one.
 */
const KEY = Symbol.for('minhbach.dataGeneration');
type WithGeneration = typeof globalThis & { [KEY]?: number };

export function dataGeneration(): number {
  return (globalThis as WithGeneration)[KEY] ?? 0;
}

export function nextDataGeneration(): number {
  const scope = globalThis as WithGeneration;
  scope[KEY] = (scope[KEY] ?? 0) + 1;
  return scope[KEY];
}
