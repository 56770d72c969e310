// Injection: every src/excel action that writes person-typed text, driven with text that Excel
// would take for a formula (= + - @, or a tab / carriage return before one). After each action no cell
// in the workbook holds a formula made of that text, and some cell displays exactly what was typed.
import { partsToSerial } from "../../../src/core/cells/excelDates";
import { candidates, equipment, inventory, serviceLog } from "../../../src/core/registers/definitions";
import { callLog } from "../../../src/core/registers/definitions/callLog";
import { appendRows } from "../../../src/excel/appendRows";
import { addCallImport, logCall, markCallsDone } from "../../../src/excel/calls";
import { addCandidate, scheduleInterview } from "../../../src/excel/candidates";
import { createRegister } from "../../../src/excel/createRegister";
import { logService, reportFault } from "../../../src/excel/equipment";
import { countStock } from "../../../src/excel/inventory";
import { loadOrders, markOrderSent } from "../../../src/excel/orders";
import { updateRowsByKey } from "../../../src/excel/updateRows";
import type { SimWorkbook } from "../../../src/preview/simulator";
import { seedOrders } from "../orders/support";
import { inventoryRows, seedRegister, setup } from "../support";

// Each carries a marker so a formula built from it can be recognised wherever it lands.
const HOSTILE = [
  '=HYPERLINK("http://evil.example/QZX1","click")',
  "+QZX2(1)",
  "-QZX3+1",
  "@QZX4",
  "\t=QZX5()",
  "\r=QZX6()",
  "=cmd|' /C calc'!QZX7",
];
const marker = (h: string) => /QZX\d/.exec(h)![0];

/** Every cell of the workbook as the simulator holds it. */
function allCells(wb: SimWorkbook) {
  const out: { where: string; value: unknown; formula?: string; text: string; error?: boolean }[] = [];
  for (const sheet of wb.sheetNames()) {
    const { rows, cols } = wb.usedSize(sheet);
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) {
        const cell = wb.getCell(sheet, r, c);
        out.push({ where: `${sheet}!R${r + 1}C${c + 1}`, ...cell });
      }
  }
  return out;
}

/**
 * No formula anywhere contains a hostile marker, and each typed text is displayed as typed (fields that
 * trim what was typed, as forms do, show it trimmed — still as text).
 */
function expectStoredAsText(wb: SimWorkbook, typed: readonly string[]): void {
  const cells = allCells(wb);
  const formulas = cells.filter((c) => c.formula && /QZX\d/.test(c.formula));
  expect(formulas.map((c) => `${c.where}: ${c.formula}`)).toEqual([]);
  for (const h of typed) {
    const shown = cells.filter((c) => c.text === h || c.text === h.trim());
    expect({ typed: h, shownIn: shown.length > 0 }).toEqual({ typed: h, shownIn: true });
    for (const c of shown) expect(typeof c.value).toBe("string");
  }
  // Nothing computed from the hostile text either (a formula would show a result or an error).
  const leaked = cells.filter((c) => c.error && HOSTILE.some((h) => String(c.value).includes(marker(h))));
  expect(leaked).toEqual([]);
}

const NOW = new Date(2026, 10, 29, 10, 0);
const serial = (d: Date) =>
  partsToSerial({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() })!;

