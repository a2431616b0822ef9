import jsYaml from 'js-yaml';
import { findExcessiveNesting, MAX_NESTING_DEPTH } from './nestingDepth.ts';
import { parseYamlWithPositions, positionAt, type PositionedYaml } from './yamlWithPositions.ts';

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
export function parseYaml(text: string, file: string, lineOffset = 0): PositionedYaml {
  const tooDeep = findExcessiveNesting(text);
  if (tooDeep !== null) return refusedAsTooDeep(text, file, lineOffset, tooDeep);
  if (!ALIAS.test(text)) {
    let value: unknown;
    try {
      value = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, filename: file });
    } catch {
      return parseYamlWithPositions(text, file, lineOffset);
    }
    let positioned: PositionedYaml | undefined;
    const positions = () => (positioned ??= parseYamlWithPositions(text, file, lineOffset));
    return {
      value: value ?? null,
      syntaxDiagnostics: [],
      locate: (path) => positions().locate(path),
      locateKey: (path, key) => positions().locateKey(path, key),
    };
  }
  return parseYamlWithPositions(text, file, lineOffset);
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
