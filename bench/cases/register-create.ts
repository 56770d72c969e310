// Creating the Inventory register on a new sheet (table, formats, validation, conditional formats,
// calculated columns): at most 2 syncs.
import { inventory } from "../../src/core/registers/definitions";
import { createRegister } from "../../src/excel/createRegister";
import { installExcel, SimWorkbook } from "../../src/preview/simulator";
import { jsonBytes, type BenchCase, type CaseContext } from "../harness";

const benchCase: BenchCase<CaseContext> = {
  name: "register create",
  setup: () => {
    const wb = new SimWorkbook();
    wb.addSheet("Sheet1");
    // What the action sends is the definition made concrete: headers, formats, formulas, rules.
    return { excel: installExcel(wb), dataBytes: jsonBytes(inventory.columns) };
  },
  run: async () => {
    const result = await createRegister(inventory);
    return { checksum: result.created ? 1 : 0 };
  },
};
export default benchCase;
