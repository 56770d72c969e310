// Appending 100 rows to an Inventory register of 1k/10k/100k rows, co-authoring safe (keys re-read,
// written below the body, read back): a fixed number of syncs whatever the register's size.
import { inventory } from "../../src/core/registers/definitions";
import { appendRows, type NewRow } from "../../src/excel/appendRows";
import { installExcel } from "../../src/preview/simulator";
import { jsonBytes, type BenchCase, type CaseContext } from "../harness";
import { inventoryWorkbook } from "./register-read";

interface Ctx extends CaseContext {
  rows: NewRow[];
}

const rows: NewRow[] = Array.from({ length: 100 }, (_, i) => ({
  values: {
    item: `New item ${i + 1}`,
    supplier: "Supplier 3",
    onHand: 5,
    reorderPoint: 10,
    maxStock: 40,
    unitCost: 1.25,
  },
}));

const benchCase: BenchCase<Ctx> = {
  name: "register append 100",
  sizes: [1_000, 10_000, 100_000],
  runs: 3,
  setup: (n) => ({ excel: installExcel(inventoryWorkbook(n).wb), rows, dataBytes: jsonBytes(rows) }),
  run: async ({ rows: newRows }) => {
    const result = await appendRows(inventory, newRows, { clientTag: "BEN" });
    return { checksum: result.appended.length };
  },
};
export default benchCase;
