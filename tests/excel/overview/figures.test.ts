// Every Overview figure, computed by the preview's formula engine from the native formulas refresh wrote,
// checked against the registers' own rows counted here in plain code; with empty registers too; and a
// co-author's edit changing the figures with no add-in call (the formulas are live in the workbook).
import { isOpenCall, isOverdue } from "../../../src/core/calls/followUps";
import { todaySerial } from "../../../src/core/cells/excelDates";
import { lineTotal } from "../../../src/core/orders/money";
import { suggestOrders } from "../../../src/core/orders/suggest";
import { candidates, inventory, REGISTERS } from "../../../src/core/registers/definitions";
import { refreshOverview } from "../../../src/excel/overview/refresh";
import { DEFAULT_STAFF_RULES } from "../../../src/excel/staff/rules";
import { attachFormulaEngine } from "../../../src/preview/formulas/engine";
import { createExcel, type SimWorkbook } from "../../../src/preview/simulator";
import { formatRect } from "../../../src/preview/simulator/address";
import { seedRegister, setup } from "../support";
import { convertedSample, trainingDueNow } from "./support";

// A Friday, while the sample's calls, interviews and service visits are recent.
const NOW = new Date(2026, 11, 4, 10, 0);
const TODAY = todaySerial(NOW);
const MONDAY = TODAY - 4;

type Row = Record<string, unknown>;

/** A register's rows as the cells hold them, by header (what COUNTIFS sees). */
function rows(wb: SimWorkbook, tableName: string): Row[] {
  const t = wb.tableByName(tableName);
  if (!t) return [];
  const [headers, ...body] = wb.getValues(wb.sheetById(t.sheetId)!.name, formatRect(t.rect));
  return body.map((r) => Object.fromEntries(headers.map((h, i) => [String(h), r[i]])));
}

const num = (v: unknown) => (typeof v === "number" ? v : null);
const is = (v: unknown, text: string) => typeof v === "string" && v.toLowerCase() === text.toLowerCase();
const count = (list: Row[], test: (r: Row) => boolean) => list.filter(test).length;
const sum = (list: Row[], f: (r: Row) => number) => list.reduce((n, r) => n + f(r), 0);

/** The At a glance figures by label, as the engine computed them. */
function glance(wb: SimWorkbook): Record<string, unknown> {
  const grid = wb.getValues("Overview", "A1:C40");
  const header = grid.findIndex((r) => r[0] === "Figure" && r[1] === "Value");
  const out: Record<string, unknown> = {};
  for (const r of grid.slice(header + 1)) {
    if (r[0] === "" || r[0] === null) break;
    out[String(r[0])] = r[1];
  }
  return out;
}

/** A table block's rows by label: the values right of the label, up to the first blank row. */
function block(wb: SimWorkbook, title: string, width: number): Record<string, unknown[]> {
  const grid = wb.getValues("Overview", "A1:H400");
  const at = grid.findIndex((r) => r[0] === title);
  expect(at).toBeGreaterThan(0);
  const out: Record<string, unknown[]> = {};
  for (const r of grid.slice(at + 2)) {
    if (r[0] === "" || r[0] === null) break;
    out[String(r[0])] = r.slice(1, 1 + width);
  }
  return out;
}

/**
 * The value of what the Orders page would order, by supplier (lower case), from the core that drafts
 * the orders (src/core/orders/suggest.ts); items with no supplier, which it cannot draft, under "".
 */
function orderValues(inv: Row[]): Record<string, number> {
  const items = inv.map((r) => ({
    itemId: String(r["Item ID"]),
    item: String(r["Item"] ?? ""),
    supplier: r["Supplier"] as string | null,
    unitCost: num(r["Unit cost"]),
    reorderQty: r["Reorder qty"] as number | string | null,
  }));
  const out: Record<string, number> = {};
  for (const order of suggestOrders(items, []).orders) out[order.supplier.toLowerCase()] = order.total;
  out[""] = sum(
    inv.filter((r) => (r["Supplier"] ?? "") === "" && (num(r["Reorder qty"]) ?? 0) > 0),
    (r) => lineTotal(num(r["Reorder qty"])!, num(r["Unit cost"])) ?? 0,
  );
  return out;
}

