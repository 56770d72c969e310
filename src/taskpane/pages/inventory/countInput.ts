// Reading what a person typed as a counted quantity: blank = not counted, else a number of 0 or more.
export type CountInput = { kind: "blank" } | { kind: "ok"; value: number } | { kind: "bad"; message: string };

export function readCount(text: string): CountInput {
  const t = text.trim();
  if (t === "") return { kind: "blank" };
  // Number("") and Number(" ") are 0, so blanks are caught above; "1e3" and "12.5" are fine.
  const n = Number(t.replace(",", "."));
  if (!Number.isFinite(n)) return { kind: "bad", message: `"${t}" is not a number.` };
  if (n < 0) return { kind: "bad", message: "A count cannot be below 0." };
  return { kind: "ok", value: n };
}
