// A convert plan redone with the mapping the person confirmed (core's planConversion proposes one from
// the headers; the person may move a column to another field or keep it as an extra). Pure: no Excel.
import { headerToText, columnLetter } from "../../core/registers/headerText";
import { isCalculated } from "../../core/registers/columnDefaults";
import { nextIds } from "../../core/registers/ids";
import type { ConvertPlan } from "../../core/registers/convertPlan";
import type { HeaderMatchResult } from "../../core/registers/matchHeaders";
import { isBlankRow, layoutFromMatch, valuesToRow } from "../../core/registers/rows";
import type { RegisterDef } from "../../core/registers/types";
import { validateRows, type ValidateOptions } from "../../core/registers/validate";

const sameMapping = (a: readonly (string | null)[], b: readonly (string | null)[]) =>
  a.length === b.length && a.every((k, i) => k === b[i]);

/**
 * `plan` (made by planConversion from `values`, whose first cell is at sheet row `firstRow`) with sheet
 * column i feeding register column `mapping[i]` (null: kept as an extra column). A field named twice
 * goes to the first column naming it; calculated fields are never fed from the sheet.
 */
export function planWithMapping(
  def: RegisterDef,
  plan: ConvertPlan,
  values: readonly (readonly unknown[])[],
  firstRow: number,
  mapping: readonly (string | null)[],
  options: ValidateOptions = {},
): ConvertPlan {
  if (!plan.ok || !plan.match || sameMapping(plan.match.mapping, mapping)) return plan;
  const width = plan.sheetWidth;
  const headerIndex = plan.headerRow - firstRow;
  const texts = Array.from({ length: width }, (_, c) => headerToText(values[headerIndex]?.[c] ?? null));

  const cleaned: (string | null)[] = [];
  const byColumn: Record<string, number> = {};
  for (let i = 0; i < width; i++) {
    const key = mapping[i] ?? null;
    const column = key ? def.columns.find((c) => c.key === key) : undefined;
    if (key && column && !isCalculated(column) && byColumn[key] === undefined) {
      byColumn[key] = i;
      cleaned.push(key);
    } else cleaned.push(null);
  }
  // Extras need unique, non-blank table headers that are not a register header.
  const taken = new Set(def.columns.map((c) => c.header.toLowerCase()));
  const extras: HeaderMatchResult["extras"] = [];
  cleaned.forEach((key, i) => {
    if (key) return;
    const base = texts[i] === "" ? `Column ${plan.firstColumn + i + 1}` : texts[i];
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} ${n}`;
    taken.add(name.toLowerCase());
    extras.push({ sheetIndex: i, header: texts[i], name });
  });
  const match: HeaderMatchResult = { ...plan.match, mapping: cleaned, byColumn, extras };
  const layout = layoutFromMatch(def, match);
  const sheetLayout = layout.slice(0, width);
  const renames: ConvertPlan["renames"] = [];
  sheetLayout.forEach((col, i) => {
    if (texts[i] !== col.header)
      renames.push({ column: plan.firstColumn + i, from: texts[i], to: col.header });
  });

  const lastIndex = plan.lastDataRow - firstRow;
  const dataValues = values
    .slice(headerIndex + 1, lastIndex + 1)
    .map((row) => Array.from({ length: width }, (_, c) => row?.[c] ?? null));
  const rowNumbers = dataValues.map((_, i) => plan.headerRow + 1 + i);
  const rows = dataValues.map((v) => valuesToRow(sheetLayout, v));
  const newIds: ConvertPlan["newIds"] = [];
  if (def.idPrefix) {
    const blankKey = (v: unknown) => headerToText(v) === "";
    const blankRows = rows.flatMap((r, i) =>
      !isBlankRow(r) && blankKey(r.values[def.keyColumn]) ? [i] : [],
    );
    const ids = nextIds(
      def.idPrefix,
      rows.map((r) => r.values[def.keyColumn] ?? null),
      blankRows.length,
    );
    blankRows.forEach((i, n) => {
      newIds.push({ row: rowNumbers[i], id: ids[n] });
      rows[i].values[def.keyColumn] = ids[n];
    });
  }
  const problems = validateRows(def, rows, { ...options, rowNumbers });
  const appended = layout.slice(width);
  const notes = renames
    .filter((r) => r.from !== "")
    .map((r) => `The header "${r.from}" (column ${columnLetter(r.column)}) becomes "${r.to}".`);
  if (appended.length > 0) notes.push(`Added on the right: ${appended.map((c) => c.header).join(", ")}.`);
  return { ...plan, layout, renames, appended, newIds, match, problems, notes };
}
