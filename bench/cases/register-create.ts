// Creating each register on a new sheet (table, formats, validation, conditional formats, calculated
// columns): at most 2 syncs, and at most 12,000 request bytes whatever the register (one case each).
import { REGISTERS } from "../../src/core/registers/definitions";
import { createRegister } from "../../src/excel/createRegister";
import { installExcel, SimWorkbook } from "../../src/preview/simulator";
import { jsonBytes, type BenchCase, type CaseContext } from "../harness";

const cases: BenchCase<CaseContext>[] = REGISTERS.map((definition) => ({
  name: `register create ${definition.tableName}`,
  targets: {
    maxRequestBytes: { fixed: 12_000 },
    // What the action sends is the definition made concrete; the restated target is a fixed cap.
    maxRequestRatio: Infinity,
    label: `create register ${definition.tableName}`,
  },
  setup: () => {
    const wb = new SimWorkbook();
    wb.addSheet("Sheet1");
    return { excel: installExcel(wb), dataBytes: jsonBytes(definition.columns) };
  },
  run: async () => {
    const result = await createRegister(definition);
    return { checksum: result.created ? 1 : 0 };
  },
}));
export default cases;
