import {
  candidates,
  equipment,
  inventory,
  purchaseOrders,
  serviceLog,
} from "../../../src/core/registers/definitions";
import { readRow, readRows, validateRow, validateRows } from "../../../src/core/registers/validate";

const item = (values: Record<string, string | number | boolean | null>) => ({
  itemId: "INV-0001",
  item: "Copy paper",
  ...values,
});
const messages = (ps: { message: string }[]) => ps.map((p) => p.message);

describe("validateRow", () => {
  it("finds nothing wrong with a good row", () => {
    expect(
      validateRow(
        inventory,
        item({ onHand: 14, unitCost: 4.5, lastCounted: 46095, supplier: "Office Direct" }),
        2,
      ),
    ).toEqual([]);
  });

  it("says which row and column, and what is wrong, in plain words", () => {
    const problems = validateRow(inventory, item({ onHand: "twelve" }), 14);
    expect(problems).toEqual([
      {
        row: 14,
        column: "onHand",
        header: "On hand",
        value: "twelve",
        code: "notANumber",
        severity: "error",
        message: 'Row 14, On hand: "twelve" is not a number',
      },
    ]);
  });

  it("reports required cells left empty, negative counts, error values and dates stored as text", () => {
    const problems = validateRow(
      inventory,
      { itemId: "", item: null, onHand: -3, unitCost: "#N/A", lastCounted: "14.03.2026" },
      9,
    );
    expect(messages(problems)).toEqual([
      "Row 9, Item ID: empty, but every row needs one",
      "Row 9, Item: empty, but every row needs one",
      "Row 9, Unit cost: the cell shows the error #N/A",
      "Row 9, On hand: -3 cannot be negative",
      'Row 9, Last counted: "14.03.2026" is a date stored as text (2026-03-14)',
    ]);
    expect(problems.find((p) => p.column === "lastCounted")).toMatchObject({
      severity: "warning",
      suggestion: 46095,
    });
  });

  it("suggests the closest valid choice", () => {
    const problems = validateRow(
      purchaseOrders,
      {
        poNumber: "PO-0001",
        line: 1,
        date: 46095,
        supplier: "Acme",
        item: "Pens",
        qty: 2,
        status: "Recieved",
      },
      5,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: "unknownChoice", suggestion: "Received" });
    expect(problems[0].message).toBe(
      'Row 5, Status: "Recieved" is not one of the choices: Draft, Sent, Received, Cancelled. Did you mean "Received"?',
    );
  });

  it("checks choices from another register when their keys are given", () => {
    const row = item({ supplier: "Ofice Direct" });
    expect(validateRow(inventory, row, 3)).toEqual([]);
    const problems = validateRow(inventory, row, 3, {
      lookups: { suppliers: ["Office Direct", "Paper Co"] },
    });
    expect(problems[0]).toMatchObject({ code: "unknownChoice", suggestion: "Office Direct" });
  });

  it("reports an unknown asset tag in the service log", () => {
    const row = { ticketId: "SR-0001", assetTag: "EQ-0099", openedOn: 46095, kind: "Repair", status: "Open" };
    const problems = validateRow(serviceLog, row, 4, { lookups: { equipment: ["EQ-0001", "EQ-0002"] } });
    expect(problems.map((p) => [p.column, p.code])).toEqual([["assetTag", "unknownChoice"]]);
  });

  it("reports an invalid email and scores outside 1–5", () => {
    const problems = validateRow(
      candidates,
      {
        candidateId: "CAN-0001",
        name: "Ann",
        position: "Receptionist",
        stage: "Applied",
        email: "ann@",
        scoreFit: 7,
      },
      6,
    );
    expect(messages(problems)).toEqual([
      'Row 6, Email: "ann@" is not an email address',
      "Row 6, Score: fit: 7 is above the largest allowed value, 5",
    ]);
  });

  it("reads dates in the workbook's date system and with a stated day/month order", () => {
    expect(
      readRow(inventory, item({ lastCounted: "2026-03-14" }), 2, { dateSystem: 1904 }).values.lastCounted,
    ).toBe(44633);
    const ambiguous = validateRow(inventory, item({ lastCounted: "03/04/2026" }), 2);
    expect(ambiguous[0].code).toBe("ambiguousDate");
    expect(validateRow(inventory, item({ lastCounted: "03/04/2026" }), 2, { dateOrder: "dmy" })[0].code).toBe(
      "dateAsText",
    );
  });

  it("accepts a RegisterRow with extras as well as plain values", () => {
    expect(
      validateRow(inventory, { values: item({ onHand: "x" }), extras: { Colour: "red" } }, 2).map(
        (p) => p.column,
      ),
    ).toEqual(["onHand"]);
  });

  it("ignores calculated columns (Excel computes them)", () => {
    expect(validateRow(inventory, item({ reorderQty: "#VALUE!", stockStatus: "whatever" }), 2)).toEqual([]);
  });

  describe("equipment and service rules", () => {
    const machine = { assetTag: "EQ-0001", type: "Copier", serviceEveryDays: 90 };
    it("reports a meter reading lower than the last service's", () => {
      const problems = validateRow(equipment, { ...machine, meterNow: 1200, meterAtLastService: 1500 }, 3);
      expect(messages(problems)).toEqual([
        "Row 3, Meter now: the meter reading 1200 is lower than the reading at the last service (1500)",
      ]);
    });
    it("reports a service date in the future when today is known", () => {
      const row = { ...machine, lastService: 46100 };
      expect(validateRow(equipment, row, 3)).toEqual([]);
      expect(messages(validateRow(equipment, row, 3, { today: 46095 }))).toEqual([
        "Row 3, Last service: the last service date 2026-03-19 is in the future",
      ]);
    });
    it("warns about a machine with no service interval unless it is retired", () => {
      const row = { assetTag: "EQ-0002", type: "Fax" };
      expect(validateRow(equipment, row, 4).map((p) => p.code)).toEqual(["noServiceInterval"]);
      expect(validateRow(equipment, { ...row, status: "Retired" }, 4)).toEqual([]);
    });
    it("reports a ticket closed before it was opened", () => {
      const row = {
        ticketId: "SR-0001",
        assetTag: "EQ-0001",
        openedOn: 46095,
        kind: "Repair",
        status: "Done",
        closedOn: 46090,
      };
      expect(messages(validateRow(serviceLog, row, 2))).toEqual([
        "Row 2, Closed on: the closing date 2026-03-09 is before the opening date 2026-03-14",
      ]);
    });
  });
});

