/**
 * Reads the layout of figures files written in bulk (exported from a spreadsheet or generated, as
 * a national dataset's are): a few top-level keys and lists of records, one per line, as flow
 * mappings:
 *
 *     plan: ke-hoach-tinh-16
 *     observations:
 *       - { indicator: chi-so-1, territory: xa-1471, period: 2024, value: 29.16, source: { document: bao-cao, locator: "phụ lục 1" } }
 *
 * and nothing else. At national scale that is 100 MB of YAML on every cold run, which js-yaml reads
 * at about 15 MB/s; one pass over character codes that knows only this layout reads it several
 * times faster. Files written by hand, one field per line with comments (the shipped plans/), are
 * outside it and read by js-yaml.
 *
 * It is an accelerator, not a parser of its own: for any text outside the narrow layout it
 * accepts (an anchor or alias, an escape, a tab, a comment after a value, block mappings, a plain
 * value that is not a plain identifier or decimal number, anything it is unsure of) it returns
 * null, and the file is read by js-yaml exactly as before. For a text it does accept, the value is
 * the one js-yaml's core schema gives (tests/core/load/readRecordLines.property.test.ts compares
 * the two), and the text is one js-yaml reads without an error, with no alias and nesting far
 * below the limit, so the caller may skip those checks.
 */
export function readRecordLines(text: string): { value: Record<string, unknown> } | null {
  // The alias check (parseYaml.ts) looks for "*" anywhere, comments and quotes included: a text
  // holding one goes the usual way, so accepting a text never changes which path reads it.
  if (text.indexOf('*') !== -1) return null;
  try {
    const value = new RecordLinesReader(text).read();
    return value && Object.keys(value).length > 0 ? { value } : null;
  } catch (error) {
    if (error === OUTSIDE_LAYOUT) return null;
    throw error;
  }
}

/** Thrown (and caught above) as soon as the text leaves the layout: no message, no cost of a stack. */
const OUTSIDE_LAYOUT = Symbol('outside the record-lines layout');

/** More distinct keys than any schema has: a file with more is not a list of records. */
const MAX_KEYS = 64;

/** Records may hold records (a figure's source), but never deeper than this. */
const MAX_FLOW_DEPTH = 8;

const SPACE = 0x20;
const NEWLINE = 0x0a;
const HASH = 0x23;
const QUOTE = 0x22;
const COMMA = 0x2c;
const DASH = 0x2d;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const BACKSLASH = 0x5c;

function isLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * What may stand inside quotes or a comment. js-yaml refuses a text holding a control character,
 * a lone surrogate, U+FFFE or U+FFFF; line and paragraph separators, NEL, byte-order marks and
 * surrogate pairs are left to it too, rather than reasoned about here.
 */
function isPlainTextCharacter(code: number): boolean {
  if (code < 0x80) return code >= 0x20 && code !== 0x7f;
  return code >= 0xa0 && code < 0xd800 ? code !== 0x2028 && code !== 0x2029 : code >= 0xe000 && code <= 0xfffd && code !== 0xfeff;
}

/** Plain values that the core schema reads as something other than text. */
const KEYWORDS: ReadonlyMap<string, null | boolean> = new Map<string, null | boolean>([
  ['null', null],
  ['Null', null],
  ['NULL', null],
  ['true', true],
  ['True', true],
  ['TRUE', true],
  ['false', false],
  ['False', false],
  ['FALSE', false],
]);


class RecordLinesReader {
  readonly #text: string;
  readonly #length: number;
  #position = 0;
  /** The keys met so far, each made into a text once. */
  readonly #keys: string[] = [];
  /** For each key of #keys, the last plain text written as its value. */
  readonly #lastValues: string[] = [];

  constructor(text: string) {
    this.#text = text;
    this.#length = text.length;
  }

