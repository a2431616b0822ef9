import jsYaml from 'js-yaml';
import type { Diagnostic } from '../diagnostics.ts';
import { findExcessiveNesting, MAX_NESTING_DEPTH } from './nestingDepth.ts';
import { readRecordLines } from './readRecordLines.ts';
import { parseYamlWithPositions, positionAt, type PositionedYaml } from './yamlWithPositions.ts';

/** A parsed file, plus the mistakes found in values that parsed without a syntax error. */
export interface ParsedYaml extends PositionedYaml {
  notationDiagnostics: Diagnostic[];
}

/**
 * Reads YAML fast, and finds positions only when a diagnostic needs one.
 *
 * The `yaml` package keeps every node's source range, which is what makes file:line:column
 * possible, but it reads about 1,6 MB/s; js-yaml reads the same files at about 13 MB/s (measured
 * on the synthetic national dataset, tests/bench). Valid files are the common case, so they are
 * read with js-yaml and the positioned parse runs lazily, once per file, the first time a
 * diagnostic asks where something is. A file js-yaml rejects goes straight to the positioned
 * parser, whose error messages we translate.
 *
 * Aliases (`*name`) always take the positioned path: js-yaml shares aliased nodes without limit,
 * and an alias bomb would then blow up in the checks that walk the tree; the `yaml` package
 * caps alias expansion.
 */
export function parseYaml(text: string, file: string, lineOffset = 0): ParsedYaml {
  return { ...parseValues(text, file, lineOffset), notationDiagnostics: numberNotationDiagnostics(text, file, lineOffset) };
}

function parseValues(text: string, file: string, lineOffset: number): PositionedYaml {
  // A text in the one-record-per-line layout is one js-yaml reads the same, without an alias and
  // far from the nesting limit (readRecordLines.ts): those checks have nothing to find in it.
  const lines = readRecordLines(text);
  if (lines) return locatedLater(lines.value, text, file, lineOffset);
  const tooDeep = findExcessiveNesting(text);
  if (tooDeep !== null) return refusedAsTooDeep(text, file, lineOffset, tooDeep);
  if (!ALIAS.test(text)) {
    let value: unknown;
    try {
      value = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, filename: file });
    } catch {
      return parseYamlWithPositions(text, file, lineOffset);
    }
    return locatedLater(value ?? null, text, file, lineOffset);
  }
  return parseYamlWithPositions(text, file, lineOffset);
}

/** A value read without positions: the positioned parse runs the first time one is asked for. */
function locatedLater(value: unknown, text: string, file: string, lineOffset: number): PositionedYaml {
  let positioned: PositionedYaml | undefined;
  const positions = () => (positioned ??= parseYamlWithPositions(text, file, lineOffset));
  return {
    value,
    syntaxDiagnostics: [],
    locate: (path) => positions().locate(path),
    locateKey: (path, key) => positions().locateKey(path, key),
  };
}

/** An alias is `*` followed by a name, where a value can start. */
const ALIAS = /(?:^|[\s[{,:-])\*[^\s,\]}]/m;

/**
 * Both parsers recurse once per level, so a file nested thousands deep would overflow the stack;
 * it is refused before either runs, at the place it crosses the limit.
 */
function refusedAsTooDeep(text: string, file: string, lineOffset: number, offset: number): PositionedYaml {
  const position = positionAt(text, offset, lineOffset);
  return {
    value: null,
    syntaxDiagnostics: [
      {
        severity: 'error',
        code: 'yaml-syntax',
        file,
        ...position,
        message: {
          vi: `Dữ liệu lồng nhau quá ${MAX_NESTING_DEPTH} cấp (danh sách trong danh sách, hoặc dấu [ { mở liên tiếp) nên không được đọc.`,
          en: `The data is nested more than ${MAX_NESTING_DEPTH} levels deep (lists inside lists, or [ and { opened again and again), so it is not read.`,
        },
        hint: {
          vi: 'Tệp dữ liệu chỉ cần vài cấp thụt lề. Kiểm tra các dấu [ { chưa đóng và các dòng thụt lề ngày càng sâu quanh vị trí này; có thể tệp bị hỏng hoặc do một chương trình sinh ra sai.',
          en: 'Data files need only a few levels of indentation. Look for unclosed [ or { and for lines indented ever deeper around this position; the file may be damaged or wrongly generated.',
        },
      },
    ],
    locate: () => position,
    locateKey: () => position,
  };
}

/**
 * A plain value in hexadecimal, octal, binary or exponent notation (`0x10`, `0o17`, `0b101`,
 * `1e3`) is read as a number, silently, and differently by the two parsers (js-yaml reads `0b101`
 * as 5, the `yaml` package as text). Nobody types these for a published figure: they are typos or
 * codes that lost their quotes, so they are reported rather than guessed at.
 */
const UNUSUAL_NUMBER = /(?:^[ \t]*-[ \t]+|:[ \t]+|[,[{][ \t]*)([-+]?(?:0x[0-9a-f]+|0o[0-7]+|0b[01]+|\d*\.?\d+e[-+]?\d+))(?=[ \t]*(?:$|[,\]}])|[ \t]+#)/gim;

/**
 * What every UNUSUAL_NUMBER contains ("0x" and a digit, or a digit, "e" and a digit): a text
 * without it, nearly every file, is passed over at several times the speed of the full pattern.
 */
const MAYBE_UNUSUAL_NUMBER = /0[xob][0-9a-f]|\de[-+]?\d/i;

function numberNotationDiagnostics(text: string, file: string, lineOffset: number): Diagnostic[] {
  if (!MAYBE_UNUSUAL_NUMBER.test(text)) return [];
  const found: Diagnostic[] = [];
  for (const match of text.matchAll(UNUSUAL_NUMBER)) {
    const written = match[1]!;
    const readAs = Number(written.replace(/^\+/, ''));
    // Too large to hold (1e400) has its own explanation in the schema check.
    if (!Number.isFinite(readAs)) continue;
    found.push({
      severity: 'error',
      code: 'number-notation',
      file,
      ...positionAt(text, match.index + match[0].indexOf(written), lineOffset),
      message: {
        vi: `"${written}" là cách viết số của lập trình viên, sẽ bị đọc thành ${readAs}.`,
        en: `"${written}" is a programmer's way of writing a number and would be read as ${readAs}.`,
      },
      hint: {
        vi: `Viết số bằng chữ số thông thường như trong văn bản nguồn; nếu đây là mã hay chữ, đặt trong dấu nháy kép: "${written}".`,
        en: `Write the number in plain digits, as the source document does; if it is a code or text, put it in double quotes: "${written}".`,
      },
    });
  }
  return found;
}
