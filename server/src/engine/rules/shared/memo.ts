// Derivations of the parsed issue shared by several rules (a document's heading
// tree, the running-text segments …): computed once per issue or
// document object and kept as long as that object lives.
export function memoize<K extends object, V>(derive: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = derive(key);
      cache.set(key, value);
    }
    return value;
  };
}
