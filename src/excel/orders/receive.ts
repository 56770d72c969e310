// "Receive": goods of a purchase order arrived, all of it or part. In one Excel.run:
//   1. read the PurchaseOrders columns that say what was ordered and received, and Inventory's Item ID,
//      On hand and On order, as they are now;
//   2. with core's receivePo and applyReceipt: write Received qty, Received on and Status of each line
//      received (at the row read in step 1, its PO number and line read back in the same request, since a
//      two-column key cannot be found by one Find), and On hand up / On order down on each item's row
//      found by its Item ID when the request runs.
// Syncs: 2.
import { todaySerial } from "../../core/cells/excelDates";
import { applyReceipt, receivePo, type PoLineState, type PoStatus } from "../../core/orders/receiving";
import { inventory, purchaseOrders } from "../../core/registers/definitions";
import { finiteOrZero } from "../../core/cells/finite";
import { normKey } from "../../core/registers/keys";
import { cellAddress } from "../address";
import { ExcelActionError } from "../errors";
import { planCells, queueChangesByKey, queueColumns, queueWriteAt, requireColumns } from "../rows";
import { runExcel } from "../run";
import { queueTableProbe, requirePlace } from "../tableProbe";

export interface ReceiveOptions {
  /** Received now, by Item ID; omitted: everything still to come. */
  quantities?: ReadonlyMap<string, number>;
  /** The day the goods arrived (default: today). */
  date?: Date;
}

export interface ReceiveResult {
  poNumber: string;
  /** The PO's status after this receipt. */
  status: PoStatus;
  lines: { itemId: string; received: number; receivedQty: number; status: PoStatus; row: number }[];
  /** On hand and On order after the change, by Item ID. */
  stock: { itemId: string; onHand: number; onOrder: number }[];
  /** Items not in Inventory: the PO line is updated, the stock is not. */
  notFound: string[];
  notes: string[];
}

const poDef = purchaseOrders;
const invDef = inventory;
const PO_COLUMNS = ["poNumber", "line", "itemId", "qty", "receivedQty", "status"] as const;

const STATUSES: readonly PoStatus[] = ["Draft", "Sent", "Received", "Cancelled"];
const asStatus = (v: unknown): PoStatus =>
  STATUSES.find(
    (s) =>
      s.toLowerCase() ===
      String(v ?? "")
        .trim()
        .toLowerCase(),
  ) ?? "Sent";

