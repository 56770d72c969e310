// Register keys such as INV-0001.
//
// Sequence: the next ID is one more than the largest number found after the prefix (gaps are not
// refilled, so a deleted row's ID is never given to a new one), zero-padded to 4 digits or to the
// widest existing number. Cells that don't carry the prefix ("12", "X-5", blanks) are ignored.
//
// Co-authoring: two people adding rows at once may both read INV-0041 as the largest and both write
// INV-0042 (their writes merge when they sync). So src/excel, inside one Excel.run:
//   1. re-reads the key column just before writing and takes `nextIds(prefix, keys, n)`;
//   2. writes its rows and syncs;
//   3. re-reads the key column and calls `findIdCollisions(keysNow, written)`;
//   4. for each collision, gives its own row `nextId(prefix, keysNow, clientTag)`, e.g. INV-0043-K7Q,
//      where clientTag is this client's short random tag (`makeClientTag`). Two clients repairing at the
//      same moment still end up different because their tags differ; the number keeps the ID sortable.
// Everything here is pure: the Excel side passes what it just read.
import { normKey } from "./keys";

export interface ParsedId {
  number: number;
  /** Digits written (with leading zeros), for padding new IDs alike. */
  width: number;
  /** The client tag of a repaired collision ("K7Q"), if any. */
  tag?: string;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function idPattern(prefix: string): RegExp {
  // The separator in the prefix is optional when reading: "INV-0007", "INV0007", "inv 7" all count.
  const base = escapeRegExp(prefix.replace(/[-_\s]+$/, ""));
  // A client tag starts with a letter, so "PO-2026-0042" is not read as number 2026 tagged "0042".
  return new RegExp(`^\\s*${base}[-_\\s]?(\\d+)(?:-([A-Za-z][A-Za-z0-9]*))?\\s*$`, "i");
}

export function parseId(prefix: string, id: unknown): ParsedId | null {
  if (typeof id !== "string") return null;
  const m = idPattern(prefix).exec(id);
  if (!m) return null;
  return m[2]
    ? { number: Number(m[1]), width: m[1].length, tag: m[2].toUpperCase() }
    : { number: Number(m[1]), width: m[1].length };
}

function sequenceState(prefix: string, existingIds: readonly unknown[]): { max: number; width: number } {
  let max = 0;
  let width = 4;
  const re = idPattern(prefix);
  for (const id of existingIds) {
    if (typeof id !== "string") continue;
    const m = re.exec(id);
    if (!m) continue;
    max = Math.max(max, Number(m[1]));
    width = Math.max(width, m[1].length);
  }
  return { max, width };
}

function format(prefix: string, n: number, width: number, clientTag?: string): string {
  const id = `${prefix}${String(n).padStart(width, "0")}`;
  return clientTag ? `${id}-${clientTag.toUpperCase()}` : id;
}

/** The next ID after the largest existing one: INV-0001 for an empty register. */
export function nextId(prefix: string, existingIds: readonly unknown[], clientTag?: string): string {
  return nextIds(prefix, existingIds, 1, clientTag)[0];
}

/** `count` consecutive new IDs. */
export function nextIds(
  prefix: string,
  existingIds: readonly unknown[],
  count: number,
  clientTag?: string,
): string[] {
  const { max, width } = sequenceState(prefix, existingIds);
  return Array.from({ length: Math.max(0, count) }, (_, i) => format(prefix, max + 1 + i, width, clientTag));
}

/** The IDs this client wrote that now appear more than once in the key column (compared as Excel does, ignoring case). */
export function findIdCollisions(keysNow: readonly unknown[], written: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const k of keysNow) {
    const key = normKey(k);
    if (key !== "") counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return written.filter((id) => (counts.get(normKey(id)) ?? 0) > 1);
}

/** New IDs for this client's colliding rows: old ID → replacement, all beyond everything in keysNow. */
export function repairIdCollisions(
  prefix: string,
  keysNow: readonly unknown[],
  collided: readonly string[],
  clientTag: string,
): Record<string, string> {
  const fresh = nextIds(prefix, keysNow, collided.length, clientTag);
  return Object.fromEntries(collided.map((id, i) => [id, fresh[i]]));
}

/** A short tag for this client (a letter, then 2 of 0-9A-Z: 33,696 tags) from a random number in [0, 1) the caller draws. */
export function makeClientTag(random: number): string {
  const n = Math.floor(
    Math.min(Math.max(Number.isFinite(random) ? random : 0, 0), 0.999999999) * 26 * 36 * 36,
  );
  const letter = String.fromCharCode(65 + Math.floor(n / (36 * 36)));
  return letter + (n % (36 * 36)).toString(36).toUpperCase().padStart(2, "0");
}
