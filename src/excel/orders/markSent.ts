// "Mark as sent": the supplier order becomes lines of the PurchaseOrders register under a new PO number,
// and On order of each item goes up by what was ordered, in one Excel.run:
//   1. read the PO numbers in use, the first body row (a new register has one blank row), the cells
//      below the table, and Inventory's Item ID and On order columns, as they are now;
//   2. take the next PO number (core nextPoNumber), write the lines just below the table body (never
//      TableRowCollection.add, which Microsoft advises against when co-authoring), raise On order of each
//      item found by its Item ID when the request runs; read the PO numbers back;
//   3. only when needed: grow the table if Excel did not, and if a co-author took the same PO number at
//      the same moment, give these lines this client's tagged number (PO-2026-0043-K7Q).
// Syncs: 2, or 3 with a repair. The PurchaseOrders register is created first when missing (its own run).
import { isPoNumber, nextPoNumber } from "../../core/orders/poNumber";
import { purchaseOrderRows } from "../../core/orders/purchaseOrderRows";
import { markSent as raiseOnOrder } from "../../core/orders/receiving";
import type { SupplierOrder } from "../../core/orders/types";
import { inventory, purchaseOrders } from "../../core/registers/definitions";
import { normKey } from "../../core/registers/keys";
import { rectAddress } from "../address";
import { createRegister } from "../createRegister";
import { ExcelActionError } from "../errors";
import {
  queueAppend,
  queueAppendRead,
  queueChangesByKey,
  queueColumns,
  requireColumns,
  requireNoTotals,
} from "../rows";
import { runExcel } from "../run";
import { queueTableProbe, requirePlace } from "../tableProbe";
import { finiteOrZero } from "../../core/cells/finite";

export interface MarkSentOptions {
  /** The day the order is sent (default: now). */
  date?: Date;
  /** When the goods are expected. */
  expectedBy?: Date | null;
  /**
   * The PO number the draft carried; used when it is still free, else the next free one (reported in
   * notes, so the person can tell the supplier).
   */
  poNumber?: string;
  /** This client's tag for a PO number a co-author took at the same moment (default: random). */
  clientTag?: string;
}

export interface MarkSentResult {
  poNumber: string;
  /** True when the PurchaseOrders register had to be created first. */
  createdRegister: boolean;
  /** Sheet address of the lines written. */
  address: string;
  lineCount: number;
  /** On order after the change, by Item ID. */
  onOrder: { itemId: string; onOrder: number }[];
  /** Items of the order not in Inventory (deleted by someone, or never there): On order not changed. */
  notFound: string[];
  notes: string[];
}

const poDef = purchaseOrders;
const invDef = inventory;

export async function markOrderSent(
  order: SupplierOrder,
  options: MarkSentOptions = {},
): Promise<MarkSentResult> {
  if (order.lines.length === 0) {
    throw new ExcelActionError(
      "invalid",
      `The order to ${order.supplier} has no lines.`,
      "Set a quantity above zero.",
    );
  }
  const qtyByItem = new Map<string, number>();
  for (const line of order.lines) {
    const check = raiseOnOrder(0, line.qty);
    if (!check.ok)
      throw new ExcelActionError("invalid", `${line.item}: ${check.reason}`, "Correct the quantity.");
    const k = normKey(line.itemId);
    if (k) qtyByItem.set(k, (qtyByItem.get(k) ?? 0) + line.qty);
  }
  const date = options.date ?? new Date();

  let createdRegister = false;
  let result = await attempt(order, qtyByItem, date, options);
  if (result === "missing") {
    const created = await createRegister(poDef);
    createdRegister = created.created;
    result = await attempt(order, qtyByItem, date, options);
    if (result === "missing") requirePlace(poDef, null);
  }
  return { ...(result as Omit<MarkSentResult, "createdRegister">), createdRegister };
}

