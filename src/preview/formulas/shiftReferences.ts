// A conditional format's formula is written for the top-left cell of the range it applies to; Excel
// reads it for each other cell with the relative parts of its references moved by that cell's offset
// ($V2 tested on the fourth row is $V5). This moves them, leaving $-fixed parts and string literals.
import { columnIndex, columnLetters } from "../simulator/address";

// A cell reference not inside a name or function name: not preceded by a letter, digit, _ or . and not
// followed by a letter, digit, _, . or ( (so LOG10( and Sheet names stay as they are).
const REF = /(?<![A-Za-z0-9_.])(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)(?![A-Za-z0-9_.(])/g;

/** True when text outside string literals and [bracketed] groups holds an A1 cell reference. */
export function hasA1References(formula: string): boolean {
  const outside = formula
    .replace(/"(?:[^"]|"")*"/g, '""')
    .replace(/\[(?:[^[\]']|'.|\[(?:[^[\]']|'.)*\])*\]/g, "");
  REF.lastIndex = 0;
  const found = REF.test(outside);
  REF.lastIndex = 0;
  return found;
}

function shiftPart(text: string, dRows: number, dCols: number): string {
  return text.replace(REF, (whole, colFixed: string, letters: string, rowFixed: string, digits: string) => {
    const col = columnIndex(letters) + (colFixed ? 0 : dCols);
    const row = Number(digits) + (rowFixed ? 0 : dRows);
    if (col < 0 || row < 1) return "#REF!";
    return `${colFixed}${columnLetters(col)}${rowFixed}${row}`;
  });
}

/** The formula as it reads `dRows` rows down and `dCols` columns right of where it was written. */
export function shiftReferences(formula: string, dRows: number, dCols: number): string {
  if (dRows === 0 && dCols === 0) return formula;
  // Even-indexed pieces are outside string literals ("" inside a literal splits into two literals,
  // which keeps the pieces aligned).
  return formula
    .split('"')
    .map((piece, i) => (i % 2 === 0 ? shiftPart(piece, dRows, dCols) : piece))
    .join('"');
}

/**
 * The formula with each reference written as its offset from (row, col), when every reference in it
 * is a relative A1 cell or range on its own sheet and every other name is a function's: the cells of
 * a shared formula (=A2*2, =A3*2, …) then have one shape, and read the same cells moved by their
 * offset. Undefined for anything else ($-fixed parts, other sheets, names, whole columns, TRUE).
 */
export function relativeShape(formula: string, row: number, col: number): string | undefined {
  if (/[$[\]'!#]/.test(formula)) return undefined;
  const pieces = formula.split('"');
  for (let i = 0; i < pieces.length; i += 2) {
    const shaped = pieces[i].replace(
      REF,
      (_whole, _c: string, letters: string, _r: string, digits: string) => {
        return `\u0001${Number(digits) - 1 - row},${columnIndex(letters) - col}\u0001`;
      },
    );
    // Any name left must be a function's (followed by its parenthesis).
    if (/[A-Za-z_][A-Za-z0-9_.]*(?![A-Za-z0-9_.(])/.test(shaped)) return undefined;
    pieces[i] = shaped;
  }
  return pieces.join('"');
}
