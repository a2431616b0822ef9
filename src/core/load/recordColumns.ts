/**
 * A file's records (plain data, as zod gives them: objects, lists, strings, numbers, booleans,
 * null) as a few flat arrays, to cross to another thread or to disk. At national scale 600.000
 * figures cross from the threads that load them (src/node/loadInWorkers.ts), and v8's
 * deserializer, which makes every object and every string anew, took 1,5 s of the main thread at
 * L. Here a file's strings are kept once each (a figures file names the same few places,
 * indicators and documents on every line) and each object is made by one object literal for its
 * keys: on 105.000 of L's figures, 20-65 ms to make them again against v8's 180-260 ms.
 *
 * Exact or nothing: a value that is not plain data (a Date, a Map, an object of a class or with
 * no prototype, a list with holes or extra keys, a key `__proto__`) makes packRecords answer null,
 * and the caller sends the records as they are. Like v8's serializer, it takes an object's own
 * enumerable string keys and their values as read. Unlike it, an object found twice comes back as
 * two equal objects; records never share one, since zod makes each object of its output anew
 * (tests/core/load/recordColumns.test.ts holds the loader to that).
 */
export interface PackedRecords {
  /**
   * One word per value, in reading order: its kind in the low 3 bits (KIND_*), above them a
   * string's place in `strings`, a list's length or an object's shape; a list's items and an
   * object's values follow it.
   */
  words: Uint32Array;
  /** The numbers, in reading order. */
  numbers: Float64Array;
  strings: string[];
  /** Each object shape's keys, in the object's own order. */
  shapes: string[][];
}

const KIND_STRING = 0;
const KIND_NUMBER = 1;
const KIND_CONSTANT = 2;
const KIND_LIST = 3;
const KIND_OBJECT = 4;
const KIND_BITS = 3;
const KIND_MASK = (1 << KIND_BITS) - 1;
/** The largest string index, list length or shape number a word can hold. */
const MAX_PAYLOAD = 2 ** (32 - KIND_BITS) - 1;

const CONSTANTS = [false, true, null, undefined] as const;

/** Why a value cannot be packed exactly: the whole list is then sent as it is. */
class NotPlainData extends Error {}

interface ShapeNode {
  next: Map<string, ShapeNode>;
  shape: number;
}

/** The records as flat arrays, or null when one holds anything but plain data (see above). */
export function packRecords(records: readonly unknown[]): PackedRecords | null {
  let words = new Uint32Array(1024);
  let wordCount = 0;
  let numbers = new Float64Array(256);
  let numberCount = 0;
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const shapes: string[][] = [];
  const shapeTree: ShapeNode = { next: new Map(), shape: -1 };

  const word = (kind: number, payload: number): void => {
    if (payload > MAX_PAYLOAD) throw new NotPlainData();
    if (wordCount === words.length) {
      const grown = new Uint32Array(words.length * 2);
      grown.set(words);
      words = grown;
    }
    words[wordCount++] = payload * (KIND_MASK + 1) + kind;
  };

  const shapeOf = (keys: string[]): number => {
    let node = shapeTree;
    for (const key of keys) {
      let next = node.next.get(key);
      if (!next) node.next.set(key, (next = { next: new Map(), shape: -1 }));
      node = next;
    }
    if (node.shape === -1) {
      if (keys.includes('__proto__')) throw new NotPlainData();
      node.shape = shapes.length;
      shapes.push(keys);
    }
    return node.shape;
  };

  const pack = (value: unknown): void => {
    switch (typeof value) {
      case 'string': {
        let index = stringIndex.get(value);
        if (index === undefined) {
          index = strings.length;
          strings.push(value);
          stringIndex.set(value, index);
        }
        word(KIND_STRING, index);
        return;
      }
      case 'number':
        if (numberCount === numbers.length) {
          const grown = new Float64Array(numbers.length * 2);
          grown.set(numbers);
          numbers = grown;
        }
        numbers[numberCount++] = value;
        word(KIND_NUMBER, 0);
        return;
      case 'boolean':
        word(KIND_CONSTANT, value ? 1 : 0);
        return;
      case 'undefined':
        word(KIND_CONSTANT, 3);
        return;
      case 'object':
        if (value === null) {
          word(KIND_CONSTANT, 2);
          return;
        }
        if (Array.isArray(value)) {
          if (Object.getPrototypeOf(value) !== Array.prototype) throw new NotPlainData();
          word(KIND_LIST, value.length);
          for (let index = 0; index < value.length; index++) {
            if (!(index in value)) throw new NotPlainData();
            pack(value[index]);
          }
          if (Object.keys(value).length !== value.length) throw new NotPlainData();
          return;
        }
        if (Object.getPrototypeOf(value) !== Object.prototype) throw new NotPlainData();
        {
          const keys = Object.keys(value);
          word(KIND_OBJECT, shapeOf(keys));
          for (const key of keys) pack((value as Record<string, unknown>)[key]);
        }
        return;
      default:
        throw new NotPlainData();
    }
  };

  try {
    word(KIND_LIST, records.length);
    for (const record of records) pack(record);
  } catch (error) {
    if (error instanceof NotPlainData) return null;
    throw error;
  }
  return { words: words.slice(0, wordCount), numbers: numbers.slice(0, numberCount), strings, shapes };
}

