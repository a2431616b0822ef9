import { createHash } from 'node:crypto';
import type { SourceFile } from '../core/load/loadProject.ts';

const known = new WeakMap<SourceFile, { text: string; notUtf8: boolean; digest: string }>();

/**
 * The SHA-256 of a file's path and text, what both validation caches find a file by (the load
 * cache per file, the report cache for the whole folder): hashed once per run, since at national
 * scale (100 MB of YAML) each pass costs a fifth of a second. A file whose text was replaced since
 * (a test editing it in place) is hashed again.
 */
export function fileDigest(file: SourceFile): string {
  const seen = known.get(file);
  if (seen && seen.text === file.text && seen.notUtf8 === Boolean(file.notUtf8)) return seen.digest;
  // A text decoded loosely from bytes that were not UTF-8 loads into an error, not into records.
  const digest = createHash('sha256').update(file.path).update(file.notUtf8 ? '\0lossy\0' : '\0').update(file.text).digest('hex');
  known.set(file, { text: file.text, notUtf8: Boolean(file.notUtf8), digest });
  return digest;
}
