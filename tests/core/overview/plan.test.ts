// Planning the Overview: formulas over whole register columns, exact-match criteria, labels written as
// text, figures left out (with the reason) when a register or column is missing, sections as data.
import { callLog, equipment, inventory, suppliers } from "../../../src/core/registers/definitions";
import { planOverview, MAX_DISTINCT_ROWS } from "../../../src/core/overview/plan";
import {
  distinctLabels,
  exactCriterion,
  stringLiteral,
  wholeColumn,
} from "../../../src/core/overview/references";
import { readGlance } from "../../../src/core/overview/sheet";
import type { OverviewFacts, SectionDef } from "../../../src/core/overview/types";
import { weeklyReportDraft } from "../../../src/core/overview/weeklyReport";

const headersOf = (def: { columns: readonly { header: string }[] }) => def.columns.map((c) => c.header);
const facts = (more: Partial<OverviewFacts> = {}): OverviewFacts => ({
  tables: { inventory: { tableName: "Inventory", headers: headersOf(inventory) } },
  columnValues: {},
  ...more,
});
const allFormulas = (plan: ReturnType<typeof planOverview>) =>
  plan.cells.flat().filter((c): c is string => typeof c === "string" && c.startsWith("="));

describe("references", () => {
  test("whole columns in double brackets, escaped as Excel requires", () => {
    expect(wholeColumn("Inventory", "Stock status")).toBe("Inventory[[Stock status]]");
    expect(wholeColumn("T", "Qty [units] #")).toBe("T[[Qty '[units'] '#]]");
  });

  test("criteria match exactly: no wildcard, no comparison, quotes doubled", () => {
    expect(exactCriterion("Paper")).toBe('"=Paper"');
    expect(exactCriterion("A4* ~ ?")).toBe('"=A4~* ~~ ~?"');
    expect(exactCriterion("<none>")).toBe('"=<none>"');
    expect(exactCriterion('12" pipes')).toBe('"=12"" pipes"');
    expect(exactCriterion("")).toBe('"="');
    expect(stringLiteral("two\nlines")).toBe('"two lines"');
  });

  test("distinct labels ignore case as COUNTIFS does, keep the first spelling, sort, and cap", () => {
    expect(distinctLabels(["toner", "Paper", "Toner", null, "", "paper", 12], 10)).toEqual({
      labels: ["12", "Paper", "toner"],
      blank: true,
      more: 0,
    });
    expect(distinctLabels(["a", "b", "c"], 2)).toEqual({ labels: ["a", "b"], blank: false, more: 1 });
  });
});

