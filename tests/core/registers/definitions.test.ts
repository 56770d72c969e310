import { REGISTERS, registerById, registerByTableName } from "../../../src/core/registers/definitions";
import { referencedHeaders } from "../../../src/core/registers/structuredRef";
import type { ColumnDef, RegisterDef } from "../../../src/core/registers/types";

// Written by hand, apart from the definitions, so a changed header, order or choice fails here (key column
// first, "=" marks calculated ones).
// PurchaseOrders' key "PO number + line" is two columns: PO number, Line.
const EXPECTED: Record<string, { table: string; headers: string[] }> = {
  inventory: {
    table: "Inventory",
    headers: [
      "Item ID",
      "Item",
      "Category",
      "Unit",
      "Location",
      "Supplier",
      "Supplier SKU",
      "Unit cost",
      "On hand",
      "On order",
      "Avg daily usage",
      "Lead time (days)",
      "Safety stock",
      "Reorder point",
      "Max stock",
      "Pack size",
      "Min order qty",
      "=Reorder qty",
      "=Stock status",
      "=Stock value",
      "Last counted",
      "Notes",
    ],
  },
  suppliers: {
    table: "Suppliers",
    headers: [
      "Supplier",
      "Contact",
      "Email",
      "Phone",
      "Fax",
      "Website",
      "Address",
      "Lead time (days)",
      "Account no.",
      "Notes",
    ],
  },
  purchaseOrders: {
    table: "PurchaseOrders",
    headers: [
      "PO number",
      "Line",
      "Date",
      "Supplier",
      "Item ID",
      "Item",
      "Qty",
      "Unit cost",
      "=Line total",
      "Status",
      "Expected by",
      "Received on",
      "Received qty",
    ],
  },
  callLog: {
    table: "CallLog",
    headers: [
      "Call ID",
      "Received at",
      "Channel",
      "Direction",
      "Caller",
      "Company",
      "Number",
      "For",
      "Subject",
      "Message",
      "Priority",
      "Follow-up by",
      "Status",
      "Handled by",
      "Done at",
      // Last: what a phone-system import fills (docs/calls.md "Phone-system exports").
      "Duration (s)",
      "Talk time (s)",
      "Phone system ID",
    ],
  },
  equipment: {
    table: "Equipment",
    headers: [
      "Asset tag",
      "Type",
      "Make",
      "Model",
      "Serial no.",
      "Location",
      "Status",
      "Service vendor",
      "Purchased on",
      "Warranty until",
      "Service every (days)",
      "Service every (pages)",
      "Last service",
      "Meter now",
      "Meter at last service",
      "=Next service due",
      "=Service status",
      "Assigned to",
      "Notes",
    ],
  },
  serviceLog: {
    table: "ServiceLog",
    headers: [
      "Ticket ID",
      "Asset tag",
      "Opened on",
      "Kind",
      "Problem",
      "Reported by",
      "Vendor",
      "Action taken",
      "Cost",
      "Downtime (hours)",
      "Status",
      "Closed on",
    ],
  },
  staff: {
    table: "Staff",
    headers: [
      "Staff ID",
      "Name",
      "Role",
      "Department",
      "Manager",
      "Email",
      "Phone",
      "Start date",
      "Probation ends",
      "Status",
      "Leaving date",
      "Retain until",
      "Candidate ID",
      "Notes",
    ],
  },
  courses: {
    table: "Courses",
    headers: ["Course", "Renew every (months)", "Required for roles", "Provider"],
  },
  training: {
    table: "Training",
    headers: ["Record ID", "Staff ID", "Course", "Completed on", "=Expires on", "Certificate link"],
  },
  checklists: {
    table: "Checklists",
    headers: ["Tick ID", "Staff ID", "Checklist", "Item ID", "Item", "Done on", "Done by"],
  },
  discipline: {
    table: "Discipline",
    headers: [
      "Case ID",
      "Staff ID",
      "Opened on",
      "Kind",
      "Step",
      "Reason",
      "Meeting at",
      "Companion",
      "Outcome",
      "Outcome on",
      "Appeal by",
      "Warning expires on",
    ],
  },
  candidates: {
    table: "Candidates",
    headers: [
      "Candidate ID",
      "Name",
      "Email",
      "Phone",
      "Position",
      "Source",
      "Applied on",
      "CV link",
      "Stage",
      "Stage since",
      "Interview at",
      "Interviewer",
      "Score: experience",
      "Score: skills",
      "Score: fit",
      "=Weighted score",
      "Next step",
      "Retain until",
      "Notes",
    ],
  },
};

