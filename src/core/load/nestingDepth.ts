/**
 * Finds where a YAML text nests deeper than any data file needs, before a parser sees it.
 *
 * YAML parsers (and anything that walks their output) recurse once per level, so a few
 * kilobytes of `[[[[…` or of ever-deeper "- " lines overflow the stack. A parser that catches
 * that reports "Maximum call stack size exceeded", which tells a person nothing; one that does
 * not takes the tool down. Our files nest about five levels (a list of figures, each with a
 * source map), so anything past the limit is a broken or generated file and is refused with a
 * plain diagnostic.
 *
 * This is a scan, not a parser: it counts block levels from indentation and "- " markers, and
 * flow levels from `[` and `{` outside quotes and comments. It may overcount a little on odd
 * but valid text (a plain scalar continued on more-indented lines), never by anything close to
 * the limit.
 */
export const MAX_NESTING_DEPTH = 200;

/** `key: |`, `- >-`, `text: |2 # comment`: the lines after it are text. */
const BLOCK_SCALAR_HEADER = /(?:^|[:-]\s+)[|>][-+0-9]*\s*(?:#.*)?\r?$/;

/** The offset of the first character that takes the nesting past `limit`, or null. */
export function findExcessiveNesting(text: string, limit = MAX_NESTING_DEPTH): number | null {
  // Indentation columns of the open block collections, innermost last.
  const blockLevels: number[] = [];
  let flowDepth = 0;
  let quote: '"' | "'" | null = null;
  // While set, more-indented lines are the text of a `|` or `>` block scalar, not structure.
  let blockScalarParentIndent: number | null = null;

  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    let position = lineStart;
    while (position < lineEnd && text[position] === ' ') position += 1;
    const indent = position - lineStart;
    const blank = position >= lineEnd || text[position] === '#' || text[position] === '\r';

    if (blockScalarParentIndent !== null && (blank || indent > blockScalarParentIndent)) {
      lineStart = lineEnd + 1;
      continue;
    }
    blockScalarParentIndent = null;

    if (!blank && quote === null && flowDepth === 0) {
      while (blockLevels.length > 0 && blockLevels.at(-1)! >= indent) blockLevels.pop();
      blockLevels.push(indent);
      // "- - - x" opens one list per dash on a single line.
      while ((text[position] === '-' || text[position] === '?') && (text[position + 1] === ' ' || position + 1 === lineEnd)) {
        position += 1;
        while (position < lineEnd && text[position] === ' ') position += 1;
        blockLevels.push(position - lineStart);
        if (blockLevels.length > limit) return position;
      }
      if (blockLevels.length > limit) return position;
    }

    let valueStart = true;
    for (; position < lineEnd; position += 1) {
      const character = text[position]!;
      if (quote === '"') {
        if (character === '\\') position += 1;
        else if (character === '"') quote = null;
        continue;
      }
      if (quote === "'") {
        if (character === "'" && text[position + 1] === "'") position += 1;
        else if (character === "'") quote = null;
        continue;
      }
      if (character === ' ' || character === '\t') continue;
      if (character === '#' && (position === lineStart || /\s/.test(text[position - 1]!))) break;
      if ((character === '"' || character === "'") && valueStart) {
        quote = character;
        continue;
      }
      if ((character === '[' || character === '{') && (valueStart || flowDepth > 0)) {
        flowDepth += 1;
        if (blockLevels.length + flowDepth > limit) return position;
        valueStart = true;
        continue;
      }
      if ((character === ']' || character === '}') && flowDepth > 0) {
        flowDepth -= 1;
        valueStart = false;
        continue;
      }
      // After these, a new value begins: "key: [", "- {", "[a, [".
      valueStart = character === ',' || ((character === ':' || character === '-' || character === '?') && /\s/.test(text[position + 1] ?? ' '));
    }

    if (quote === null && flowDepth === 0 && BLOCK_SCALAR_HEADER.test(text.slice(lineStart, lineEnd))) {
      blockScalarParentIndent = indent;
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return null;
}
