import Fuse from "fuse.js";

// Choice lists are mostly the definitions' constant arrays: index each once.
const indexes = new WeakMap<readonly string[], Map<number, Fuse<string>>>();
const answers = new WeakMap<readonly string[], Map<string, string | undefined>>();

function indexFor(options: readonly string[], threshold: number): Fuse<string> {
  let byThreshold = indexes.get(options);
  if (!byThreshold) indexes.set(options, (byThreshold = new Map()));
  let fuse = byThreshold.get(threshold);
  if (!fuse) {
    fuse = new Fuse([...options], {
      includeScore: true,
      threshold,
      ignoreLocation: true,
      isCaseSensitive: false,
    });
    byThreshold.set(threshold, fuse);
  }
  return fuse;
}

/** The option closest to what was typed (fuzzy, via fuse.js), or undefined when none is close. */
export function closestOption(
  typed: string,
  options: readonly string[],
  threshold = 0.5,
): string | undefined {
  // Long text is never close to a short choice, and fuse.js is slow on long patterns: compare a prefix.
  const text = typed.trim().slice(0, 48);
  if (text === "" || options.length === 0) return undefined;
  // The same typo tends to repeat down a column: remember answers (fuse.js takes ~2 ms a search).
  const key = `${threshold}\u0000${text.toLowerCase()}`;
  let memo = answers.get(options);
  if (!memo) answers.set(options, (memo = new Map()));
  if (memo.has(key)) return memo.get(key);
  const found = indexFor(options, threshold).search(text)[0]?.item;
  if (memo.size > 5000) memo.clear();
  memo.set(key, found);
  return found;
}