function expectedFigures(wb: SimWorkbook): Record<string, unknown> {
  const inv = rows(wb, "Inventory");
  const calls = rows(wb, "CallLog");
  const machines = rows(wb, "Equipment");
  const tickets = rows(wb, "ServiceLog");
  const cands = rows(wb, "Candidates");
  const callValues = (r: Row) => ({ status: r["Status"], followUpBy: r["Follow-up by"] }) as never;
  const days = cands
    .filter((r) => is(r["Stage"], "Hired") && num(r["Stage since"]) !== null && num(r["Applied on"]) !== null)
    .map((r) => num(r["Stage since"])! - num(r["Applied on"])!)
    .sort((a, b) => a - b);
  const mid = days.length >> 1;
  // Staff: what the Training due page lists on the day, within the staff rules' warning days.
  const warnDays = DEFAULT_STAFF_RULES.trainingWarnDays;
  const due = wb.tableByName("Staff") ? trainingDueNow(wb, TODAY, warnDays) : null;
  const staffFigures = due && {
    "Training overdue": due.countOf("Overdue"),
    [`Training due in the next ${warnDays} days`]: due.countOf("Due soon"),
    "Required training never done": due.countOf("Never"),
  };
  return {
    ...staffFigures,
    "Items to reorder": count(
      inv,
      (r) => is(r["Stock status"], "Reorder") || is(r["Stock status"], "Out of stock"),
    ),
    "Items out of stock": count(inv, (r) => is(r["Stock status"], "Out of stock")),
    "Value of suggested orders": Object.values(orderValues(inv)).reduce((a, b) => a + b, 0),
    "Open follow-ups": count(calls, (r) => isOpenCall(callValues(r))),
    "Follow-ups overdue": count(calls, (r) => isOverdue(callValues(r), TODAY)),
    "Missed calls not yet returned": count(
      calls,
      (r) => is(r["Channel"], "Voicemail") && !is(r["Direction"], "Outbound") && is(r["Status"], "Open"),
    ),
    "Machines needing repair or out of service": count(
      machines,
      (r) => is(r["Status"], "Needs repair") || is(r["Status"], "Out of service"),
    ),
    "Service overdue": count(
      machines,
      (r) =>
        num(r["Next service due"])! < TODAY &&
        !is(r["Status"], "Retired") &&
        num(r["Next service due"]) !== null,
    ),
    "Service due in the next 30 days": count(machines, (r) => {
      const due = num(r["Next service due"]);
      return due !== null && due >= TODAY && due <= TODAY + 30 && !is(r["Status"], "Retired");
    }),
    "Open repair tickets": count(tickets, (r) => is(r["Kind"], "Repair") && !is(r["Status"], "Done")),
    "Candidates in progress": count(cands, (r) =>
      ["Applied", "Screening", "Interview", "Offer"].some((s) => is(r["Stage"], s)),
    ),
    "Interviews this week": count(cands, (r) => {
      const at = num(r["Interview at"]);
      return at !== null && at >= MONDAY && at < MONDAY + 7;
    }),
    "Offers out": count(cands, (r) => is(r["Stage"], "Offer")),
    "Median days from Applied to Hired":
      days.length === 0 ? "" : days.length % 2 ? days[mid] : (days[mid - 1] + days[mid]) / 2,
  };
}

