// Quantities written with their unit, as stock registers and order sheets hold them: "100 NOS", "01nos",
// "5 pairs", "12 boxes", "2.5 kg". Only units of count and measure are recognised: "3 faulty" is a remark,
// not a quantity, and stays a problem for the person to read.
import { parseNumberText } from "./parseNumber";

// Singular forms; a trailing "s" or "es" and a trailing "." are accepted too ("pcs", "boxes", "nos.").
const UNITS = new Set([
  "no",
  "nos",
  "nr",
  "pc",
  "pcs",
  "piece",
  "unit",
  "each",
  "ea",
  "box",
  "bx",
  "pack",
  "pk",
  "pkt",
  "packet",
  "pair",
  "set",
  "ream",
  "roll",
  "bottle",
  "can",
  "tin",
  "tube",
  "bag",
  "case",
  "carton",
  "ctn",
  "sheet",
  "pad",
  "book",
  "dozen",
  "doz",
  "kg",
  "g",
  "gm",
  "l",
  "ltr",
  "litre",
  "liter",
  "ml",
  "m",
  "mtr",
  "metre",
  "meter",
  "cartridge",
  "bundle",
]);

function knownUnit(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, "");
  return (
    UNITS.has(w) ||
    (w.endsWith("s") && UNITS.has(w.slice(0, -1))) ||
    (w.endsWith("es") && UNITS.has(w.slice(0, -2)))
  );
}

export interface QuantityText {
  value: number;
  /** The unit as written ("NOS", "pairs"). */
  unit: string;
}

/** A number followed by a unit of count or measure, or null. */
export function parseQuantityText(text: string): QuantityText | null {
  const m = /^\s*([\d.,\s]*\d)\s*([A-Za-z]+\.?)\s*$/.exec(text);
  if (!m || !knownUnit(m[2])) return null;
  const value = parseNumberText(m[1]);
  return value === null ? null : { value, unit: m[2] };
}
