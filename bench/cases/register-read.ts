// Reading the Inventory register (typed rows and problems list) through the Excel simulator.
// The promise: a constant number of syncs plus one per 5 MB chunk, whatever the row count.
import { inventory } from "../../src/core/registers/definitions";
import { readRegister } from "../../src/excel/readRegister";
import { installExcel, SimWorkbook } from "../../src/preview/simulator";
import { jsonBytes, seededRandom, type BenchCase, type CaseContext } from "../harness";

/** An Inventory register of n rows on its own sheet (as a person would have it after some use). */
export function inventoryWorkbook(n: number): { wb: SimWorkbook; body: unknown[][] } {
  const random = seededRandom(11);
  const wb = new SimWorkbook();
  wb.addSheet("Inventory");
  const body = Array.from({ length: n }, (_, i) =>
    inventory.columns.map((c) => {
      if (c.formula) return c.formula;
      switch (c.key) {
        case "itemId":
          return `INV-${String(i + 1).padStart(6, "0")}`;
        case "item":
          return `Item ${i + 1}`;
        case "supplier":
          return `Supplier ${1 + Math.floor(random() * 40)}`;
        case "onHand":
          return Math.floor(random() * 60);
        case "reorderPoint":
          return 10;
        case "maxStock":
          return 50;
        case "unitCost":
          return Math.round(random() * 5000) / 100;
        case "notes":
          return i % 20 === 0 ? "check the shelf label" : null;
        default:
          return null;
      }
    }),
  );
  wb.setValues("Inventory", "A1", [inventory.columns.map((c) => c.header), ...body]);
  wb.addTable("Inventory", `A1:V${n + 1}`, "Inventory");
  return { wb, body };
}

const benchCase: BenchCase<CaseContext> = {
  name: "register read",
  sizes: [1_000, 10_000, 100_000],
  runs: 3,
  setup: (n) => {
    const { wb, body } = inventoryWorkbook(n);
    // What comes back is values: calculated cells as their (here empty) results, not their formulas.
    const values = body.map((row) =>
      row.map((v) => (typeof v === "string" && v.startsWith("=") ? "" : (v ?? ""))),
    );
    return { excel: installExcel(wb), dataBytes: jsonBytes(values) };
  },
  run: async () => {
    const result = await readRegister(inventory);
    return { checksum: result.rows.length + result.problems.length };
  },
};
export default benchCase;
