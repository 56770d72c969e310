// Requirement-set versions are dotted numbers: "1.10" is newer than "1.9", so compare numerically.

/** Negative when a is older than b, zero when equal, positive when newer. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function maxVersion(versions: Iterable<string>, floor = "1.1"): string {
  let best = floor;
  for (const v of versions) if (compareVersions(v, best) > 0) best = v;
  return best;
}

/** Set names are case-insensitive in manifests and in isSetSupported. */
export function sameSet(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
