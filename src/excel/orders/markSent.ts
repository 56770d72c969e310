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
import { isCalculated } from "../../core/registers/columnDefaults";
import { inventory, purchaseOrders } from "../../core/registers/definitions";
import { makeClientTag } from "../../core/registers/ids";
import { rectAddress } from "../address";
import { cellInput, formatFor } from "../cellWrite";
import { createRegister } from "../createRegister";
import { ExcelActionError } from "../errors";
import { runExcel } from "../run";
import { queueTableProbe, requirePlace } from "../tableProbe";
import { columnBody, keyText, queueItemWrites, requireColumns, stockNumber } from "./columns";

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
    const k = keyText(line.itemId);
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
    const poNumbers = po.table.columns.getItemOrNullObject(poDef.columns[0].header);
    const poNumbersBody = poNumbers.getDataBodyRange().load("values");
    const firstRow = po.table.getDataBodyRange().getRow(0).load("values");
    const below = po.table.getRange().getRowsBelow(order.lines.length).load("values");
    const inv = queueTableProbe(context, invDef);
    const itemIdCol = inv.table.columns.getItemOrNullObject(invDef.columns[0].header);
    const itemIds = itemIdCol.getDataBodyRange().load("values");
    const onOrderCol = inv.table.columns.getItemOrNullObject("On order");
    const onOrders = onOrderCol.getDataBodyRange().load("values");
    await context.sync();

    // Inventory first: without it nothing is created.
    const invPlace = requirePlace(invDef, inv.place());
    const place = po.place();
    if (!place) return "missing";
    requireColumns(poDef, place, ["poNumber", "line", "supplier", "item", "qty", "status"]);
    requireColumns(invDef, invPlace, ["itemId", "onOrder"]);
    if (place.showTotals) {
      throw new ExcelActionError(
        "invalid",
        `The ${poDef.name} table shows a Total row, so new lines cannot go below it.`,
        "Turn off the Total row (Table Design > Total Row), then mark the order as sent again.",
      );
    }

    // 2. The new lines, just below the body, or from its one blank row in a new register.
    const used = (poNumbersBody.values as unknown[][]).map((r) => r[0]);
    const usedKeys = new Set(used.map(keyText));
    const free = nextPoNumber(used, date);
    const wantedFree =
      options.poNumber && isPoNumber(options.poNumber) && !usedKeys.has(keyText(options.poNumber));
    let poNumber = wantedFree ? options.poNumber!.trim() : free;
    const notes: string[] = [];
    if (options.poNumber && !wantedFree) {
      notes.push(`${options.poNumber} is already used in ${poDef.name}; this order is ${poNumber}.`);
    }
    const rows = purchaseOrderRows(order, { poNumber, date, expectedBy: options.expectedBy ?? null });
    const n = rows.length;
    const layoutCols = place.layout.map((tc) =>
      tc.key ? poDef.columns.find((c) => c.key === tc.key) : undefined,
    );
    const blankFirst =
      place.bodyRows === 1 &&
      (firstRow.values as unknown[][])[0].every(
        (v, j) => v === "" || v === null || (layoutCols[j] && isCalculated(layoutCols[j]!)),
      );
    const body = po.table.getDataBodyRange();
    const extraRows = blankFirst ? n - 1 : n;
    const occupied = (below.values as unknown[][])
      .slice(0, extraRows)
      .some((r) => r.some((v) => v !== "" && v !== null));
    if (occupied && extraRows > 0) body.getRowsBelow(extraRows).insert("Down");
    // The blank row and the rows below are written as two ranges: Excel grows a table over rows written
    // just below it, not over a range that straddles its last row.
    const parts = blankFirst
      ? [body.getLastRow(), ...(n > 1 ? [body.getRowsBelow(n - 1)] : [])]
      : [body.getRowsBelow(n)];
    const slices = blankFirst
      ? [
          [0, 1],
          [1, n],
        ]
      : [[0, n]];
    const formats = rows.map(() => layoutCols.map((c) => (c && !isCalculated(c) ? formatFor(c) : null)));
    const hasFormats = formats[0].some((f) => f !== null);
    const cells = (number: string) =>
      rows.map((r) =>
        place.layout.map((tc, j) => {
          const column = layoutCols[j];
          if (!tc.key || !column) return "";
          if (isCalculated(column)) return column.formula!;
          return cellInput(column, tc.key === "poNumber" ? number : r[tc.key]);
        }),
      );
    const values = cells(poNumber);
    parts.forEach((range, i) => {
      const [from, to] = slices[i];
      if (hasFormats) range.numberFormat = formats.slice(from, to);
      range.values = values.slice(from, to);
    });
    const target = parts[0].load("rowIndex");

    // On order of each item, from the value read in step 1, written to the row Excel finds by Item ID.
    const current = new Map<string, number>();
    const idValues = (itemIdCol.isNullObject ? [] : (itemIds.values as unknown[][])).map((r) =>
      keyText(r[0]),
    );
    const orderValues = onOrderCol.isNullObject ? [] : (onOrders.values as unknown[][]);
    const seen = new Map<string, number>();
    idValues.forEach((id) => seen.set(id, (seen.get(id) ?? 0) + 1));
    idValues.forEach((id, i) => current.set(id, stockNumber(orderValues[i]?.[0])));
    const notFound: string[] = [];
    const writes: { itemId: string; values: { onOrder: number } }[] = [];
    for (const line of order.lines) {
      const k = keyText(line.itemId);
      const qty = qtyByItem.get(k);
      if (qty === undefined || writes.some((w) => keyText(w.itemId) === k)) continue;
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
      if (raised.ok) writes.push({ itemId: line.itemId, values: { onOrder: raised.onOrder } });
    }
    const found = queueItemWrites(inv.table, invDef, writes);
    const tableRange = po.table.getRange().load("rowIndex,rowCount");
    const numbersAfter = columnBody(po.table, poDef, "poNumber").load("values");
    const bodyAfter = po.table.getDataBodyRange().load("rowIndex");
    await context.sync();

    // 3. Check and repair.
    let repair = false;
    const first = target.rowIndex;
    const last = first + n - 1;
    if (tableRange.rowIndex + tableRange.rowCount - 1 < last) {
      po.table.resize(
        rectAddress(
          place.sheetName,
          tableRange.rowIndex,
          place.firstColumn,
          last,
          place.firstColumn + place.columnCount - 1,
        ),
      );
      repair = true;
    }
    const after = (numbersAfter.values as unknown[][]).map((r) => keyText(r[0]));
    const mine = new Set(Array.from({ length: n }, (_, i) => first + i - bodyAfter.rowIndex));
    const taken = after.some((v, i) => v === keyText(poNumber) && !mine.has(i));
    if (taken) {
      const old = poNumber;
      poNumber = nextPoNumber(after, date, options.clientTag ?? makeClientTag(Math.random()));
      const keyIndex = place.layout.findIndex((c) => c.key === "poNumber");
      parts.forEach((range, i) => {
        const [from, to] = slices[i];
        range.getColumn(keyIndex).values = rows.slice(from, to).map(() => [poNumber]);
      });
      notes.push(`A co-author used ${old} at the same moment; this order is ${poNumber}.`);
      repair = true;
    }
    if (repair) await context.sync();

    const onOrder: MarkSentResult["onOrder"] = [];
    found.forEach((f, i) => {
      if (f.row.isNullObject) notFound.push(f.itemId);
      else onOrder.push({ itemId: f.itemId, onOrder: writes[i].values.onOrder });
    });
    if (notFound.length) {
      notes.push(`Not in Inventory, so On order was not raised: ${notFound.join(", ")}.`);
    }
    return {
      poNumber,
      address: rectAddress(
        place.sheetName,
        first,
        place.firstColumn,
        last,
        place.firstColumn + place.columnCount - 1,
      ),
      lineCount: n,
      onOrder,
      notFound,
      notes,
    };
  });
}
