import { createBlankWorkbook, createSampleWorkbook } from "../../src/preview/sample";

type Wb = ReturnType<typeof createSampleWorkbook>;

/** The sheet as a person would read it: header row, then rows of cells. */
function sheetRows(wb: Wb, sheet: string) {
  const { rows, cols } = wb.usedSize(sheet);
  const out = [];
  for (let r = 0; r < rows; r++) {
    const row = [];
    for (let c = 0; c < cols; c++) row.push(wb.getCell(sheet, r, c));
    out.push(row);
  }
  return out;
}

function column(wb: Wb, sheet: string, header: string) {
  const rows = sheetRows(wb, sheet);
  const index = rows[0].findIndex((cell) => cell?.value === header);
  if (index < 0) throw new Error(`no column ${header} on ${sheet}`);
  return rows.slice(1).map((row) => row[index]);
}

describe("sample workbook", () => {
  const wb = createSampleWorkbook();

  it("has the office's own sheets, as plain sheets without any table", () => {
    expect(wb.sheetNames()).toEqual([
      "Supplies",
      "Vendors",
      "Calls",
      "Machines",
      "Service history",
      "Applicants",
      "Team",
      "Training courses",
      "Training records",
    ]);
    expect(wb.tableNames()).toEqual([]);
  });

  it("has realistic amounts of data on each sheet", () => {
    const dataRows = (sheet: string) => wb.usedSize(sheet).rows - 1;
    expect(dataRows("Supplies")).toBeGreaterThanOrEqual(30);
    expect(dataRows("Vendors")).toBe(6);
    expect(dataRows("Calls")).toBeGreaterThanOrEqual(15);
    expect(dataRows("Machines")).toBe(8);
    expect(dataRows("Service history")).toBeGreaterThanOrEqual(10);
    expect(dataRows("Applicants")).toBe(12);
  });

  it("names the supplies columns the way a person would", () => {
    const headers = sheetRows(wb, "Supplies")[0].map((c) => c?.value);
    for (const h of [
      "Item",
      "Category",
      "Qty",
      "Reorder at",
      "Max",
      "Vendor",
      "SKU",
      "Price",
      "Pack",
      "Location",
    ])
      expect(headers).toContain(h);
    expect(headers).toEqual(expect.arrayContaining(["Daily use", "Lead time", "Last counted"]));
  });

  it("plants exactly one blank row among the supplies", () => {
    const rows = sheetRows(wb, "Supplies").slice(1);
    const blank = rows.filter((row) =>
      row.every((cell) => cell?.value === null || cell?.value === undefined),
    );
    expect(blank).toHaveLength(1);
  });

  it('plants one quantity typed as the word "twelve"', () => {
    const qty = column(wb, "Supplies", "Qty").map((c) => c?.value);
    expect(qty.filter((v) => typeof v === "string")).toEqual(["twelve"]);
  });

  it("plants one #N/A error", () => {
    const errors = sheetRows(wb, "Supplies")
      .flat()
      .filter((c) => c?.value === "#N/A");
    expect(errors).toHaveLength(1);
  });

  it("stores Last counted as dates, except one date typed as text", () => {
    const counted = column(wb, "Supplies", "Last counted").filter((c) => c?.value !== null);
    const asText = counted.filter((c) => typeof c?.value === "string");
    expect(asText.map((c) => c?.value)).toEqual(["14/11/2026"]);
    const dates = counted.filter((c) => typeof c?.value === "number");
    expect(dates.length).toBeGreaterThan(25);
    expect(dates.every((c) => c?.numberFormat === "d mmm yyyy")).toBe(true);
    // Serial 46328 is 2 November 2026 (days since 1899-12-30).
    expect(dates[0]?.value).toBe(46328);
    expect(dates[0]?.text).toBe("2 Nov 2026");
  });

  it("shows prices as money", () => {
    const price = column(wb, "Supplies", "Price")[0];
    expect(price?.value).toBe(4.95);
    expect(price?.text).toBe("$4.95");
  });

  it("has one vendor without an email address, and only example addresses", () => {
    const emails = column(wb, "Vendors", "E-mail").map((c) => c?.value);
    expect(emails.filter((e) => e === null)).toHaveLength(1);
    for (const e of emails.filter((v) => v !== null)) expect(String(e)).toMatch(/@[\w.-]+\.example\.com$/);
    const applicantEmails = column(wb, "Applicants", "E-mail").map((c) => String(c?.value));
    for (const e of applicantEmails) expect(e).toMatch(/@example\.(com|net|org)$/);
  });

  it("keeps meters and service intervals for every machine", () => {
    const counters = column(wb, "Machines", "Counter").map((c) => c?.value);
    expect(counters.every((v) => typeof v === "number" && v > 0)).toBe(true);
    const days = column(wb, "Machines", "Service every (days)").map((c) => c?.value);
    expect(days.every((v) => typeof v === "number")).toBe(true);
  });

  it("refers service history to machines on the Machines sheet", () => {
    const tags = new Set(column(wb, "Machines", "Tag").map((c) => c?.value));
    for (const c of column(wb, "Service history", "Machine")) expect(tags.has(c?.value)).toBe(true);
  });

  it("builds a fresh workbook each time", () => {
    const other = createSampleWorkbook();
    other.setValues("Supplies", "A2", [["Changed"]]);
    expect(wb.getCell("Supplies", 1, 0)?.value).toBe("Copy paper A4 80gsm (ream)");
  });

  it("offers a blank workbook with one empty sheet", () => {
    const blank = createBlankWorkbook();
    expect(blank.sheetNames()).toEqual(["Sheet1"]);
    expect(blank.usedSize("Sheet1")).toEqual({ rows: 0, cols: 0 });
  });
});
