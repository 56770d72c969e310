// Updating 100 rows by key in an Inventory register of 1k/10k/100k rows: 2 syncs whatever its size.
import { inventory } from "../../src/core/registers/definitions";
import { updateRowsByKey, type RowUpdate } from "../../src/excel/updateRows";
import { installExcel } from "../../src/preview/simulator";
import { jsonBytes, type BenchCase, type CaseContext } from "../harness";
import { inventoryWorkbook } from "./register-read";

interface Ctx extends CaseContext {
  updates: RowUpdate[];
}

const benchCase: BenchCase<Ctx> = {
  name: "register update 100",
  sizes: [1_000, 10_000, 100_000],
  runs: 3,
  // Office.js needs a range per scattered row, so the request is held to the data plus a cost per row.
  targets: {
    maxRequestBytes: { perItem: 250, items: 100 },
    maxRequestRatio: Infinity,
    label: "write 100 changed rows by key",
  },
  setup: (n) => {
    const step = Math.floor(n / 100);
    const updates = Array.from({ length: 100 }, (_, i) => ({
      key: `INV-${String(1 + i * step).padStart(6, "0")}`,
      changes: { onHand: 7, notes: "counted" },
    }));
    return { excel: installExcel(inventoryWorkbook(n).wb), updates, dataBytes: jsonBytes(updates) };
  },
  run: async ({ updates }) => {
    const result = await updateRowsByKey(inventory, updates);
    return { checksum: result.updated.length };
  },
};
export default benchCase;
