import { readFileSync } from 'node:fs';

/** One rule of a Netlify / Cloudflare Pages `_headers` file: a path pattern and its headers. */
export interface HeadersRule {
  pattern: string;
  headers: [name: string, value: string][];
}

/**
 * Reads a `_headers` file as both hosts document it: a path line, then indented `Name: value`
 * lines; `#` starts a comment; `*` at the end of a path matches anything under it. Written for
 * the tests apart from the site's code, so that the file is checked by a reader of its own.
 */
export function readHeadersFile(file: string): HeadersRule[] {
  const rules: HeadersRule[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const colon = line.indexOf(':');
      rules.at(-1)!.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

export function ruleMatches(pattern: string, path: string): boolean {
  return pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
}

/** Every header that every matching rule gives a path, as a host that merges rules sends them. */
export function headersFor(rules: readonly HeadersRule[], path: string): [string, string][] {
  return rules.filter((rule) => ruleMatches(rule.pattern, path)).flatMap((rule) => rule.headers);
}
