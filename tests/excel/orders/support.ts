// Registers for the orders tests: suppliers (one without email), items low and not low.
import type { CellValue } from "../../../src/core/cells/types";
import { inventory, suppliers } from "../../../src/core/registers/definitions";
import type { SimWorkbook } from "../../../src/preview/simulator";
import { seedRegister } from "../support";

export const SUPPLIERS: Record<string, CellValue>[] = [
  { supplier: "Paper World", contact: "Bo Chen", email: "orders@paperworld.example", leadTimeDays: 5 },
  { supplier: "Toner Co", contact: "Ann", email: null },
];

// Reorder qty by hand (the rule of BACKOFFICE.REORDERQTY): position = On hand + On order; at or below the
// reorder
// point, order up to Max stock, rounded up to whole packs.
//   INV-0001: 3 + 0 ≤ 10 → 50 − 3 = 47 → 8 packs of 6 = 48
//   INV-0002: 40 > 10 → 0
//   INV-0003: 1 ≤ 5 → 12 − 1 = 11 → 11 (pack 1)
//   INV-0004: 0 ≤ 2 → 4, no supplier
//   INV-0005: 2 ≤ 10 → 50 − 2 = 48 → 4 packs of 12 = 48
export const ITEMS: Record<string, CellValue>[] = [
  {
    itemId: "INV-0001",
    item: "Copy paper A4",
    unit: "box",
    supplier: "Paper World",
    supplierSku: "PAP-A4",
    unitCost: 24.9,
    onHand: 3,
    reorderPoint: 10,
    maxStock: 50,
    packSize: 6,
  },
  {
    itemId: "INV-0002",
    item: "Sticky notes",
    unit: "pack",
    supplier: "Paper World",
    unitCost: 2,
    onHand: 40,
    reorderPoint: 10,
    maxStock: 50,
  },
  {
    itemId: "INV-0003",
    item: "Toner, black",
    unit: "each",
    supplier: "Toner Co",
    unitCost: 61.5,
    onHand: 1,
    reorderPoint: 5,
    maxStock: 12,
  },
  {
    itemId: "INV-0004",
    item: "Coffee beans",
    unit: "kg",
    supplier: null,
    onHand: 0,
    reorderPoint: 2,
    maxStock: 4,
  },
  {
    itemId: "INV-0005",
    item: "Envelopes C5",
    unit: "box",
    supplier: "paper  world",
    unitCost: 3.1,
    onHand: 2,
    reorderPoint: 10,
    maxStock: 50,
    packSize: 12,
  },
];

export function seedOrders(wb: SimWorkbook): void {
  seedRegister(wb, suppliers, SUPPLIERS);
  seedRegister(wb, inventory, ITEMS);
}

/** The rows of a register's table (header first) as the sheet shows them. */
export function tableValues(wb: SimWorkbook, table: string): CellValue[][] {
  for (const sheet of wb.sheetNames()) {
    const found = wb.sheetInfo(sheet).tables.find((t) => t.name === table);
    if (found) return wb.getValues(sheet, found.address.split("!")[1]);
  }
  throw new Error(`no table ${table}`);
}

/** One column of a register's body by header. */
export function columnValues(wb: SimWorkbook, table: string, header: string): CellValue[] {
  const [head, ...body] = tableValues(wb, table);
  const j = head.indexOf(header);
  if (j < 0) throw new Error(`no column ${header} in ${table}`);
  return body.map((r) => r[j]);
}

/** A register row by its first column's value, as {header: value}. */
export function rowOf(
  wb: SimWorkbook,
  table: string,
  key: string,
  keyHeader?: string,
): Record<string, CellValue> {
  const [head, ...body] = tableValues(wb, table);
  const k = keyHeader ? head.indexOf(keyHeader) : 0;
  const row = body.find((r) => r[k] === key);
  if (!row) throw new Error(`${key} not in ${table}`);
  return Object.fromEntries(head.map((h, j) => [String(h), row[j]]));
}