describe("the Overview's figures on the preview's formula engine", () => {
  test("each figure of the converted sample equals the registers' data counted directly", async () => {
    const { wb } = await convertedSample();
    attachFormulaEngine(wb, { now: () => NOW });
    const result = await refreshOverview({ now: NOW });
    const figures = glance(wb);
    const expected = expectedFigures(wb);
    expect(Object.keys(figures).sort()).toEqual(Object.keys(expected).sort());
    for (const [label, value] of Object.entries(expected)) {
      if (typeof value === "number")
        expect({ label, value: figures[label] }).toEqual({ label, value: expect.closeTo(value, 6) });
      else expect({ label, value: figures[label] }).toEqual({ label, value });
    }
    // The sample is not all zeros: the test would notice a formula that counts nothing.
    expect(expected["Items to reorder"]).toBeGreaterThan(0);
    expect(expected["Open follow-ups"]).toBeGreaterThan(0);
    expect(expected["Open repair tickets"]).toBeGreaterThan(0);
    expect(expected["Candidates in progress"]).toBeGreaterThan(0);
    // The sample's Training records hold an overdue course and a required one never done.
    expect(expected["Training overdue"]).toBeGreaterThan(0);
    expect(expected["Required training never done"]).toBeGreaterThan(0);
    // What the add-in read back is what the sheet shows.
    expect(result.headlines.find((h) => h.label === "Items to reorder")!.value).toBe(
      String(expected["Items to reorder"]),
    );

    // Tables: by category, by status, the funnel, calls per day.
    const inv = rows(wb, "Inventory");
    const byCategory = block(wb, "Items to reorder by category", 1);
    for (const [category, [n]] of Object.entries(byCategory)) {
      const want = count(
        inv,
        (r) =>
          (category === "(no category)" ? (r["Category"] ?? "") === "" : is(r["Category"], category)) &&
          (is(r["Stock status"], "Reorder") || is(r["Stock status"], "Out of stock")),
      );
      expect({ category, n }).toEqual({ category, n: want });
    }
    const values = orderValues(inv);
    const bySupplier = Object.entries(block(wb, "Items to order by supplier", 2));
    // The sample orders from more than one supplier: the test would notice a value that ignores the row.
    expect(Object.values(values).filter((v) => v > 0).length).toBeGreaterThan(1);
    for (const [supplier, [n, value]] of bySupplier) {
      const key = supplier === "(no supplier)" ? "" : supplier.toLowerCase();
      expect({ supplier, value }).toEqual({ supplier, value: expect.closeTo(values[key] ?? 0, 6) });
      const want = count(
        inv,
        (r) =>
          (supplier === "(no supplier)" ? (r["Supplier"] ?? "") === "" : is(r["Supplier"], supplier)) &&
          (is(r["Stock status"], "Reorder") || is(r["Stock status"], "Out of stock")),
      );
      expect({ supplier, n }).toEqual({ supplier, n: want });
    }
    const machines = rows(wb, "Equipment");
    for (const [status, [n]] of Object.entries(block(wb, "Machines by status", 1)))
      expect({ status, n }).toEqual({ status, n: count(machines, (r) => is(r["Status"], status)) });
    const cands = rows(wb, "Candidates");
    const funnel = block(wb, "Candidates by stage and position", 5);
    for (const [position, counts] of Object.entries(funnel))
      expect({ position, counts }).toEqual({
        position,
        counts: ["Applied", "Screening", "Interview", "Offer", "Hired"].map((s) =>
          count(cands, (r) => is(r["Position"], position) && is(r["Stage"], s)),
        ),
      });
    const calls = rows(wb, "CallLog");
    const perDay = Object.values(block(wb, "Calls per day, last 30 days", 4));
    expect(perDay).toHaveLength(30);
    const callValues = (r: Row) => ({ status: r["Status"], followUpBy: r["Follow-up by"] }) as never;
    const blank = (v: unknown) => v === null || v === "";
    perDay.forEach((counts, i) => {
      const day = calls.filter((r) => Math.floor(num(r["Received at"]) ?? -1) === TODAY - 29 + i);
      expect({ i, counts }).toEqual({
        i,
        counts: [
          count(day, (r) => isOpenCall(callValues(r))),
          count(day, (r) => is(r["Status"], "Done")),
          count(day, (r) => is(r["Status"], "No action")),
          count(day, (r) => blank(r["Status"]) && blank(r["Follow-up by"])),
        ],
      });
    });
    // Every call of the sample is in the last 30 days and in one column.
    expect(perDay.flat().reduce((a, b) => (a as number) + (b as number), 0)).toBe(calls.length);
    const repairs = block(wb, "Repairs this year by machine", 2);
    const tickets = rows(wb, "ServiceLog");
    const yearStart = todaySerial(new Date(2026, 0, 1));
    for (const [tag, [cost, days]] of Object.entries(repairs)) {
      const mine = tickets.filter((r) => is(r["Asset tag"], tag) && num(r["Opened on"])! >= yearStart);
      expect({ tag, cost, days }).toEqual({
        tag,
        cost: sum(
          mine.filter((r) => is(r["Kind"], "Repair")),
          (r) => num(r["Cost"]) ?? 0,
        ),
        days: expect.closeTo(sum(mine, (r) => num(r["Downtime (hours)"]) ?? 0) / 24, 9),
      });
    }
    expect(wb.unsupportedFormulas()).toEqual([]);
  });

  test("empty registers give zeros (and no median), not errors", async () => {
    const { wb } = setup();
    for (const def of REGISTERS) seedRegister(wb, def, []);
    attachFormulaEngine(wb, { now: () => NOW });
    await refreshOverview({ now: NOW });
    const figures = glance(wb);
    expect(Object.keys(figures).length).toBeGreaterThan(10);
    for (const [label, value] of Object.entries(figures))
      expect({ label, value }).toEqual({ label, value: label.startsWith("Median") ? "" : 0 });
  });

  test("messy registers: value by supplier as the Orders page drafts it; median days to hire", async () => {
    const { wb } = setup();
    const item = (itemId: string, supplier: string | null, unitCost: unknown, onHand: unknown) => ({
      itemId,
      item: itemId,
      supplier,
      unitCost,
      onHand,
      reorderPoint: 10,
      maxStock: 30,
    });
    seedRegister(wb, inventory, [
      item("Pens", "Acme", 2.5, 2),
      item("Paper", "ACME", 3.1, 0),
      item("Full", "acme", 9, 50),
      item("Toner", "Brill", 40, 5),
      item("Glue", "Brill", "ask", 1),
      item("Tape", "Brill", 1.2, "lots"),
      item("Clips", null, 0.35, 3),
    ] as never);
    const day = (d: number) => todaySerial(new Date(2026, 0, d));
    const hire = (candidateId: string, stage: string, appliedOn: unknown, stageSince: unknown) => ({
      candidateId,
      stage,
      appliedOn,
      stageSince,
    });
    seedRegister(wb, candidates, [
      hire("C1", "Hired", day(1), day(11)),
      hire("C2", "hired", day(1), day(31)),
      hire("C3", "Hired", day(10), day(15)),
      hire("C4", "Hired", day(1), day(101)),
      hire("C5", "Hired", day(1), "soon"),
      hire("C6", "Offer", day(1), day(2)),
    ] as never);
    attachFormulaEngine(wb, { now: () => NOW });
    await refreshOverview({ now: NOW });

    const inv = rows(wb, "Inventory");
    const values = orderValues(inv);
    // Acme's three spellings are one draft; Brill's unpriced and broken rows add nothing.
    expect(values["acme"]).toBeGreaterThan(0);
    expect(values["brill"]).toBeGreaterThan(0);
    expect(values[""]).toBeGreaterThan(0);
    expect(inv.some((r) => typeof r["Reorder qty"] !== "number")).toBe(true);
    expect(block(wb, "Items to order by supplier", 2)).toEqual({
      Acme: [expect.any(Number), expect.closeTo(values["acme"], 6)],
      Brill: [expect.any(Number), expect.closeTo(values["brill"], 6)],
      "(no supplier)": [expect.any(Number), expect.closeTo(values[""], 6)],
    });
    const figures = glance(wb);
    expect(figures["Value of suggested orders"]).toBeCloseTo(
      values["acme"] + values["brill"] + values[""],
      6,
    );
    // 10, 30, 5 and 100 days: the median 20, where the mean would say 36.25.
    expect(figures["Median days from Applied to Hired"]).toBe(20);
    expect(expectedFigures(wb)["Median days from Applied to Hired"]).toBe(20);
  });

  test("a co-author's edit changes the figures without the add-in", async () => {
    const { wb, excel } = await convertedSample();
    attachFormulaEngine(wb, { now: () => NOW });
    await refreshOverview({ now: NOW });
    const runs = excel.stats.runs.length;
    const before = glance(wb)["Candidates in progress"] as number;
    // Bob, in Excel without the add-in, moves every candidate in progress to Rejected.
    const bob = createExcel(wb, { clientName: "bob" });
    await bob.run(async (context) => {
      const stage = context.workbook.tables.getItem("Candidates").columns.getItem("Stage").getDataBodyRange();
      stage.load("values");
      await context.sync();
      stage.values = (stage.values as unknown[][]).map(([s]) =>
        ["Applied", "Screening", "Interview", "Offer"].includes(String(s)) ? ["Rejected"] : [s],
      );
    });
    expect(before).toBeGreaterThan(0);
    expect(glance(wb)["Candidates in progress"]).toBe(0);
    // And Carol typing a new call below the Call log (the table takes the row in): one more open call.
    const open = glance(wb)["Open follow-ups"] as number;
    const t = { ...wb.tableByName("CallLog")! };
    const sheet = wb.sheetById(t.sheetId)!.name;
    const headers = wb.getValues(sheet, formatRect({ ...t.rect, r1: t.rect.r0 }))[0].map(String);
    const row = Array.from(headers, (h) =>
      h === "Call ID"
        ? "CALL-9999"
        : h === "Received at"
          ? TODAY
          : h === "Caller"
            ? "Dana"
            : h === "Status"
              ? "Open"
              : null,
    );
    const carol = createExcel(wb, { clientName: "carol" });
    await carol.run(async (context) => {
      const below = formatRect({ ...t.rect, r0: t.rect.r1 + 1, r1: t.rect.r1 + 1 });
      context.workbook.worksheets.getItem(sheet).getRange(below).values = [row];
    });
    expect(wb.tableByName("CallLog")!.rect.r1).toBe(t.rect.r1 + 1);
    expect(glance(wb)["Open follow-ups"]).toBe(open + 1);
    expect(excel.stats.runs.length).toBe(runs);
  });
});