describe("planOverview", () => {
  test("figures are native formulas over the register's whole columns", () => {
    const suppliers = { "inventory.supplier": ['Say "Ho"', null, "acme", "Acme"] };
    const plan = planOverview(facts({ columnValues: suppliers }), { refreshedAt: 46000 });
    const formulas = allFormulas(plan);
    expect(formulas).toContain(
      '=COUNTIFS(Inventory[[Stock status]],"Reorder")+COUNTIFS(Inventory[[Stock status]],"Out of stock")',
    );
    expect(formulas).toContain("=SUMPRODUCT(IFERROR(Inventory[[Reorder qty]]*Inventory[[Unit cost]],0))");
    // Per supplier: = compares the supplier's name (case ignored, no wildcards); the blank row with "".
    expect(formulas).toContain(
      '=SUMPRODUCT(IFERROR((Inventory[[Supplier]]="Say ""Ho""")*Inventory[[Reorder qty]]*Inventory[[Unit cost]],0))',
    );
    expect(formulas.filter((f) => f.includes('(Inventory[[Supplier]]="acme")'))).toHaveLength(1);
    expect(formulas).toContain(
      '=SUMPRODUCT(IFERROR((Inventory[[Supplier]]="")*Inventory[[Reorder qty]]*Inventory[[Unit cost]],0))',
    );
    expect(formulas.join("\n")).not.toMatch(/BACKOFFICE\.|LET\(|LAMBDA\(|FILTER\(|UNIQUE\(/);
    expect(plan.printArea).toBe(`A1:${plan.lastCell}`);
    expect(plan.lastCell).toMatch(/^H\d+$/);
  });

  test("a person's category that looks like a formula is written as text and matched exactly", () => {
    const plan = planOverview(
      facts({ columnValues: { "inventory.category": ["=HYPERLINK(1)", "Paper", "paper", null] } }),
      { refreshedAt: 46000 },
    );
    const labels = plan.cells.map((r) => r[0]);
    expect(labels).toContain("'=HYPERLINK(1)");
    // "(…" could be read as a negative number: written with an apostrophe, it stays this text.
    expect(labels).toContain("'(no category)");
    expect(labels.filter((l) => l === "Paper" || l === "paper")).toEqual(["Paper"]);
    expect(allFormulas(plan).join("\n")).toContain('Inventory[[Category]],"==HYPERLINK(1)"');
  });

  test("a table's header spelt differently is used as the workbook spells it", () => {
    const headers = headersOf(inventory).map((h) => (h === "Stock status" ? "STOCK STATUS" : h));
    const plan = planOverview(facts({ tables: { inventory: { tableName: "inventory", headers } } }), {
      refreshedAt: 46000,
    });
    expect(allFormulas(plan).join("\n")).toContain("inventory[[STOCK STATUS]]");
  });

  test("more distinct values than fit are counted in a note", () => {
    const many = Array.from({ length: MAX_DISTINCT_ROWS + 3 }, (_, i) => `Cat ${String(i).padStart(2, "0")}`);
    const plan = planOverview(facts({ columnValues: { "inventory.category": many } }), {
      refreshedAt: 46000,
    });
    expect(plan.cells.map((r) => r[0])).toContain("…and 3 more, not listed.");
  });

  test("a section is one entry of data: a new one appears when its register exists", () => {
    const staffLike: SectionDef = {
      id: "suppliersCount",
      title: "Suppliers",
      registers: [suppliers],
      figures: [{ label: "Suppliers", format: "0", formula: (r) => `=COUNTA(${r(suppliers, "supplier")})` }],
      blocks: [],
    };
    const without = planOverview(facts(), { refreshedAt: 1, sections: [staffLike] });
    expect(without.sections).toEqual([
      expect.objectContaining({ shown: false, notes: ["Left out: no Suppliers register yet."] }),
    ]);
    const withIt = planOverview(
      facts({ tables: { suppliers: { tableName: "Suppliers", headers: headersOf(suppliers) } } }),
      { refreshedAt: 1, sections: [staffLike] },
    );
    expect(allFormulas(withIt)).toContain("=COUNTA(Suppliers[[Supplier]])");
  });

  test("a section that names the Discipline register is refused", () => {
    const discipline = {
      ...suppliers,
      id: "discipline",
      name: "Discipline",
      tableName: "Discipline",
    } as never;
    const bad: SectionDef = {
      id: "d",
      title: "Discipline",
      registers: [discipline],
      figures: [{ label: "Cases", formula: (r) => `=COUNTA(${r(discipline, "supplier")})` }],
      blocks: [],
    };
    expect(() =>
      planOverview(
        { tables: { discipline: { tableName: "Discipline", headers: ["Supplier"] } }, columnValues: {} },
        { refreshedAt: 1, sections: [bad] },
      ),
    ).toThrow(/never reads the Discipline register/);
  });

  test("charts cover their block's cells and sit beside narrow tables, below wide ones", () => {
    const plan = planOverview(
      facts({
        tables: {
          inventory: { tableName: "Inventory", headers: headersOf(inventory) },
          callLog: { tableName: "CallLog", headers: headersOf(callLog) },
          equipment: { tableName: "Equipment", headers: headersOf(equipment) },
        },
        columnValues: { "inventory.category": ["Paper"] },
      }),
      { refreshedAt: 1 },
    );
    const byTitle = Object.fromEntries(plan.charts.map((c) => [c.title, c]));
    expect(byTitle["Items to reorder by category"]).toMatchObject({ type: "BarClustered", legend: "None" });
    expect(byTitle["Items to reorder by category"].from).toMatch(/^E\d+$/);
    // 30 days by 4 outcomes, dates in column A; the chart below the table (five columns are too wide).
    const calls = byTitle["Calls per day by outcome"];
    const [top, bottom] = calls.source.split(":").map((a) => Number(a.replace(/\D/g, "")));
    expect([calls.source.startsWith("A"), calls.source.split(":")[1][0], bottom - top]).toEqual([
      true,
      "E",
      30,
    ]);
    expect(calls.legend).toBe("Bottom");
    // Repairs need the Service log: its table and chart are left out, and the reason given.
    expect(byTitle["Repair cost this year"]).toBeUndefined();
    expect(plan.sections.find((s) => s.id === "equipment")!.notes).toContain(
      "Repairs this year by machine is left out: it needs the Service log register.",
    );
  });
});

describe("At a glance and the weekly report", () => {
  test("Home reads the figures only from the add-in's own Overview", () => {
    expect(readGlance([["My notes"]])).toBeNull();
    expect(
      readGlance([
        ["Back Office overview"],
        [],
        ["Figure", "Value", "Section"],
        ["Items to reorder", "3", "Supplies"],
        ["", "", ""],
        ["Not read", "9", "X"],
      ]),
    ).toEqual([{ section: "Supplies", label: "Items to reorder", value: "3" }]);
  });

  test("the draft's header fields have no line breaks, whatever the company name holds", () => {
    const { draft } = weeklyReportDraft({
      headlines: [
        { section: "Supplies", label: "Items to reorder", value: "3" },
        { section: "Hiring", label: "Median days from Applied to Hired", value: "" },
      ],
      company: "Acme\r\nBcc: everyone@example.com",
      date: new Date(2026, 11, 4),
      signature: "Jo",
    });
    expect(draft.subject).not.toMatch(/[\r\n]/);
    expect(draft.subject).toBe("Acme Bcc: everyone@example.com: weekly report, Fri 4 Dec 2026");
    expect(draft.to).toEqual([]);
    expect(draft.text).toMatch(/Supplies +Items to reorder +3/);
    expect(draft.text).toMatch(/Median days from Applied to Hired +–/);
    expect(draft.html).toContain("<table");
  });
});