describe("validateRows", () => {
  it("numbers rows from sheet row 2 by default, or as given", () => {
    const rows = [item({}), item({ itemId: "INV-0002", onHand: "x" })];
    expect(validateRows(inventory, rows)[0].row).toBe(3);
    expect(validateRows(inventory, rows, { rowNumbers: [7, 12] })[0].row).toBe(12);
    expect(validateRows(inventory, rows, { firstRowNumber: 5 })[0].row).toBe(6);
  });

  it("reports duplicate keys, ignoring case and spaces", () => {
    const rows = [item({}), item({ itemId: "INV-0002" }), item({ itemId: " inv-0001" })];
    const problems = validateRows(inventory, rows);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ row: 4, code: "duplicateKey", column: "itemId" });
    expect(problems[0].message).toBe(
      "Row 4, Item ID: inv-0001 is also used on row 2; each row needs its own",
    );
  });

  it("uses the composite key of purchase orders", () => {
    const line = (poNumber: string, n: number) => ({
      poNumber,
      line: n,
      date: 46095,
      supplier: "Acme",
      item: "Pens",
      qty: 1,
      status: "Draft",
    });
    const problems = validateRows(purchaseOrders, [
      line("PO-0001", 1),
      line("PO-0001", 2),
      line("PO-0002", 1),
      line("PO-0001", 2),
    ]);
    expect(messages(problems)).toEqual([
      "Row 5, PO number + Line: PO-0001 / 2 is also used on row 3; each row needs its own",
    ]);
  });

  it("reports blank rows inside the data once, without required-field noise", () => {
    const problems = validateRows(inventory, [
      item({}),
      { itemId: null, item: "  ", reorderQty: "" },
      item({ itemId: "INV-0002" }),
    ]);
    expect(problems).toEqual([
      {
        row: 3,
        column: null,
        header: null,
        value: null,
        code: "blankRow",
        severity: "warning",
        message: "Row 3 is empty",
      },
    ]);
  });

  it("warns about a candidate email already in the register", () => {
    const c = (id: string, email: string) => ({
      candidateId: id,
      name: "X",
      position: "Clerk",
      stage: "Applied",
      email,
    });
    const problems = validateRows(candidates, [
      c("CAN-0001", "ann@example.com"),
      c("CAN-0002", "ANN@example.com "),
    ]);
    expect(problems).toMatchObject([{ row: 3, code: "duplicateValue", severity: "warning" }]);
    expect(problems[0].message).toBe('Row 3, Email: "ANN@example.com " is also on row 2');
  });
});

it("suggests the next free IDs for rows without one, in row order", () => {
  const rows = [item({ itemId: "INV-0041" }), item({ itemId: null }), item({ itemId: "  " })];
  const problems = validateRows(inventory, rows);
  expect(problems.map((p) => [p.row, p.suggestion, p.message])).toEqual([
    [3, "INV-0042", "Row 3, Item ID: empty, but every row needs one (the next free ID is INV-0042)"],
    [4, "INV-0043", "Row 4, Item ID: empty, but every row needs one (the next free ID is INV-0043)"],
  ]);
});

describe("readRows", () => {
  it("gives typed values of every row and the same problems as validateRows, in one pass", () => {
    const rows = [
      item({ onHand: "12", lastCounted: "2026-03-14" }),
      { itemId: null, item: null },
      item({ itemId: "INV-0002", onHand: "x" }),
    ];
    const read = readRows(inventory, rows);
    expect(read.values).toHaveLength(3);
    expect(read.values[0]).toMatchObject({ onHand: 12, lastCounted: 46095 });
    expect(read.values[2].onHand).toBe("x");
    expect(read.problems).toEqual(validateRows(inventory, rows));
  });
});
