import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Node as YamlNode } from 'yaml';
import type { Bilingual, Diagnostic, SourcePosition } from '../diagnostics.ts';

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
    const parserMessage = (problem.message.split('\n')[0] ?? problem.message).replace(/ at line \d+, column \d+:?$/, '');
    const explained = explainSyntaxProblem(problem.code, parserMessage, text, problem.pos[0]);
    syntaxDiagnostics.push({
      severity: 'error',
      code: 'yaml-syntax',
      file,
      ...toPosition(explained.offset ?? skipIndentation(text, problem.pos[0])),
      message: explained.message,
      hint: explained.hint,
    });
  }

  let value: unknown = null;
  if (document.errors.length === 0) {
    try {
      value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch {
      syntaxDiagnostics.push({
        severity: 'error',
        code: 'yaml-syntax',
        file,
        ...toPosition(firstAliasOffset(document)),
        message: {
          vi: 'Tệp dùng bí danh YAML (&tên và *tên) lặp lại quá nhiều lần, nên không được đọc.',
          en: 'The file repeats YAML aliases (&name and *name) too many times to be read.',
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

/** The bomb's fuse is its first alias: that is the line to look at. */
function firstAliasOffset(document: ReturnType<typeof parseDocument>): number {
  let offset = 0;
  visit(document, {
    Alias(_key, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

/** Line and column (1-based) of `offset`, for diagnostics raised before any parser has run. */
export function positionAt(text: string, offset: number, lineOffset = 0): SourcePosition {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    line += 1;
    lineStart = at + 1;
  }
  return { line: line + lineOffset, column: offset - lineStart + 1 };
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

interface ExplainedProblem {
  message: Bilingual;
  hint: Bilingual;
  /** Where the mistake is, when that is not where the parser noticed it. */
  offset?: number;
}

const INDENTATION_HINT: Bilingual = {
  vi: 'Các dòng cùng cấp phải thẳng cột; thụt lề bằng dấu cách (thường là 2), không dùng tab.',
  en: 'Lines at the same level must start in the same column; indent with spaces (usually 2), not tabs.',
};
const QUOTE_HINT: Bilingual = {
  vi: 'Đặt cả giá trị trong dấu nháy kép, ví dụ vi: "Kế hoạch: phát triển 10 xã".',
  en: 'Put the whole value in double quotes, e.g. vi: "Kế hoạch: phát triển 10 xã".',
};

/**
 * The YAML parser's messages are English and written for programmers ("Implicit keys need to be
 * on a single line"). These say, in both languages, what the mistake usually is when a person
 * types data by hand, and how to fix it. Rare problems keep the parser's words, quoted.
 */
function explainSyntaxProblem(code: string, parserMessage: string, text: string, offset: number): ExplainedProblem {
  const say = (vi: string, en: string, hint: Bilingual, at?: number): ExplainedProblem => ({ message: { vi, en }, hint, ...(at === undefined ? {} : { offset: at }) });
  switch (code) {
    case 'MISSING_CHAR': {
      const quote = /^Missing closing (["'])quote/.exec(parserMessage)?.[1];
      if (quote) {
        const other = quote === '"' ? "'" : '"';
        return say(
          `Chuỗi mở bằng dấu nháy ${quote} ở đây không có dấu nháy đóng.`,
          `The text opened with ${quote} here is never closed.`,
          {
            vi: `Thêm dấu ${quote} ở cuối chuỗi. Nếu trong chuỗi có dấu ${quote}, dùng dấu ${other} để bao ngoài.`,
            en: `Add a closing ${quote} at the end of the text. If the text itself contains ${quote}, wrap it in ${other} instead.`,
          },
          openingQuote(text, quote, offset),
        );
      }
      if (parserMessage.startsWith('Sequence item without')) return say('Dòng này thụt lề không khớp với các dòng cùng cấp ở trên.', 'This line is not indented like the lines above it at the same level.', INDENTATION_HINT);
      if (parserMessage.includes('between flow')) return say('Thiếu dấu phẩy giữa các phần tử trong [ ] hoặc { }.', 'A comma is missing between the items in [ ] or { }.', { vi: 'Ngăn các phần tử bằng dấu phẩy, ví dụ [nam-chay, pa-cheo].', en: 'Separate the items with commas, e.g. [nam-chay, pa-cheo].' });
      break;
    }
    case 'BAD_INDENT': {
      const bracket = /end with a ([\]}])/.exec(parserMessage)?.[1];
      if (bracket) {
        const opening = bracket === ']' ? '[' : '{';
        const at = text.lastIndexOf(opening, offset);
        return say(
          `Dấu ${opening} ở đây không có dấu ${bracket} đóng trên cùng dòng.`,
          `The ${opening} here has no closing ${bracket} on the same line.`,
          { vi: `Thêm dấu ${bracket} ở cuối dòng, ví dụ ${opening === '[' ? 'scope: [nam-chay, pa-cheo]' : 'name: { vi: Nậm Chày }'}.`, en: `Add the closing ${bracket} at the end of the line, e.g. ${opening === '[' ? 'scope: [nam-chay, pa-cheo]' : 'name: { vi: Nậm Chày }'}.` },
          at === -1 ? undefined : at,
        );
      }
      if (parserMessage.startsWith('All mapping items')) return say('Các trường của cùng một mục phải thẳng cột với nhau, nhưng dòng này lệch cột.', 'The fields of one item must start in the same column, but this line does not.', INDENTATION_HINT);
      if (parserMessage.startsWith('All sequence items')) return say('Các dòng "- " của cùng một danh sách phải thẳng cột với nhau, nhưng dòng này lệch cột.', 'The "- " lines of one list must start in the same column, but this line does not.', INDENTATION_HINT);
      return say('Dòng này thụt lề không đúng.', 'This line is indented wrongly.', INDENTATION_HINT);
    }
    case 'MULTILINE_IMPLICIT_KEY':
      return say(
        'Dòng này thiếu dấu ":" sau tên trường (hoặc là phần tiếp của dòng trên).',
        'This line has no ":" after its field name (or it continues the line above).',
        {
          vi: 'Viết "tên: giá trị", có một dấu cách sau dấu hai chấm, ví dụ period: 2024. Nếu đây là phần tiếp của một câu dài, đặt cả câu trong dấu nháy kép trên một dòng.',
          en: 'Write "name: value" with a space after the colon, e.g. period: 2024. If this continues a long sentence, put the whole sentence in double quotes on one line.',
        },
      );
    case 'BLOCK_AS_IMPLICIT_KEY': {
      // "period: 2022" then " value: 60.95" one space deeper: the parser blames the line above
      // (its value would run on), but the slip is the next line's indentation.
      const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
      const lineEnd = text.indexOf('\n', offset);
      const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
      const next = lineEnd === -1 ? '' : text.slice(lineEnd + 1, text.indexOf('\n', lineEnd + 1) === -1 ? text.length : text.indexOf('\n', lineEnd + 1));
      const indent = (/^( *)(?:- )?/.exec(line)![0]).length;
      const nextIndent = /^ */.exec(next)![0].length;
      if (/^ *(?:- )?[\w-]+:[ \t]+\S/.test(line) && /^ *[\w-]+:(?:\s|$)/.test(next) && nextIndent > indent && nextIndent - indent <= 3) {
        const extra = nextIndent - indent;
        const key = /^ *([\w-]+):/.exec(next)![1];
        const above = /^ *(?:- )?([\w-]+):/.exec(line)![1];
        return say(
          `Dòng này thụt vào sâu hơn dòng "${above}:" ở trên ${extra} dấu cách, nên bị đọc thành phần tiếp của giá trị dòng trên.`,
          `This line is indented ${extra} space${extra === 1 ? '' : 's'} further than "${above}:" above it, so it reads as a continuation of that line's value.`,
          {
            vi: `Xóa ${extra} dấu cách ở đầu dòng, để "${key}:" bắt đầu cùng cột với "${above}:" (cột ${indent + 1}).`,
            en: `Delete ${extra} space${extra === 1 ? '' : 's'} at the start of the line, so "${key}:" starts in the same column as "${above}:" (column ${indent + 1}).`,
          },
          lineEnd + 1 + nextIndent,
        );
      }
      return say(
        'Giá trị ở đây có dấu ": " ở giữa, hoặc dòng tiếp theo thụt vào sâu hơn các dòng cùng cấp.',
        'The value here contains ": ", or the next line is indented deeper than the lines beside it.',
        { vi: `${QUOTE_HINT.vi} Các trường của cùng một mục phải thẳng cột.`, en: `${QUOTE_HINT.en} The fields of one item must start in the same column.` },
      );
    }
    case 'BLOCK_IN_FLOW':
      return say('Trong dấu { } hoặc [ ], giá trị có dấu ": " hoặc "- " phải đặt trong dấu nháy kép.', 'Inside { } or [ ], a value containing ": " or "- " must be in double quotes.', QUOTE_HINT);
    case 'TAB_AS_INDENT':
      return say('Dòng này thụt lề bằng phím Tab; YAML chỉ chấp nhận dấu cách.', 'This line is indented with a tab; YAML accepts only spaces.', { vi: 'Thay ký tự tab bằng dấu cách.', en: 'Replace the tab characters with spaces.' });
    case 'DUPLICATE_KEY':
      return say('Trường này xuất hiện hai lần trong cùng một mục.', 'This field appears twice in the same item.', { vi: 'Mỗi trường chỉ được có một lần trong một mục; xóa hoặc gộp dòng trùng.', en: 'Each field may appear once per item; remove or merge the repeated line.' });
    case 'BAD_SCALAR_START': {
      const character = parserMessage.at(-1) ?? '';
      return say(
        `Giá trị bắt đầu bằng ký tự ${character} phải đặt trong dấu nháy kép.`,
        `A value starting with ${character} must be in double quotes.`,
        { vi: 'Giá trị bắt đầu bằng %, @, ` hoặc * phải đặt trong dấu nháy kép, ví dụ unit: "%".', en: 'A value starting with %, @, ` or * must be in double quotes, e.g. unit: "%".' },
      );
    }
    case 'BAD_DQ_ESCAPE':
      return say('Trong dấu nháy kép, dấu \\ có nghĩa đặc biệt và không được dùng như ở đây.', 'Inside double quotes, \\ has a special meaning and cannot be used as it is here.', { vi: 'Viết \\\\ thay cho \\, hoặc dùng dấu nháy đơn bao ngoài.', en: 'Write \\\\ for a backslash, or use single quotes around the text.' });
    case 'UNEXPECTED_TOKEN':
      if (parserMessage.startsWith('Unexpected scalar at node end')) return say('Có chữ thừa sau dấu nháy đóng.', 'There is text after the closing quote.', { vi: 'Đặt cả giá trị trong dấu nháy, hoặc bỏ dấu nháy.', en: 'Put the whole value inside the quotes, or remove the quotes.' });
      return say('Có ký tự không đúng chỗ ở đây.', 'There is a character out of place here.', { vi: 'Kiểm tra dấu ":" sau mỗi tên trường và thụt lề; giá trị có ":" hoặc "#" phải đặt trong dấu nháy kép.', en: 'Check the ":" after each field name and the indentation; quote values that contain ":" or "#".' });
    case 'MULTIPLE_DOCS':
      return say('Tệp có một dòng "---" ở giữa: mỗi tệp chỉ được có một phần dữ liệu.', 'The file has a "---" line in the middle: a file holds one block of data.', { vi: 'Xóa dòng "---" này. Trong tệp .md, chỉ có hai dòng "---" bao quanh phần thông tin đầu tệp.', en: 'Delete this "---" line. In a .md file, only two "---" lines surround the front matter.' });
    case 'TAG_RESOLVE_FAILED':
      return say('Giá trị bắt đầu bằng dấu ! phải đặt trong dấu nháy kép.', 'A value starting with ! must be in double quotes.', QUOTE_HINT);
  }
  return say(
    `YAML viết sai ở đây (trình đọc YAML báo: "${parserMessage}").`,
    `The YAML is malformed here (the YAML reader says: "${parserMessage}").`,
    { vi: 'Sửa cách viết tại vị trí được chỉ ra; giá trị có dấu ":" hoặc "#" phải đặt trong dấu nháy kép.', en: 'Fix the text at the position shown; quote values that contain ":" or "#".' },
  );
}

/**
 * An unclosed quote is noticed at the end of the file; the mistake is where the quote opens.
 * Everything after that quote was read as text, so it is the last unescaped quote before.
 */
function openingQuote(text: string, quote: string, end: number): number | undefined {
  let at = text.lastIndexOf(quote, end);
  while (at > 0 && (quote === '"' ? text[at - 1] === '\\' : text[at - 1] === "'")) at = text.lastIndexOf(quote, at - (quote === '"' ? 1 : 2));
  return at === -1 ? undefined : at;
}

/** Parser errors often point at the start of a misindented line; the first visible character is more useful. */
function skipIndentation(text: string, offset: number): number {
  let position = offset;
  while (text[position] === ' ' && position < text.length) position += 1;
  return text[position] === '\n' || position >= text.length ? offset : position;
}
