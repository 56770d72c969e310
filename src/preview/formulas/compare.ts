// Excel's comparison operators (= <> < > <= >=) on two values. fast-formula-parser reads a blank cell as
// 0 in every comparison, so [@[On hand]]="" is FALSE for an empty cell, and compares text
// case-sensitively; the registers' formulas depend on Excel's rules, which these are (operators.ts
// applies them, element by element over arrays).

/** Excel orders values of different types: numbers < text < logicals. */
const TYPE_RANK: Record<string, number> = { number: 1, string: 2, boolean: 3 };

/** A blank takes the type of what it is compared with: "" against text, FALSE against a logical, else 0. */
function blankAs(other: unknown): unknown {
  if (typeof other === "string") return "";
  if (typeof other === "boolean") return false;
  return 0;
}

/** Excel's comparison of two single values (blank = null); text compares case-insensitively. */
export function compareValues(a: unknown, op: string, b: unknown): boolean {
  let x = a ?? blankAs(b);
  let y = b ?? blankAs(a);
  if (typeof x === "string" && typeof y === "string") {
    x = x.toLowerCase();
    y = y.toLowerCase();
  }
  let order: number;
  if (typeof x === typeof y) order = x === y ? 0 : (x as number | string) < (y as number | string) ? -1 : 1;
  else order = (TYPE_RANK[typeof x] ?? 0) - (TYPE_RANK[typeof y] ?? 0);
  return orderMeets(op, order);
}

/** Whether `order` (negative: less, 0: equal, positive: greater) meets the comparison `op`. */
export function orderMeets(op: string, order: number): boolean {
  switch (op) {
    case "=":
      return order === 0;
    case "<>":
      return order !== 0;
    case "<":
      return order < 0;
    case ">":
      return order > 0;
    case "<=":
      return order <= 0;
    case ">=":
      return order >= 0;
    default:
      throw new Error(`Unknown comparison ${op}`);
  }
}
