import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { Diagnostic, SourcePosition } from '../diagnostics.ts';

export type PathSegment = string | number;

/** A parsed YAML text that can say where any value or key came from. */
export interface PositionedYaml {
  value: unknown;
  /** Position of the value at `path`, or of the nearest ancestor that exists. */
  locate(path: readonly PathSegment[]): SourcePosition;
  /** Position of the key `key` inside the mapping at `path` (for unknown-key errors). */
  locateKey(path: readonly PathSegment[], key: string): SourcePosition;
  syntaxDiagnostics: Diagnostic[];
}

/**
 * Alias bombs ("billion laughs") expand a few lines into gigabytes; the yaml package stops
 * expanding past this many alias resolutions.
 */
const MAX_ALIAS_COUNT = 100;

export function parseYamlWithPositions(text: string, file: string, lineOffset = 0): PositionedYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: true,
    strict: true,
    version: '1.2',
  });

  const toPosition = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(Math.max(0, Math.min(offset, text.length)));
    return { line: line + lineOffset, column: col };
  };

  // One parser mistake cascades into reports on the lines after it; the first names the cause.
  const syntaxDiagnostics: Diagnostic[] = [];
  for (const problem of [...document.errors, ...document.warnings].slice(0, 1)) {
    const position = toPosition(skipIndentation(text, problem.pos[0]));
    const firstLine = (problem.message.split('\n')[0] ?? problem.message).replace(/ at line \d+, column \d+:?$/, '');
    syntaxDiagnostics.push({
      severity: 'error',
      code: 'yaml-syntax',
      file,
      ...position,
      message: { vi: `Lỗi cú pháp YAML: ${firstLine}`, en: `YAML syntax error: ${firstLine}` },
      hint: yamlHint(problem.code),
    });
  }

  let value: unknown = null;
  if (document.errors.length === 0) {
    try {
      value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      syntaxDiagnostics.push({
        severity: 'error',
        code: 'yaml-syntax',
        file,
        ...toPosition(0),
        message: {
          vi: `Không đọc được YAML: ${(error as Error).message}`,
          en: `Cannot read the YAML: ${(error as Error).message}`,
        },
        hint: {
          vi: 'Không dùng bí danh YAML (&, *) để lặp dữ liệu; hãy viết thẳng giá trị.',
          en: 'Do not use YAML aliases (&, *) to repeat data; write the values out.',
        },
      });
    }
  }

  const nodeAt = (path: readonly PathSegment[]): { node: YamlNode | null; depth: number } => {
    let current: unknown = document.contents;
    let depth = 0;
    for (const segment of path) {
      const next = childOf(current, segment);
      if (!next) break;
      current = next.value;
      depth += 1;
    }
    return { node: (current as YamlNode | null) ?? null, depth };
  };

  const rangeStart = (node: YamlNode | null): number => node?.range?.[0] ?? 0;

  return {
    value,
    syntaxDiagnostics,
    locate(path) {
      return toPosition(rangeStart(nodeAt(path).node));
    },
    locateKey(path, key) {
      const { node, depth } = nodeAt(path);
      if (depth === path.length && isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
        if (pair && isScalar(pair.key)) return toPosition(rangeStart(pair.key));
      }
      return toPosition(rangeStart(node));
    },
  };
}

function childOf(container: unknown, segment: PathSegment): { value: unknown } | null {
  if (isMap(container)) {
    const pair = container.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
    if (!pair) return null;
    // A key with no value (`plan:`) still has a position worth pointing at: the key's.
    return { value: pair.value ?? pair.key };
  }
  if (isSeq(container) && typeof segment === 'number') {
    const item = container.items[segment];
    return item === undefined ? null : { value: item };
  }
  return null;
}

function yamlHint(code: string): Diagnostic['hint'] {
  switch (code) {
    case 'DUPLICATE_KEY':
      return { vi: 'Mỗi khóa chỉ được xuất hiện một lần trong cùng một mục; xóa hoặc gộp dòng trùng.', en: 'Each key may appear once per item; remove or merge the repeated line.' };
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
      return { vi: 'Kiểm tra thụt lề (dùng dấu cách, không dùng tab) và dấu ":" sau mỗi khóa.', en: 'Check the indentation (spaces, not tabs) and the ":" after each key.' };
    case 'BAD_SCALAR_START':
      return { vi: 'Giá trị bắt đầu bằng %, @, ` hoặc * phải đặt trong dấu nháy kép, ví dụ unit: "%".', en: 'A value starting with %, @, ` or * must be in double quotes, e.g. unit: "%".' };
    case 'TAB_AS_INDENT':
      return { vi: 'Thay ký tự tab bằng dấu cách.', en: 'Replace the tab characters with spaces.' };
    case 'BAD_DQ_ESCAPE':
      return { vi: 'Trong chuỗi đặt trong dấu nháy kép, viết \\\\ thay cho \\.', en: 'Inside double quotes write \\\\ for a backslash.' };
    default:
      return { vi: 'Sửa cú pháp YAML tại vị trí được chỉ ra; nếu giá trị có dấu ":" hoặc "#", đặt nó trong dấu nháy kép.', en: 'Fix the YAML at the position shown; quote values that contain ":" or "#".' };
  }
}

/** Parser errors often point at the start of a misindented line; the first visible character is more useful. */
function skipIndentation(text: string, offset: number): number {
  let position = offset;
  while (text[position] === ' ' && position < text.length) position += 1;
  return text[position] === '\n' || position >= text.length ? offset : position;
}
