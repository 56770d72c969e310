// Creating a register: a new sheet holding the table with its header style, number formats, list
// validation, conditional formats, calculated columns, widths and frozen header. Two syncs: one to see
// what exists, one to build. A register that exists is opened (its sheet activated), never touched.
import { literalText } from "../core/cells/textSafety";
import { isCalculated } from "../core/registers/columnDefaults";
import {
  conditionalFormatColumns,
  conditionalFormula,
  placementOf,
} from "../core/registers/conditionalFormats";
import { columnLetters } from "../core/cells/a1";
import { layoutFromDef, type TableColumn } from "../core/registers/rows";
import type { RegisterDef } from "../core/registers/types";
import { localRect, rectAddress } from "./address";
import { lookupListSource } from "./tableProbe";
import { runExcel } from "./run";

export interface CreateResult {
  /** False when the register already existed and was only opened. */
  created: boolean;
  tableName: string;
  sheetName: string;
  /** The table's address, e.g. "Inventory!A1:V2". */
  address: string;
  /** Anything the person should know (a sheet name that was taken, a list too long for a dropdown). */
  notes: string[];
}

/** A sheet name not yet used (Excel compares sheet names ignoring case): "Inventory", "Inventory (2)", … */
export function freeSheetName(wanted: string, taken: readonly string[]): string {
  const used = new Set(taken.map((t) => t.toLowerCase()));
  if (!used.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) {
    const name = `${wanted.slice(0, 31 - ` (${n})`.length)} (${n})`;
    if (!used.has(name.toLowerCase())) return name;
  }
}

/** Excel's limit for a typed list source ("a,b,c"): 255 characters, no commas inside a choice. */
function inlineList(choices: readonly string[]): string | null {
  const text = choices.join(",");
  return choices.some((c) => c.includes(",")) || text.length > 255 ? null : text;
}

/**
 * Queues list validation and conditional formats for a table whose body is `bodyRect` (0-based rows)
 * and whose columns, in sheet order from `firstColumn`, are `layout`. Shared by create and convert.
 */
export function queueRules(
  sheet: Excel.Worksheet,
  def: RegisterDef,
  layout: readonly TableColumn[],
  firstColumn: number,
  headerRow: number,
  lastBodyRow: number,
  notes: string[],
): void {
  const firstBody = headerRow + 1;
  layout.forEach((tc, i) => {
    const column = tc.key ? def.columns.find((c) => c.key === tc.key) : undefined;
    if (!column || isCalculated(column)) return;
    const range = sheet.getRange(localRect(firstBody, firstColumn + i, lastBodyRow, firstColumn + i));
    if (column.choices) {
      const source = inlineList(column.choices);
      if (source === null) {
        notes.push(
          `${column.header}: the choices are too long for a dropdown list; they are checked by the add-in.`,
        );
        return;
      }
      range.dataValidation.rule = { list: { inCellDropDown: true, source } };
      range.dataValidation.errorAlert = {
        showAlert: true,
        style: "Stop",
        title: column.header,
        message: `Choose one of: ${column.choices.join(", ")}.`,
      };
    } else if (column.choicesFrom) {
      const source = lookupListSource(def, column.key);
      if (!source) return;
      range.dataValidation.rule = { list: { inCellDropDown: true, source } };
      // A warning, not a stop: a new supplier may be typed before it is added to Suppliers.
      range.dataValidation.errorAlert = {
        showAlert: true,
        style: "Warning",
        title: column.header,
        message: `This is not in the ${column.choicesFrom.register === "suppliers" ? "Suppliers" : "Equipment"} register yet.`,
      };
    }
  });
  const placement = placementOf(layout, firstColumn, headerRow + 1);
  for (const cf of def.conditionalFormats) {
    let formula: string;
    try {
      formula = conditionalFormula(def, cf, placement);
    } catch {
      notes.push(`The highlight "${cf.name}" needs a column the table lacks; it was not added.`);
      continue;
    }
    const cols = conditionalFormatColumns(cf, layout);
    const ranges =
      cf.appliesTo === "row"
        ? [localRect(firstBody, firstColumn, lastBodyRow, firstColumn + layout.length - 1)]
        : cols.map((c) => localRect(firstBody, firstColumn + c, lastBodyRow, firstColumn + c));
    for (const address of ranges) {
      const format = sheet.getRange(address).conditionalFormats.add("Custom");
      format.custom.rule.formula = formula;
      format.custom.format.fill.color = cf.fill;
    }
  }
}

