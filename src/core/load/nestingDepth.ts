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

const SPACE = 0x20;
const CARRIAGE_RETURN = 0x0d;

/** Whether one UTF-16 unit is what `/\s/` matches: ASCII answered without the regular expression. */
function isWhiteSpace(code: number): boolean {
  if (code < 0x80) return code === SPACE || (code >= 0x09 && code <= 0x0d);
  return /\s/.test(String.fromCharCode(code));
}

/**
 * The offset of the first character that takes the nesting past `limit`, or null. Reads
 * character codes, not one-character strings, and tries the block-scalar pattern only on lines
 * with a `|` or `>`: at national scale this scan ran over 100 MB of figures on every cold run.
 */
export function findExcessiveNesting(text: string, limit = MAX_NESTING_DEPTH): number | null {
  // Indentation columns of the open block collections, innermost last.
  const blockLevels: number[] = [];
  let flowDepth = 0;
  let quote: '"' | "'" | null = null;
  // While set, more-indented lines are the text of a `|` or `>` block scalar, not structure.
  let blockScalarParentIndent: number | null = null;
  // The next `|` and `>` at or after the current line (-1: none left), to skip the pattern elsewhere.
  let nextBar = text.indexOf('|');
  let nextAngle = text.indexOf('>');
  const length = text.length;

  let lineStart = 0;
  while (lineStart <= length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? length : newline;
    let position = lineStart;
    while (position < lineEnd && text.charCodeAt(position) === SPACE) position += 1;
    const indent = position - lineStart;
    const blank = position >= lineEnd || text.charCodeAt(position) === 0x23 || text.charCodeAt(position) === CARRIAGE_RETURN;

    if (blockScalarParentIndent !== null && (blank || indent > blockScalarParentIndent)) {
      lineStart = lineEnd + 1;
      continue;
    }
    blockScalarParentIndent = null;

    if (!blank && quote === null && flowDepth === 0) {
      while (blockLevels.length > 0 && blockLevels.at(-1)! >= indent) blockLevels.pop();
      blockLevels.push(indent);
      // "- - - x" opens one list per dash on a single line.
      for (;;) {
        const code = text.charCodeAt(position);
        if (!((code === 0x2d || code === 0x3f) && (text.charCodeAt(position + 1) === SPACE || position + 1 === lineEnd))) break;
        position += 1;
        while (position < lineEnd && text.charCodeAt(position) === SPACE) position += 1;
        blockLevels.push(position - lineStart);
        if (blockLevels.length > limit) return position;
      }
      if (blockLevels.length > limit) return position;
    }

    let valueStart = true;
    for (; position < lineEnd; position += 1) {
      const code = text.charCodeAt(position);
      if (quote === '"') {
        if (code === 0x5c) position += 1;
        else if (code === 0x22) quote = null;
        continue;
      }
      if (quote === "'") {
        if (code === 0x27 && text.charCodeAt(position + 1) === 0x27) position += 1;
        else if (code === 0x27) quote = null;
        continue;
      }
      if (code === SPACE || code === 0x09) continue;
      if (code === 0x23 && (position === lineStart || isWhiteSpace(text.charCodeAt(position - 1)))) break;
      if ((code === 0x22 || code === 0x27) && valueStart) {
        quote = code === 0x22 ? '"' : "'";
        continue;
      }
      if ((code === 0x5b || code === 0x7b) && (valueStart || flowDepth > 0)) {
        flowDepth += 1;
        if (blockLevels.length + flowDepth > limit) return position;
        valueStart = true;
        continue;
      }
      if ((code === 0x5d || code === 0x7d) && flowDepth > 0) {
        flowDepth -= 1;
        valueStart = false;
        continue;
      }
      // After these, a new value begins: "key: [", "- {", "[a, [".
      valueStart = code === 0x2c || ((code === 0x3a || code === 0x2d || code === 0x3f) && isWhiteSpace(position + 1 < length ? text.charCodeAt(position + 1) : SPACE));
    }

    if (nextBar !== -1 && nextBar < lineStart) nextBar = text.indexOf('|', lineStart);
    if (nextAngle !== -1 && nextAngle < lineStart) nextAngle = text.indexOf('>', lineStart);
    const mayBeHeader = (nextBar !== -1 && nextBar < lineEnd) || (nextAngle !== -1 && nextAngle < lineEnd);
    if (mayBeHeader && quote === null && flowDepth === 0 && BLOCK_SCALAR_HEADER.test(text.slice(lineStart, lineEnd))) {
      blockScalarParentIndent = indent;
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return null;
}
