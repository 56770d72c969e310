import Fuse from "fuse.js";

/** The option closest to what was typed (fuzzy, via fuse.js), or undefined when none is close. */
export function closestOption(
  typed: string,
  options: readonly string[],
  threshold = 0.5,
): string | undefined {
  const text = typed.trim();
  if (text === "" || options.length === 0) return undefined;
  const fuse = new Fuse([...options], {
    includeScore: true,
    threshold,
    ignoreLocation: true,
    isCaseSensitive: false,
  });
  return fuse.search(text)[0]?.item;
}
