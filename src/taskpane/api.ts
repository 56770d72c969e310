// The task pane's one door to the workbook. Components call these functions and never Excel.run
// themselves, so src/excel can take over the bodies (e.g. findRegisters()) without touching the UI.

/** A register table found in the workbook. */
export interface FoundRegister {
  /** The Excel table name, e.g. "Inventory". */
  tableName: string;
  /** The sheet the table lives on. */
  sheetName: string;
  /** Data rows in the table body (header excluded). */
  rowCount: number;
}

/**
 * Lists every table in the workbook with its sheet and row count. Two syncs whatever the number of
 * tables: one for the names, one for each table's sheet name and row count.
 */
export async function listTables(): Promise<FoundRegister[]> {
  return Excel.run(async (context) => {
    const tables = context.workbook.tables;
    tables.load("items/name");
    await context.sync();
    const details = tables.items.map((table) => {
      const sheet = table.worksheet.load("name");
      const rows = table.rows.load("count");
      return { table, sheet, rows };
    });
    await context.sync();
    return details.map(({ table, sheet, rows }) => ({
      tableName: table.name,
      sheetName: sheet.name,
      rowCount: rows.count,
    }));
  });
}

/** Until src/excel provides findRegisters(), the registers are the workbook's tables. */
export const loadRegisters: () => Promise<FoundRegister[]> = listTables;
