// Headings for the problems list, one per kind of problem, in the order a person would fix them.
import type { ProblemCode } from "../../core/cells/types";
import type { RowProblem } from "../../core/registers/validate";

const KINDS: Record<ProblemCode, string> = {
  required: "Required cells left empty",
  duplicateKey: "Keys used twice",
  errorValue: "Excel error values",
  notANumber: "Text where a number belongs",
  notAWholeNumber: "Numbers that should be whole",
  numberAsText: "Numbers stored as text",
  belowMin: "Numbers too small",
  aboveMax: "Numbers too large",
  notADate: "Not a date",
  dateAsText: "Dates stored as text",
  ambiguousDate: "Dates that could be read two ways",
  futureDate: "Dates in the future",
  datesOutOfOrder: "Dates out of order",
  unknownChoice: "Values not in the list",
  choiceCase: "Choices spelt with other capitals",
  invalidEmail: "Email addresses that look wrong",
  invalidPhone: "Phone numbers that look wrong",
  invalidUrl: "Links that look wrong",
  numberInTextColumn: "Numbers in text columns",
  notABoolean: "Not TRUE or FALSE",
  duplicateValue: "Values used twice",
  blankRow: "Blank rows inside the data",
  tooLong: "Text too long",
  meterBelowLast: "Meter readings below the last service",
  noServiceInterval: "No service interval",
};

export function problemKind(code: ProblemCode): string {
  return KINDS[code] ?? code;
}

/** Problems grouped by kind, groups in the order above, each group in sheet order. */
export function groupProblems(problems: readonly RowProblem[]): { kind: string; items: RowProblem[] }[] {
  const order = Object.keys(KINDS);
  const groups = new Map<ProblemCode, RowProblem[]>();
  for (const p of problems) groups.set(p.code, [...(groups.get(p.code) ?? []), p]);
  return [...groups.entries()]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([code, items]) => ({ kind: problemKind(code), items: [...items].sort((x, y) => x.row - y.row) }));
}