const CHOICES: [string, string, string[]][] = [
  ["purchaseOrders", "status", ["Draft", "Sent", "Received", "Cancelled"]],
  ["callLog", "channel", ["Phone", "Fax", "Email", "Voicemail", "Walk-in"]],
  ["callLog", "direction", ["Inbound", "Outbound"]],
  ["callLog", "priority", ["Low", "Normal", "Urgent"]],
  ["callLog", "status", ["Open", "Done", "No action"]],
  [
    "equipment",
    "type",
    ["Copier", "Printer", "Fax", "Scanner", "Multifunction", "Phone", "Computer", "Other"],
  ],
  ["equipment", "status", ["Operational", "Needs repair", "Out of service", "Retired"]],
  ["serviceLog", "kind", ["Preventive", "Repair", "Inspection", "Supplies"]],
  ["serviceLog", "status", ["Open", "Waiting on vendor", "Done"]],
  ["candidates", "stage", ["Applied", "Screening", "Interview", "Offer", "Hired", "Rejected", "Withdrawn"]],
  ["staff", "status", ["Active", "On leave", "Leaving", "Left"]],
  ["checklists", "checklist", ["Onboarding", "Offboarding"]],
  [
    "discipline",
    "kind",
    ["Informal talk", "Verbal warning", "Written warning", "Final written warning", "Dismissal"],
  ],
];

const shown = (def: RegisterDef) => def.columns.map((c) => (c.formula ? "=" : "") + c.header);

