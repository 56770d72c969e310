// Which of the seven registers the workbook holds: one sync whatever the number of tables.
import { registerByTableName } from "../core/registers/definitions";
import type { RegisterId } from "../core/registers/types";
import { runExcel } from "./run";

export interface FoundRegister {
  registerId: RegisterId;
  /** The Excel table name, e.g. "Inventory". */
  tableName: string;
  /** The sheet the table lives on. */
  sheetName: string;
  /** Rows in the table body (header excluded; a new register has one blank row). */
  rowCount: number;
}

/** The registers present in the workbook, in the order the workbook lists their tables. */
export async function findRegisters(): Promise<FoundRegister[]> {
  return runExcel("Looking for registers", async (context) => {
    const tables = context.workbook.tables.load("items/name,items/worksheet/name,items/rows/count");
    await context.sync();
    const found: FoundRegister[] = [];
    for (const t of tables.items) {
      const def = registerByTableName(t.name);
      if (!def) continue;
      found.push({
        registerId: def.id,
        tableName: t.name,
        sheetName: t.worksheet.name,
        rowCount: t.rows.count,
      });
    }
    return found;
  });
}