/** Whether a value read back from disk or another thread has the types of PackedRecords. */
export function isPackedRecords(value: unknown): value is PackedRecords {
  if (typeof value !== 'object' || value === null) return false;
  const { words, numbers, strings, shapes } = value as Partial<Record<keyof PackedRecords, unknown>>;
  return (
    words instanceof Uint32Array &&
    numbers instanceof Float64Array &&
    Array.isArray(strings) &&
    strings.every((text) => typeof text === 'string') &&
    Array.isArray(shapes) &&
    shapes.every((keys) => Array.isArray(keys) && keys.every((key) => typeof key === 'string'))
  );
}

/** How many records a packed list holds (-1 if it does not start as a list). */
export function packedRecordCount(packed: PackedRecords): number {
  const first = packed.words[0];
  if (first === undefined || (first & KIND_MASK) !== KIND_LIST) return -1;
  return (first - KIND_LIST) / (KIND_MASK + 1);
}

/** The records packRecords was given, made again: equal value for value, key order included. */
export function unpackRecords(packed: PackedRecords): unknown[] {
  const { words, numbers, strings } = packed;
  let wordAt = 0;
  let numberAt = 0;
  // Each word is checked against what it may point to: a damaged entry throws here rather than
  // make records with holes in them.
  const read = (): unknown => {
    if (wordAt >= words.length) throw new Error('packed records end too early');
    const current = words[wordAt++]!;
    const kind = current & KIND_MASK;
    const payload = (current - kind) / (KIND_MASK + 1);
    switch (kind) {
      case KIND_STRING:
        if (payload >= strings.length) throw new Error('packed records name a string they do not hold');
        return strings[payload];
      case KIND_NUMBER:
        if (numberAt >= numbers.length) throw new Error('packed records end too early');
        return numbers[numberAt++];
      case KIND_CONSTANT:
        if (payload >= CONSTANTS.length) throw new Error('packed records name an unknown constant');
        return CONSTANTS[payload];
      case KIND_LIST: {
        if (payload > words.length - wordAt) throw new Error('packed records end too early');
        const list: unknown[] = [];
        for (let index = 0; index < payload; index++) list.push(read());
        return list;
      }
      case KIND_OBJECT:
        if (payload >= makers.length) throw new Error('packed records name a shape they do not hold');
        return makers[payload]!(read);
      default:
        throw new Error('packed records hold an unknown kind of value');
    }
  };
  const makers = packed.shapes.map(objectMaker);
  const records = read();
  if (!Array.isArray(records) || wordAt !== words.length || numberAt !== numbers.length) throw new Error('packed records do not match their own lengths');
  return records;
}

/**
 * A function that makes an object of these keys, reading each value in turn (a literal's values
 * are evaluated in the order written). One object literal per shape, so V8 makes every record of
 * the shape with its final layout at once: setting the keys one by one on an empty object made
 * the same records about twice as slowly. The keys are written as JSON strings, which are
 * JavaScript string literals; `__proto__`, the one key a literal treats differently, is never packed.
 */
function objectMaker(keys: readonly string[]): (read: () => unknown) => object {
  if (keys.includes('__proto__')) throw new Error('a packed shape cannot hold __proto__');
  return new Function('read', `return { ${keys.map((key) => `${JSON.stringify(key)}: read()`).join(', ')} };`) as (read: () => unknown) => object;
}