/** Sets one value on every cell of a range (Excel accepts a single value for a whole range). */
export function setAll(
  range: Excel.Range,
  property: "numberFormat" | "formulas" | "values",
  value: unknown,
): void {
  (range as unknown as Record<string, unknown>)[property] = value;
}

/** Runs of neighbouring text ("@") columns, in sheet order. */
function textRuns(def: RegisterDef): { first: number; last: number }[] {
  const runs: { first: number; last: number }[] = [];
  def.columns.forEach((c, i) => {
    if (c.numberFormat !== "@") return;
    const previous = runs[runs.length - 1];
    if (previous && previous.last === i - 1) previous.last = i;
    else runs.push({ first: i, last: i });
  });
  return runs;
}

/** The body row's number formats other than text and General (null leaves a cell as it is). */
function bodyFormats(def: RegisterDef): (string | null)[] | null {
  const formats = def.columns.map((c) =>
    c.numberFormat && c.numberFormat !== "General" && c.numberFormat !== "@" ? c.numberFormat : null,
  );
  return formats.some((f) => f !== null) ? formats : null;
}

export async function createRegister(def: RegisterDef): Promise<CreateResult> {
  return runExcel(`Creating the ${def.name} register`, async (context) => {
    const existing = context.workbook.tables.getItemOrNullObject(def.tableName);
    existing.load("name");
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();

    if (!existing.isNullObject) {
      // Its sheet and address only now, in the sync that opens it: the usual case (a new register) does
      // not send them.
      const existingSheet = existing.worksheet.load("name");
      const existingRange = existing.getRange().load("address");
      existingSheet.activate();
      await context.sync();
      return {
        created: false,
        tableName: existing.name,
        sheetName: existingSheet.name,
        address: existingRange.address,
        notes: [`The ${def.name} register already exists; it was opened and nothing was changed.`],
      };
    }

    const notes: string[] = [];
    const sheetName = freeSheetName(
      def.sheetName,
      sheets.items.map((s) => s.name),
    );
    if (sheetName !== def.sheetName)
      notes.push(`A sheet named "${def.sheetName}" already exists, so the register is on "${sheetName}".`);
    const sheet = context.workbook.worksheets.add(sheetName);
    const layout = layoutFromDef(def);
    const last = layout.length - 1;

    // Text formats first and on whole columns, so that a value typed in them, even below the table
    // before the table takes its row in, is held as text ("0012" stays 0012). Neighbouring text columns
    // share a range (each range is an object path of its own in the request).
    for (const run of textRuns(def)) {
      const columns = `${columnLetters(run.first)}:${columnLetters(run.last)}`;
      setAll(sheet.getRange(columns), "numberFormat", "@");
    }
    // Every width in one call (a range per column would cost a third of the request), on the header
    // row's range object, which the header's values reuse (each getRange is a path of its own).
    const headerRow = sheet.getRange(localRect(0, 0, 0, last));
    headerRow.setColumnProperties(
      def.columns.map((c) => (c.width ? { format: { columnWidth: c.width } } : {})),
    );
    headerRow.values = [def.columns.map((c) => literalText(c.header))];
    // Dates and numbers as one array on the body's one row (a range per column or run of columns cost
    // about 280 bytes each): Excel gives a row the table gains the formats of the row above it, whether
    // the row is typed below the table or added by rows.add; the add-in's own appends set them too
    // (src/excel/rows/append.ts). The body row's range is the one the calculated columns and the
    // highlights use.
    const bodyRow = sheet.getRange(localRect(1, 0, 1, last));
    const formats = bodyFormats(def);
    if (formats) bodyRow.numberFormat = [formats];
    // Calculated columns: the formula in the body's one row; Excel fills it into every row the table gains.
    if (def.columns.some(isCalculated)) {
      bodyRow.formulas = [def.columns.map((c) => (isCalculated(c) ? c.formula! : null))];
    }
    const table = sheet.tables.add(localRect(0, 0, 1, last), true);
    table.name = def.tableName;
    table.style = "TableStyleMedium2";
    // headerRow is the table's header row (the table starts at A1), so no second range for it.
    headerRow.format.font.bold = true;
    headerRow.format.wrapText = true;
    sheet.freezePanes.freezeRows(1);
    queueRules(sheet, def, layout, 0, 0, 1, notes);
    sheet.activate();
    await context.sync();
    // The table was added at A1 with a header and one body row: its address is known without asking.
    const address = rectAddress(sheetName, 0, 0, 1, last);
    return { created: true, tableName: def.tableName, sheetName, address, notes };
  });
}
