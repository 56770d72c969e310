// The preview's sample workbook with every sheet converted into its register, for the Overview's tests.
import { REGISTERS } from "../../../src/core/registers/definitions";
import { convertToRegister } from "../../../src/excel/convertToRegister";
import { inspectSheet } from "../../../src/excel/inspectSheet";
import { createSampleWorkbook, SAMPLE_SHEETS } from "../../../src/preview/sample";
import { installExcel, type SimExcel, type SimWorkbook } from "../../../src/preview/simulator";

export async function convertedSample(): Promise<{ wb: SimWorkbook; excel: SimExcel }> {
  const wb = createSampleWorkbook();
  const excel = installExcel(wb);
  for (const sheet of SAMPLE_SHEETS) {
    const inspection = await inspectSheet({ sheet: sheet.name });
    const def = REGISTERS.find((r) => r.id === inspection.registerId)!;
    await convertToRegister(def, inspection);
  }
  return { wb, excel };
}

/** Every cell of a sheet (value and formula), to prove a sheet was not touched. */
export function snapshot(wb: SimWorkbook, sheet: string): string {
  const model = wb.sheetByName(sheet)!;
  return JSON.stringify([...model.cells.entries()]);
}