describe("register definitions", () => {
  it("has the twelve registers", () => {
    expect(REGISTERS.map((r) => r.id).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))("%s has its table name, headers and order", (id, expected) => {
    const def = REGISTERS.find((r) => r.id === id)!;
    expect(def.tableName).toBe(expected.table);
    expect(shown(def)).toEqual(expected.headers);
    expect(def.columns[0].key).toBe(def.keyColumn);
    expect(def.keyColumns[0]).toBe(def.keyColumn);
    expect(registerByTableName(expected.table.toUpperCase())).toBe(def);
  });

  it.each(CHOICES)("%s.%s offers its choices", (id, key, choices) => {
    const column = registerById(id as RegisterDef["id"]).columns.find((c) => c.key === key)!;
    expect(column.choices).toEqual(choices);
  });

  it("takes Supplier and Service vendor from Suppliers, and the service log's Asset tag from Equipment", () => {
    const from = (id: RegisterDef["id"], key: string) =>
      registerById(id).columns.find((c) => c.key === key)!.choicesFrom;
    expect(from("inventory", "supplier")).toEqual({ register: "suppliers", column: "supplier" });
    expect(from("purchaseOrders", "supplier")).toEqual({ register: "suppliers", column: "supplier" });
    expect(from("equipment", "serviceVendor")).toEqual({ register: "suppliers", column: "supplier" });
    expect(from("serviceLog", "assetTag")).toEqual({ register: "equipment", column: "assetTag" });
  });

  it.each(REGISTERS.map((r) => [r.id, r] as const))("%s is internally consistent", (_id, def) => {
    const keys = def.columns.map((c) => c.key);
    expect(new Set(keys).size).toBe(keys.length);
    const headers = def.columns.map((c) => c.header.toLowerCase());
    expect(new Set(headers).size).toBe(headers.length);
    for (const k of def.keyColumns) expect(keys).toContain(k);
    for (const c of def.columns) {
      expect(c.width).toBeGreaterThan(0);
      expect(c.numberFormat).toBeTruthy();
      if (c.type === "choice") expect(Boolean(c.choices) || Boolean(c.choicesFrom)).toBe(true);
      if (c.formula) expect(c.required).toBeFalsy();
      // An alias may not be another column's header, or matching would be ambiguous.
      for (const a of c.aliases ?? []) {
        const owner = def.columns.find((o) => o.header.toLowerCase() === a.toLowerCase());
        expect(owner === undefined || owner === c).toBe(true);
      }
    }
    // An alias claimed by two columns of one register ("Units": a unit of measure, or a count) must be
    // told apart by the values: the two columns expect different kinds of value.
    const byAlias = new Map<string, ColumnDef[]>();
    for (const c of def.columns)
      for (const a of c.aliases ?? [])
        byAlias.set(a.toLowerCase(), [...(byAlias.get(a.toLowerCase()) ?? []), c]);
    for (const [alias, cols] of byAlias) {
      if (cols.length < 2) continue;
      expect([alias, cols.length]).toEqual([alias, 2]);
      const kind = (c: ColumnDef) => (c.choices ? c.choices.join("|") : c.words ? "words" : c.type);
      expect(kind(cols[0])).not.toBe(kind(cols[1]));
    }
    // Words meaning a choice name a real choice, and mean only one.
    for (const c of def.columns) {
      const words = Object.entries(c.valueAliases ?? {});
      for (const [choice] of words) expect(c.choices).toContain(choice);
      const all = words.flatMap(([, w]) => w.map((x) => x.toLowerCase()));
      expect(new Set(all).size).toBe(all.length);
      if (c.yesNo)
        expect([c.choices, c.choices]).toEqual([
          expect.arrayContaining([c.yesNo.yes]),
          expect.arrayContaining([c.yesNo.no]),
        ]);
    }
    for (const cf of def.conditionalFormats) {
      for (const m of cf.formula.matchAll(/\{(\w+)\}/g)) expect(keys).toContain(m[1]);
      if (cf.appliesTo !== "row") for (const k of cf.appliesTo) expect(keys).toContain(k);
    }
  });

  it("formats IDs, phones and SKUs as text, money with 2 decimals and dates as yyyy-mm-dd", () => {
    const inv = registerById("inventory");
    const fmt = (def: RegisterDef, key: string) => def.columns.find((c) => c.key === key)!.numberFormat;
    expect(fmt(inv, "itemId")).toBe("@");
    expect(fmt(inv, "supplierSku")).toBe("@");
    expect(fmt(registerById("suppliers"), "phone")).toBe("@");
    expect(fmt(inv, "unitCost")).toBe("#,##0.00");
    expect(fmt(inv, "lastCounted")).toBe("yyyy-mm-dd");
    expect(fmt(registerById("callLog"), "receivedAt")).toBe("yyyy-mm-dd hh:mm");
    expect(fmt(registerById("equipment"), "serialNo")).toBe("@");
  });

  describe("calculated column formulas", () => {
    const calculated = REGISTERS.flatMap((def) =>
      def.columns.filter((c) => c.formula).map((c) => [`${def.id}.${c.key}`, def, c.formula!] as const),
    );

    it("there are the eight calculated columns", () => {
      expect(calculated.map(([name]) => name).sort()).toEqual(
        [
          "candidates.weightedScore",
          "equipment.nextServiceDue",
          "equipment.serviceStatus",
          "inventory.reorderQty",
          "inventory.stockStatus",
          "inventory.stockValue",
          "purchaseOrders.lineTotal",
          "training.expiresOn",
        ].sort(),
      );
    });

    it.each(calculated)(
      "%s is well formed and refers only to its register's headers",
      (_name, def, formula) => {
        expect(formula.startsWith("=")).toBe(true);
        // Parentheses balance outside string literals.
        const code = formula.replace(/"[^"]*"/g, '""');
        let depth = 0;
        for (const ch of code) {
          depth += ch === "(" ? 1 : ch === ")" ? -1 : 0;
          expect(depth).toBeGreaterThanOrEqual(0);
        }
        expect(depth).toBe(0);
        expect((formula.match(/"/g) ?? []).length % 2).toBe(0);
        const refs = referencedHeaders(formula);
        expect(refs.length).toBeGreaterThan(0);
        const headers = def.columns.map((c) => c.header);
        for (const r of refs) expect(headers).toContain(r);
        // A whole column of another register (Courses[Course]) names a header that register has.
        const other = /\b([A-Za-z]\w*)\[((?:'.|[^\]'[])*)\]/g;
        for (const [, table, header] of code.matchAll(other)) {
          const target = registerByTableName(table);
          expect(target).toBeDefined();
          expect(target!.columns.map((c) => c.header)).toContain(header.replace(/'(.)/g, "$1"));
        }
        // Every other structured reference is of the [@[…]] form (this row), none left half-written.
        expect(code.replace(/\[@\[(?:'.|[^\]'])*\]\]/g, "").replace(other, "")).not.toMatch(/[[\]]/);
        // Blank-safe: each formula starts by testing for blank inputs.
        expect(formula).toMatch(/^=IF\((OR\()?\[@\[|^=IF\(COUNT\(|^=IF\(IF\(/);
        expect(formula).not.toMatch(/\bLET\(|\bLAMBDA\(/);
      },
    );
  });
});
