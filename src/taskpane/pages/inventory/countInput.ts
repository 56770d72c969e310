// Reading what a person typed as a counted quantity: blank = not counted, else a number of 0 or more.
// core's parseNumberText reads "1,200", "4,50" and " 3 " the way the rest of the add-in does.
import { parseNumberText } from "../../../core/cells/parseNumber";

export type CountInput = { kind: "blank" } | { kind: "ok"; value: number } | { kind: "bad"; message: string };

export function readCount(text: string): CountInput {
  const t = text.trim();
  if (t === "") return { kind: "blank" };
  const n = parseNumberText(t);
  if (n === null || !Number.isFinite(n)) return { kind: "bad", message: `"${t}" is not a number.` };
  if (n < 0) return { kind: "bad", message: "A count cannot be below 0." };
  return { kind: "ok", value: n };
}
