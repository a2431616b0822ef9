/** A line of a child process's output and when it arrived, in seconds since the process started. */
export interface TimedLine {
  at: number;
  text: string;
}

export interface Phase {
  name: string;
  seconds: number;
}

/** Astro's own log labels; any other `[label]` is an integration's (search index, exports…). */
const ASTRO_LABELS = new Set(['build', 'vite', 'types', 'content', 'check', 'assets', 'router', 'config', 'WARN', 'ERROR']);

/** What a reader of the table calls an integration's work. */
function phaseName(label: string): string {
  if (/pagefind|search/i.test(label)) return 'search index';
  if (/export|download|data/i.test(label)) return 'exports';
  if (/feed|rss|sitemap/i.test(label)) return 'feeds';
  return label;
}

/**
 * Splits a build's wall time into phases by the lines it prints as it goes: the data check
 * (`npm run build` validates before Astro starts), Astro's bundling, the pages, then each
 * integration's work after the pages, which ends when it logs, and the search index (with Astro's
 * exit before it). Time after the last marker is "finish" (publishing the output). Log lines say
 * when a phase ended, not what it cost, so a phase that logs nothing is counted in the next one.
 */
export function buildPhases(lines: readonly TimedLine[], total: number): Phase[] {
  const phases: Phase[] = [];
  let since = 0;
  const end = (name: string, at: number) => {
    const existing = phases.find((phase) => phase.name === name);
    if (existing) existing.seconds += at - since;
    else phases.push({ name, seconds: at - since });
    since = at;
  };
  let state: 'start' | 'bundle' | 'pages' | 'after' = 'start';
  for (const { at, text } of lines) {
    if (state === 'start' && /data valid|dữ liệu hợp lệ/i.test(text)) {
      end('data check', at);
      state = 'bundle';
    } else if ((state === 'start' || state === 'bundle') && text.includes('generating static routes')) {
      end('bundle', at);
      state = 'pages';
    } else if (state === 'pages' && /✓ Completed in/.test(text)) {
      end('pages', at);
      state = 'after';
    } else if (state === 'after') {
      // `npm run build`'s own search step (src/cli/indexSearch.ts) reports when it is done.
      if (/search index: \d+ pages/.test(text)) {
        end('search index', at);
        continue;
      }
      const label = /^\S*\s*\[([^\]]+)\]/.exec(text)?.[1];
      if (label && !ASTRO_LABELS.has(label)) end(phaseName(label), at);
    }
  }
  if (total > since) end('finish', total);
  return phases;
}