describe("person-typed text is stored as text in every write path", () => {
  test("appendRows and updateRowsByKey (Inventory, every text column)", async () => {
    const { wb } = setup();
    seedRegister(wb, inventory, inventoryRows(2));
    const textCols = inventory.columns.filter(
      (c) => c.type === "text" && !c.formula && !c.key.endsWith("Id"),
    );
    // One new row per hostile text, in every text column a person can type into.
    await appendRows(
      inventory,
      HOSTILE.map((h) => ({ values: Object.fromEntries(textCols.map((c) => [c.key, h])) })),
    );
    await updateRowsByKey(inventory, [{ key: "INV-0001", changes: { item: HOSTILE[3], notes: HOSTILE[5] } }]);
    expectStoredAsText(wb, HOSTILE);
  });

  test("countStock leaves text alone and writes numbers; an item named like a formula stays text", async () => {
    const { wb } = setup();
    seedRegister(wb, inventory, inventoryRows(2));
    await updateRowsByKey(inventory, [{ key: "INV-0002", changes: { item: HOSTILE[0] } }]);
    const result = await countStock([{ itemId: "INV-0002", counted: 7 }], serial(NOW));
    expect(result.updated.map((u) => u.key)).toEqual(["INV-0002"]);
    expectStoredAsText(wb, [HOSTILE[0]]);
  });

  test("log a call, mark it done with a hostile Handled by, import a CSV of hostile cells", async () => {
    const { wb } = setup();
    await createRegister(callLog);
    const logged = await logCall({
      receivedAt: serial(NOW),
      caller: HOSTILE[0],
      company: HOSTILE[1],
      number: HOSTILE[2],
      for: HOSTILE[3],
      subject: HOSTILE[4],
      message: HOSTILE[5],
    });
    await markCallsDone([logged.callId], { handledBy: HOSTILE[6], at: NOW });
    expectStoredAsText(
      wb,
      HOSTILE.map((h) => h.trim()),
    );
    const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
    const csv = [
      "Received,Caller,Company,Number,Subject,Message",
      `2026-11-20 09:00,${q("=QZX8()")},${q("+QZX9")},${q("-QZX0")},${q("@QZX1")},${q(HOSTILE[0])}`,
    ].join("\r\n");
    const imported = await addCallImport(csv);
    expect(imported.added).toHaveLength(1);
    expectStoredAsText(wb, ["=QZX8()", "+QZX9", "-QZX0", "@QZX1"]);
  });

  test("add a candidate and schedule an interview with hostile text", async () => {
    const { wb } = setup();
    await createRegister(candidates);
    const added = await addCandidate(
      {
        name: HOSTILE[0],
        email: "",
        phone: HOSTILE[1],
        position: HOSTILE[3],
        source: HOSTILE[6],
      },
      { now: NOW },
    );
    const when = new Date(2026, 11, 2, 10, 0);
    if (!added.added) throw new Error("the candidate was not added");
    await scheduleInterview(added.key, when, HOSTILE[4], NOW);
    expectStoredAsText(wb, [HOSTILE[0], HOSTILE[1], HOSTILE[3], HOSTILE[4], HOSTILE[6]]);
  });

  test("report a fault and log a service with hostile text", async () => {
    const { wb } = setup();
    seedRegister(wb, equipment, [{ assetTag: "CP-01", type: "Copier", status: "Operational" }]);
    seedRegister(wb, serviceLog, [{ ticketId: "SR-0001", assetTag: "CP-01", kind: "Preventive" }]);
    await reportFault({
      assetTag: "CP-01",
      problem: HOSTILE[0],
      reportedBy: HOSTILE[1],
      status: "Needs repair",
    });
    await logService({
      assetTag: "CP-01",
      date: new Date(),
      actionTaken: HOSTILE[3],
      vendor: HOSTILE[6],
    });
    expectStoredAsText(wb, [HOSTILE[0], HOSTILE[1], HOSTILE[3], HOSTILE[6]]);
  });

  test("mark an order sent: item names and notes that look like formulas are copied as text", async () => {
    const { wb } = setup();
    seedOrders(wb);
    await updateRowsByKey(inventory, [
      { key: "INV-0001", changes: { item: HOSTILE[0], supplierSku: HOSTILE[1], unit: HOSTILE[3] } },
    ]);
    const paper = (await loadOrders()).orders.find((o) => o.supplier === "Paper World")!;
    await markOrderSent(paper, { date: NOW });
    const cells = allCells(wb).filter(
      (c) => c.where.startsWith("PurchaseOrders") || c.where.includes("Purchase"),
    );
    // The PO register got rows, and the hostile item name was copied into it as text.
    expect(cells.some((c) => c.text === HOSTILE[0])).toBe(true);
    expectStoredAsText(wb, [HOSTILE[0], HOSTILE[1], HOSTILE[3]]);
  });
});

test("the check itself fails on a cell written as a formula (so the suite above can fail)", () => {
  const { wb } = setup();
  wb.setValues("Sheet1", "A1", [["=QZX2(1)"]]);
  expect(() => expectStoredAsText(wb, [])).toThrow();
});
