import type { Model } from './types.ts';

/**
 * Wraps an index builder so it runs once per model. Pages call selectors thousands of times
 * (one territory page per commune); each index is one pass over the model, built on first use.
 */
export function memoizeByModel<T>(build: (model: Model) => T): (model: Model) => T {
  const cache = new WeakMap<Model, T>();
  return (model) => {
    let value = cache.get(model);
    if (value === undefined) {
      value = build(model);
      cache.set(model, value);
    }
    return value;
  };
}
