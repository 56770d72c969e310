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
import { cellAddress } from "../address";
import { cellInput, formatFor } from "../cellWrite";
import { ExcelActionError } from "../errors";
import { runExcel } from "../run";
import { queueTableProbe, requirePlace } from "../tableProbe";
import { keyText, queueItemWrites, requireColumns, stockNumber } from "./columns";

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
  const wanted = keyText(poNumber);
  return runExcel(`Receiving ${poNumber}`, async (context) => {
    const po = queueTableProbe(context, poDef);
    const poCols = PO_COLUMNS.map((k) => {
      const col = po.table.columns.getItemOrNullObject(poDef.columns.find((c) => c.key === k)!.header);
      return { key: k, col, range: col.getDataBodyRange().load("values") };
    });
    const inv = queueTableProbe(context, invDef);
    const invCols = (["itemId", "onHand", "onOrder"] as const).map((k) => {
      const col = inv.table.columns.getItemOrNullObject(invDef.columns.find((c) => c.key === k)!.header);
      return { key: k, col, range: col.getDataBodyRange().load("values") };
    });
    await context.sync();

    const place = requirePlace(poDef, po.place());
    const invPlace = requirePlace(invDef, inv.place());
    requireColumns(poDef, place, [...PO_COLUMNS, "receivedOn"]);
    requireColumns(invDef, invPlace, ["itemId", "onHand", "onOrder"]);
    const col = (cols: typeof poCols | typeof invCols, key: string) =>
      (cols.find((c) => c.key === key)!.range.values as unknown[][]).map((r) => r[0]);

    // The PO's lines as they are now.
    const numbers = col(poCols, "poNumber");
    const lines: (PoLineState & { index: number; line: unknown })[] = [];
    numbers.forEach((v, i) => {
      if (keyText(v) !== wanted) return;
      lines.push({
        index: i,
        line: col(poCols, "line")[i],
        itemId: String(col(poCols, "itemId")[i] ?? "").trim(),
        qty: stockNumber(col(poCols, "qty")[i]),
        receivedQty: stockNumber(col(poCols, "receivedQty")[i]),
        status: asStatus(col(poCols, "status")[i]),
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
    for (const l of lines) if (!byItem.has(keyText(l.itemId))) byItem.set(keyText(l.itemId), l);
    for (const r of receipt.receipts) {
      const line = byItem.get(keyText(r.itemId))!;
      const sheetRow = bodyStart + line.index;
      const set = (key: string, value: number | string) => {
        const column = poDef.columns.find((c) => c.key === key)!;
        const cell = po.sheet.getCell(sheetRow, place.firstColumn + layoutIndex(key));
        const format = formatFor(column);
        if (format) cell.numberFormat = [[format]];
        cell.values = [[cellInput(column, value)]];
      };
      set("receivedQty", r.receivedQty);
      set("receivedOn", today);
      set("status", r.status);
      const check = po.sheet
        .getRangeByIndexes(sheetRow, place.firstColumn, 1, place.columnCount)
        .load("values");
      written.push({ receipt: r, sheetRow, check });
    }

    // Stock: On hand up, On order down, per item (a PO may list an item on two lines).
    const ids = col(invCols, "itemId").map(keyText);
    const count = new Map<string, number>();
    ids.forEach((id) => count.set(id, (count.get(id) ?? 0) + 1));
    const receivedByItem = new Map<string, { itemId: string; qty: number }>();
    for (const r of receipt.receipts) {
      const k = keyText(r.itemId);
      const prev = receivedByItem.get(k);
      receivedByItem.set(k, { itemId: r.itemId, qty: (prev?.qty ?? 0) + r.qty });
    }
    const notFound: string[] = [];
    const notes: string[] = [];
    const writes: { itemId: string; values: { onHand: number; onOrder: number } }[] = [];
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
      const moved = applyReceipt(
        col(invCols, "onHand")[at] as number,
        col(invCols, "onOrder")[at] as number,
        qty,
      );
      if (!moved.ok) continue;
      if (moved.overReceived > 0)
        notes.push(`${itemId}: ${moved.overReceived} more received than was on order.`);
      writes.push({ itemId, values: { onHand: moved.onHand, onOrder: moved.onOrder } });
    }
    const found = queueItemWrites(inv.table, invDef, writes);
    await context.sync();

    const stock: ReceiveResult["stock"] = [];
    found.forEach((f, i) => {
      if (f.row.isNullObject) notFound.push(f.itemId);
      else stock.push({ itemId: f.itemId, ...writes[i].values });
    });
    if (notFound.length)
      notes.push(`Not in Inventory, so its stock was not changed: ${notFound.join(", ")}.`);
    const poIdx = layoutIndex("poNumber");
    const lineIdx = layoutIndex("line");
    for (const w of written) {
      const now = (w.check.values as unknown[][])[0];
      const line = byItem.get(keyText(w.receipt.itemId))!;
      if (keyText(now[poIdx]) !== wanted || keyText(now[lineIdx]) !== keyText(line.line)) {
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