  read(): Record<string, unknown> {
    const text = this.#text;
    const root: Record<string, unknown> = {};
    // The top-level key whose value is still open (written as "key:" alone), and its list once
    // its first item is read.
    let openKey: string | null = null;
    let list: unknown[] | null = null;
    let listIndent = -1;

    while (this.#position < this.#length) {
      const lineStart = this.#position;
      this.#skipSpaces();
      const indent = this.#position - lineStart;
      const code = text.charCodeAt(this.#position);
      if (this.#position >= this.#length) break;
      if (code === NEWLINE) {
        this.#position += 1;
        continue;
      }
      if (code === HASH) {
        this.#skipComment();
        continue;
      }
      if (indent === 0 && isLetter(code)) {
        const keyIndex = this.#readKey();
        const key = this.#keys[keyIndex]!;
        if (Object.hasOwn(root, key)) throw OUTSIDE_LAYOUT;
        this.#expect(COLON);
        this.#skipSpaces();
        if (this.#atLineEnd()) {
          root[key] = null;
          openKey = key;
        } else {
          if (text.charCodeAt(this.#position - 1) !== SPACE) throw OUTSIDE_LAYOUT;
          root[key] = this.#readValue(0, keyIndex);
          openKey = null;
          this.#skipSpaces();
        }
        list = null;
        this.#endLine();
        continue;
      }
      if (code === DASH && text.charCodeAt(this.#position + 1) === SPACE && openKey !== null) {
        if (list === null) {
          list = [];
          root[openKey] = list;
          listIndent = indent;
        } else if (indent !== listIndent) throw OUTSIDE_LAYOUT;
        this.#position += 2;
        this.#skipSpaces();
        if (text.charCodeAt(this.#position) !== OPEN_BRACE) throw OUTSIDE_LAYOUT;
        list.push(this.#readRecord(1));
        this.#skipSpaces();
        this.#endLine();
        continue;
      }
      throw OUTSIDE_LAYOUT;
    }
    return root;
  }

  #skipSpaces(): void {
    const text = this.#text;
    while (text.charCodeAt(this.#position) === SPACE) this.#position += 1;
  }

  #skipComment(): void {
    const text = this.#text;
    let position = this.#position;
    for (; position < this.#length; position += 1) {
      const code = text.charCodeAt(position);
      if (code === NEWLINE) break;
      if (!isPlainTextCharacter(code)) throw OUTSIDE_LAYOUT;
    }
    this.#position = position;
  }

  #atLineEnd(): boolean {
    return this.#position >= this.#length || this.#text.charCodeAt(this.#position) === NEWLINE;
  }

  #endLine(): void {
    if (!this.#atLineEnd()) throw OUTSIDE_LAYOUT;
    this.#position += 1;
  }

  #expect(code: number): void {
    if (this.#text.charCodeAt(this.#position) !== code) throw OUTSIDE_LAYOUT;
    this.#position += 1;
  }

  /**
   * The index in #keys of the key that starts here: a letter, then letters, digits, "_" or "-",
   * and not a keyword. The few keys of a file are each made into a text once, not once per record.
   */
  #readKey(): number {
    const text = this.#text;
    const start = this.#position;
    if (!isLetter(text.charCodeAt(start))) throw OUTSIDE_LAYOUT;
    let position = start + 1;
    for (;;) {
      const code = text.charCodeAt(position);
      if (!(isLetter(code) || isDigit(code) || code === 0x5f || code === DASH)) break;
      position += 1;
    }
    this.#position = position;
    const length = position - start;
    const keys = this.#keys;
    for (let index = 0; index < keys.length; index++) {
      const known = keys[index]!;
      if (known.length === length && text.startsWith(known, start)) return index;
    }
    const key = text.slice(start, position);
    if (KEYWORDS.has(key)) throw OUTSIDE_LAYOUT;
    if (keys.length >= MAX_KEYS) throw OUTSIDE_LAYOUT;
    keys.push(key);
    this.#lastValues.push('');
    return keys.length - 1;
  }

  #readValue(depth: number, keyIndex: number): unknown {
    const code = this.#text.charCodeAt(this.#position);
    if (code === OPEN_BRACE) return this.#readRecord(depth + 1);
    if (code === QUOTE) return this.#readQuoted();
    return this.#readPlain(keyIndex);
  }

  /** `{ key: value, ... }` on one line. */
  #readRecord(depth: number): Record<string, unknown> {
    if (depth > MAX_FLOW_DEPTH) throw OUTSIDE_LAYOUT;
    const text = this.#text;
    const record: Record<string, unknown> = {};
    this.#position += 1;
    this.#skipSpaces();
    if (text.charCodeAt(this.#position) === CLOSE_BRACE) {
      this.#position += 1;
      return record;
    }
    for (;;) {
      const keyIndex = this.#readKey();
      const key = this.#keys[keyIndex]!;
      this.#expect(COLON);
      this.#expect(SPACE);
      this.#skipSpaces();
      const value = this.#readValue(depth, keyIndex);
      if (Object.hasOwn(record, key)) throw OUTSIDE_LAYOUT;
      record[key] = value;
      this.#skipSpaces();
      const next = text.charCodeAt(this.#position);
      this.#position += 1;
      if (next === CLOSE_BRACE) return record;
      if (next !== COMMA) throw OUTSIDE_LAYOUT;
      this.#skipSpaces();
    }
  }

  /** `"text"` with no escape and no line break in it. */
  #readQuoted(): string {
    const text = this.#text;
    const start = this.#position + 1;
    let position = start;
    for (;;) {
      if (position >= this.#length) throw OUTSIDE_LAYOUT;
      const code = text.charCodeAt(position);
      if (code === QUOTE) break;
      if (code === BACKSLASH || !isPlainTextCharacter(code)) throw OUTSIDE_LAYOUT;
      position += 1;
    }
    this.#position = position + 1;
    return text.slice(start, position);
  }

  /**
   * An identifier, a keyword or a decimal number, ended by a space, "," or "}" (or the line's
   * end). A value written as the same key's last one (the same place or status on line after
   * line) is that text again, not a new copy.
   */
  #readPlain(keyIndex: number): string | number | boolean | null {
    const text = this.#text;
    const start = this.#position;
    const first = text.charCodeAt(start);
    let position = start + 1;
    if (isLetter(first)) {
      for (;;) {
        const code = text.charCodeAt(position);
        if (!(isLetter(code) || isDigit(code) || code === 0x5f || code === DASH)) break;
        position += 1;
      }
      this.#endPlain(position);
      const last = this.#lastValues[keyIndex]!;
      if (last.length === position - start && text.startsWith(last, start)) return last;
      const token = text.slice(start, position);
      const keyword = token.length <= 5 ? KEYWORDS.get(token) : undefined;
      if (keyword !== undefined) return keyword;
      this.#lastValues[keyIndex] = token;
      return token;
    }
    // A number: -?(0|[1-9][0-9]{0,14})(\.[0-9]{1,17})?, nothing else that starts with a digit.
    position = first === DASH ? start + 1 : start;
    const integerStart = position;
    if (text.charCodeAt(position) === 0x30) position += 1;
    else while (isDigit(text.charCodeAt(position))) position += 1;
    const integerDigits = position - integerStart;
    if (integerDigits === 0 || integerDigits > 15 || isDigit(text.charCodeAt(position))) throw OUTSIDE_LAYOUT;
    if (text.charCodeAt(position) === 0x2e) {
      const fractionStart = position + 1;
      position = fractionStart;
      while (isDigit(text.charCodeAt(position))) position += 1;
      if (position === fractionStart || position - fractionStart > 17) throw OUTSIDE_LAYOUT;
    }
    this.#endPlain(position);
    const token = text.slice(start, position);
    // js-yaml reads the whole number -0 as 0 (and the decimal -0.0 as -0, as Number does).
    return token === '-0' ? 0 : Number(token);
  }

  /** A plain value ends at a space, ",", "}" or the line's end; anything else is outside the layout. */
  #endPlain(position: number): void {
    const next = this.#text.charCodeAt(position);
    if (!(next === SPACE || next === COMMA || next === CLOSE_BRACE || next === NEWLINE || position >= this.#length)) throw OUTSIDE_LAYOUT;
    this.#position = position;
  }
}
