// Updating 100 rows by key in an Inventory register of 1k/10k/100k rows: 2 syncs whatever its size.
// Two shapes: rows spread through the table (each its own range in Office.js's protocol), and 100 rows
// next to each other, which a writer that merges adjacent rows can send as one range.
import { inventory } from "../../src/core/registers/definitions";
import { updateRowsByKey, type RowUpdate } from "../../src/excel/updateRows";
import { installExcel } from "../../src/preview/simulator";
import { jsonBytes, type BenchCase, type CaseContext } from "../harness";
import { inventoryWorkbook } from "./register-read";

interface Ctx extends CaseContext {
  updates: RowUpdate[];
}

const ROWS = 100;

function updateCase(name: string, label: string, rowAt: (i: number, n: number) => number): BenchCase<Ctx> {
  return {
    name,
    sizes: [1_000, 10_000, 100_000],
    runs: 3,
    // The request is held to the data plus a cost per changed row (never to a ratio of the data: a
    // scattered row needs a range of its own whatever it holds).
    targets: {
      maxRequestBytes: { perItem: 250, items: ROWS },
      maxRequestRatio: Infinity,
      label,
    },
    setup: (n) => {
      const updates = Array.from({ length: ROWS }, (_, i) => ({
        key: `INV-${String(rowAt(i, n)).padStart(6, "0")}`,
        changes: { onHand: 7, notes: "counted" },
      }));
      return { excel: installExcel(inventoryWorkbook(n).wb), updates, dataBytes: jsonBytes(updates) };
    },
    run: async ({ updates }) => {
      const result = await updateRowsByKey(inventory, updates);
      return { checksum: result.updated.length };
    },
  };
}

export default [
  updateCase(
    "register update 100",
    `write ${ROWS} changed rows by key, spread through the table`,
    (i, n) => 1 + i * Math.floor(n / ROWS),
  ),
  // Rows in the middle of the table, one after another (a stock count saved in shelf order).
  updateCase(
    "register update 100 adjacent",
    `write ${ROWS} changed rows by key, next to each other`,
    (i, n) => Math.floor(n / 2) + i,
  ),
];