export async function receivePurchaseOrder(
  poNumber: string,
  options: ReceiveOptions = {},
): Promise<ReceiveResult> {
  const wanted = normKey(poNumber);
  return runExcel(`Receiving ${poNumber}`, async (context) => {
    const po = queueTableProbe(context, poDef);
    const readPo = queueColumns(po.table, poDef, PO_COLUMNS);
    const inv = queueTableProbe(context, invDef);
    const readStock = queueColumns(inv.table, invDef, ["itemId", "onHand", "onOrder"] as const);
    await context.sync();

    const place = requirePlace(poDef, po.place());
    const invPlace = requirePlace(invDef, inv.place());
    requireColumns(poDef, place, [...PO_COLUMNS, "receivedOn"]);
    requireColumns(invDef, invPlace, ["itemId", "onHand", "onOrder"]);
    const poCols = readPo();
    const stockCols = readStock();

    // The PO's lines as they are now.
    const lines: (PoLineState & { index: number; line: unknown })[] = [];
    poCols.poNumber.forEach((v, i) => {
      if (normKey(v) !== wanted) return;
      lines.push({
        index: i,
        line: poCols.line[i],
        itemId: String(poCols.itemId[i] ?? "").trim(),
        qty: finiteOrZero(poCols.qty[i]),
        receivedQty: finiteOrZero(poCols.receivedQty[i]),
        status: asStatus(poCols.status[i]),
      });
    });
    if (lines.length === 0) {
      throw new ExcelActionError(
        "notFound",
        `${poNumber} is not in the ${poDef.name} register.`,
        "Refresh the Orders page: someone may have deleted or renumbered it.",
      );
    }
    const receipt = receivePo(lines, options.quantities);
    if (!receipt.ok)
      throw new ExcelActionError(
        "invalid",
        `${poNumber}: ${receipt.reason}`,
        "Check the quantities received.",
      );

    // PO lines: at the rows read above; their key read back in the same request.
    const today = todaySerial(options.date ?? new Date());
    const layoutIndex = (k: string) => place.layout.findIndex((c) => c.key === k);
    const bodyStart = place.headerRow + 1;
    const written: { receipt: (typeof receipt.receipts)[number]; sheetRow: number; check: Excel.Range }[] =
      [];
    const byItem = new Map<string, (typeof lines)[number]>();
    for (const l of lines) if (!byItem.has(normKey(l.itemId))) byItem.set(normKey(l.itemId), l);
    for (const r of receipt.receipts) {
      const line = byItem.get(normKey(r.itemId))!;
      const sheetRow = bodyStart + line.index;
      const changes = { receivedQty: r.receivedQty, receivedOn: today, status: r.status };
      queueWriteAt(po.sheet, place, sheetRow, planCells(poDef, place, changes).cells);
      const check = po.sheet
        .getRangeByIndexes(sheetRow, place.firstColumn, 1, place.columnCount)
        .load("values");
      written.push({ receipt: r, sheetRow, check });
    }

    // Stock: On hand up, On order down, per item (a PO may list an item on two lines).
    const ids = stockCols.itemId.map(normKey);
    const count = new Map<string, number>();
    ids.forEach((id) => count.set(id, (count.get(id) ?? 0) + 1));
    const receivedByItem = new Map<string, { itemId: string; qty: number }>();
    for (const r of receipt.receipts) {
      const k = normKey(r.itemId);
      const prev = receivedByItem.get(k);
      receivedByItem.set(k, { itemId: r.itemId, qty: (prev?.qty ?? 0) + r.qty });
    }
    const notFound: string[] = [];
    const notes: string[] = [];
    const writes: { key: string; changes: { onHand: number; onOrder: number } }[] = [];
    for (const [k, { itemId, qty }] of receivedByItem) {
      const at = ids.indexOf(k);
      if (at < 0) {
        notFound.push(itemId);
        continue;
      }
      if ((count.get(k) ?? 0) > 1) {
        notes.push(
          `${itemId} is on several rows of Inventory; its stock was not changed. Make the Item IDs unique.`,
        );
        continue;
      }
      const moved = applyReceipt(stockCols.onHand[at] as number, stockCols.onOrder[at] as number, qty);
      if (!moved.ok) continue;
      if (moved.overReceived > 0)
        notes.push(`${itemId}: ${moved.overReceived} more received than was on order.`);
      writes.push({ key: itemId, changes: { onHand: moved.onHand, onOrder: moved.onOrder } });
    }
    const found = queueChangesByKey(inv.table, invDef, invPlace, writes);
    await context.sync();

    const stock: ReceiveResult["stock"] = [];
    found.forEach((f, i) => {
      if (f.found.isNullObject) notFound.push(f.key);
      else stock.push({ itemId: f.key, ...writes[i].changes });
    });
    if (notFound.length)
      notes.push(`Not in Inventory, so its stock was not changed: ${notFound.join(", ")}.`);
    const poIdx = layoutIndex("poNumber");
    const lineIdx = layoutIndex("line");
    for (const w of written) {
      const now = (w.check.values as unknown[][])[0];
      const line = byItem.get(normKey(w.receipt.itemId))!;
      if (normKey(now[poIdx]) !== wanted || normKey(now[lineIdx]) !== normKey(line.line)) {
        notes.push(
          `${cellAddress(place.sheetName, w.sheetRow, place.firstColumn)}: the row changed while receiving; check ${poNumber} line ${String(line.line)}.`,
        );
      }
    }
    return {
      poNumber,
      status: receipt.status,
      lines: written.map((w) => ({
        itemId: w.receipt.itemId,
        received: w.receipt.qty,
        receivedQty: w.receipt.receivedQty,
        status: w.receipt.status,
        row: w.sheetRow + 1,
      })),
      stock,
      notFound,
      notes,
    };
  });
}
