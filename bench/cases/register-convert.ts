// Inspecting a plain supplies sheet and converting it into the Inventory register (what the person does
// in the task pane): a constant number of syncs plus one per 5 MB chunk, whatever the row count.
import { inventory } from "../../src/core/registers/definitions";
import { convertToRegister } from "../../src/excel/convertToRegister";
import { inspectSheet } from "../../src/excel/inspectSheet";
import { installExcel, SimWorkbook } from "../../src/preview/simulator";
import { jsonBytes, seededRandom, type BenchCase, type CaseContext } from "../harness";

const HEADERS = [
  "Item",
  "Category",
  "Qty",
  "Reorder at",
  "Max",
  "Vendor",
  "SKU",
  "Price",
  "Location",
  "Notes",
];

const benchCase: BenchCase<CaseContext> = {
  name: "register convert",
  sizes: [1_000, 10_000, 100_000],
  runs: 3,
  setup: (n) => {
    const random = seededRandom(5);
    const body = Array.from({ length: n }, (_, i) => [
      `Item ${i + 1}`,
      i % 3 ? "Paper" : "Toner",
      i % 97 === 0 ? "twelve" : Math.floor(random() * 60),
      10,
      50,
      `Supplier ${1 + Math.floor(random() * 40)}`,
      `SKU-${i}`,
      Math.round(random() * 5000) / 100,
      "Cupboard A",
      i % 20 === 0 ? "check" : "",
    ]);
    const wb = new SimWorkbook();
    wb.addSheet("Supplies");
    wb.setValues("Supplies", "A1", [HEADERS, ...body]);
    return { excel: installExcel(wb), dataBytes: jsonBytes(body) };
  },
  run: async () => {
    const inspection = await inspectSheet({ sheet: "Supplies" }, inventory);
    const result = await convertToRegister(inventory, inspection);
    return { checksum: result.problems.length + result.idsAdded };
  },
};
export default benchCase;
