// A small seeded generator so every bench run measures the same inputs (mulberry32).
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Memoises a case's inputs per row count: built once, reused by every run. */
export function perSize<T>(build: (rows: number) => T): (rows: number) => T {
  const cache = new Map<number, T>();
  return (rows) => {
    let value = cache.get(rows);
    if (value === undefined) {
      value = build(rows);
      cache.set(rows, value);
    }
    return value;
  };
}