async function attempt(
  order: SupplierOrder,
  qtyByItem: ReadonlyMap<string, number>,
  date: Date,
  options: MarkSentOptions,
): Promise<Omit<MarkSentResult, "createdRegister"> | "missing"> {
  return runExcel(`Marking the order to ${order.supplier} as sent`, async (context) => {
    // 1. The registers as they are now.
    const po = queueTableProbe(context, poDef);
    const poRead = queueAppendRead(po, poDef, order.lines.length, { fillBlankFirstRow: true });
    const inv = queueTableProbe(context, invDef);
    const stock = queueColumns(inv.table, invDef, ["itemId", "onOrder"]);
    await context.sync();

    // Inventory first: without it nothing is created.
    const invPlace = requirePlace(invDef, inv.place());
    const place = po.place();
    if (!place) return "missing";
    requireColumns(poDef, place, ["poNumber", "line", "supplier", "item", "qty", "status"]);
    requireColumns(invDef, invPlace, ["itemId", "onOrder"]);
    requireNoTotals(poDef, place, "new lines", "mark the order as sent again");

    // 2. The new lines below the body (from its one blank row in a new register), and On order raised.
    const state = poRead.state(place);
    const notes: string[] = [];
    const poNumber = choosePoNumber(state.keys[0] ?? [], date, options.poNumber, notes);
    const rows = purchaseOrderRows(order, { poNumber, date, expectedBy: options.expectedBy ?? null });
    const append = queueAppend(
      po,
      poDef,
      place,
      state,
      rows.map((values) => ({ values })),
    );
    const raise = onOrderWrites(order, qtyByItem, stock(), notes);
    const found = queueChangesByKey(inv.table, invDef, invPlace, raise.writes);
    await context.sync();

    // 3. Check and repair: a PO number a co-author took at the same moment gets this client's tag.
    const outcome = await append.settle(context, {
      clientTag: options.clientTag,
      renameKey: (_old, used, tag) => nextPoNumber(used, date, tag),
    });
    const final = outcome.renamed[poNumber] ?? poNumber;
    if (final !== poNumber)
      notes.push(`A co-author used ${poNumber} at the same moment; this order is ${final}.`);
    const onOrder: MarkSentResult["onOrder"] = [];
    const notFound = [...raise.notFound];
    found.forEach((f, i) => {
      if (f.found.isNullObject) notFound.push(f.key);
      else onOrder.push({ itemId: f.key, onOrder: raise.writes[i].changes.onOrder });
    });
    if (notFound.length) notes.push(`Not in Inventory, so On order was not raised: ${notFound.join(", ")}.`);
    const first = outcome.rows[0].sheetRow;
    const last = first + rows.length - 1;
    const lastColumn = place.firstColumn + place.columnCount - 1;
    return {
      poNumber: final,
      address: rectAddress(place.sheetName, first, place.firstColumn, last, lastColumn),
      lineCount: rows.length,
      onOrder,
      notFound,
      notes,
    };
  });
}

/** The PO number the draft carried while it is free, else the next free one (with a note). */
function choosePoNumber(
  used: readonly unknown[],
  date: Date,
  wanted: string | undefined,
  notes: string[],
): string {
  const usedKeys = new Set(used.map(normKey));
  if (wanted && isPoNumber(wanted) && !usedKeys.has(normKey(wanted))) return wanted.trim();
  const free = nextPoNumber(used, date);
  if (wanted) notes.push(`${wanted} is already used in ${poDef.name}; this order is ${free}.`);
  return free;
}

/** On order of each item of the order, from Inventory as read in step 1, raised by what is ordered. */
function onOrderWrites(
  order: SupplierOrder,
  qtyByItem: ReadonlyMap<string, number>,
  stock: { itemId: unknown[]; onOrder: unknown[] },
  notes: string[],
): { writes: { key: string; changes: { onOrder: number } }[]; notFound: string[] } {
  const current = new Map<string, number>();
  const seen = new Map<string, number>();
  stock.itemId.forEach((id, i) => {
    const k = normKey(id);
    seen.set(k, (seen.get(k) ?? 0) + 1);
    current.set(k, finiteOrZero(stock.onOrder[i]));
  });
  const notFound: string[] = [];
  const writes: { key: string; changes: { onOrder: number } }[] = [];
  for (const line of order.lines) {
    const k = normKey(line.itemId);
    const qty = qtyByItem.get(k);
    if (qty === undefined || writes.some((w) => normKey(w.key) === k)) continue;
    if (!current.has(k)) {
      notFound.push(line.itemId);
      continue;
    }
    if ((seen.get(k) ?? 0) > 1) {
      notes.push(
        `${line.itemId} is on several rows of Inventory; On order was not changed. Make the Item IDs unique.`,
      );
      continue;
    }
    const raised = raiseOnOrder(current.get(k), qty);
    if (raised.ok) writes.push({ key: line.itemId, changes: { onOrder: raised.onOrder } });
  }
  return { writes, notFound };
}
