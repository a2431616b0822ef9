import { readdirSync, readFileSync } from 'node:fs';

const PAGE_BYTES = 4096;

/**
 * Resident memory of a process and all its descendants, in bytes, read from /proc. A build is a
 * tree (npm → the build wrapper → Astro → Pagefind's binary), and GNU time's peak is that of the
 * single largest process, so it would miss the others. Returns null where /proc is absent.
 */
export function processTreeRss(rootPid: number): number | null {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  const children = new Map<number, number[]>();
  for (const name of entries) {
    const stat = readQuietly(`/proc/${name}/stat`);
    if (!stat) continue;
    // The command name may hold spaces and parentheses: the fields after its last ")" are fixed.
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const list = children.get(parent);
    if (list) list.push(Number(name));
    else children.set(parent, [Number(name)]);
  }
  let bytes = 0;
  const pending = [rootPid];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    const statm = readQuietly(`/proc/${pid}/statm`);
    if (statm) bytes += Number(statm.split(' ')[1]) * PAGE_BYTES;
    pending.push(...(children.get(pid) ?? []));
  }
  return bytes;
}

/** Processes end between listing /proc and reading their files: that is not an error. */
function readQuietly(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** Samples a process tree's resident memory until stopped; `peak()` is the largest total seen. */
export function watchPeakMemory(rootPid: number, everyMs = 200): { peak(): number | null; stop(): void } {
  let peak: number | null = null;
  const sample = () => {
    const rss = processTreeRss(rootPid);
    if (rss !== null && (peak === null || rss > peak)) peak = rss;
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    peak: () => peak,
    stop: () => {
      sample();
      clearInterval(timer);
    },
  };
}
