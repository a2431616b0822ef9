/**
 * Appends to the list under `key`, creating it on first use. Rebuilding the list on every append
 * (`[...(map.get(key) ?? []), value]`) is quadratic in its length: harmless for ten communes, not
 * for the thousands of figures, diagnostics or communes a national dataset puts under one key.
 */
export function pushToList<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
