import { expect, test } from 'vitest';
import { keepRendered, takeRendered } from '../../src/node/renderedFiles.ts';

const text = (bytes: Uint8Array | undefined) => (bytes === undefined ? undefined : Buffer.from(bytes).toString('utf8'));

test('each kept file comes back with its own bytes, whatever was taken in between', () => {
  expect(keepRendered('a.csv', 'first')).toBe(5);
  keepRendered('b.csv', 'second, ư');
  expect(text(takeRendered('a.csv'))).toBe('first');
  // Kept after another was taken: must not land on b.csv's file.
  keepRendered('c.csv', 'third');
  expect(text(takeRendered('b.csv'))).toBe('second, ư');
  expect(text(takeRendered('c.csv'))).toBe('third');
});

test('a file is given back once, and a name never kept gives nothing', () => {
  keepRendered('d.parquet', new Uint8Array([1, 2, 3]));
  expect([...takeRendered('d.parquet')!]).toEqual([1, 2, 3]);
  expect(takeRendered('d.parquet')).toBeUndefined();
  expect(takeRendered('never.csv')).toBeUndefined();
});
