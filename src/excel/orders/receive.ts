// "Receive": goods of a purchase order arrived, all of it or part. In one Excel.run:
//   1. read the PurchaseOrders columns that say what was ordered and received, and Inventory's Item ID,
//      On hand and On order, as they are now;
//   2. with core's receivePo and stockMoves (core/orders/receiptPlan.ts): write Received qty, Received on
//      and Status of each line received (at the row read in step 1, its PO number and line read back in
//      the same request, since a two-column key cannot be found by one Find), and On hand up / On order
//      down on each item's row found by its Item ID when the request runs.
// Syncs: 2.
import { todaySerial } from "../../core/cells/excelDates";
import { poLinesOf, stockMoves, type ReadPoLine } from "../../core/orders/receiptPlan";
import { receivePo, type LineReceipt, type PoStatus } from "../../core/orders/receiving";
import { inventory, purchaseOrders } from "../../core/registers/definitions";
import { normKey } from "../../core/registers/keys";
import { cellAddress } from "../address";
import { ExcelActionError } from "../errors";
import { planCells, queueChangesByKey, queueColumns, queueWriteAt, requireColumns } from "../rows";
import { runExcel } from "../run";
import { queueTableProbe, requirePlace, type QueuedProbe, type TablePlace } from "../tableProbe";

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

/** A PO line written, with the row read back in the same request to check it still held that line. */
interface WrittenLine {
  receipt: LineReceipt;
  line: ReadPoLine;
  sheetRow: number;
  check: Excel.Range;
}

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
    const lines = poLinesOf(poCols, wanted);
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

    const today = todaySerial(options.date ?? new Date());
    const written = queueLineWrites(po, place, lines, receipt.receipts, today);
    const moves = stockMoves(stockCols, receipt.receipts);
    const found = queueChangesByKey(inv.table, invDef, invPlace, moves.writes);
    await context.sync();

    const { notFound, notes } = moves;
    const stock: ReceiveResult["stock"] = [];
    found.forEach((f, i) => {
      if (f.found.isNullObject) notFound.push(f.key);
      else stock.push({ itemId: f.key, ...moves.writes[i].changes });
    });
    if (notFound.length)
      notes.push(`Not in Inventory, so its stock was not changed: ${notFound.join(", ")}.`);
    notes.push(...changedRowNotes(place, written, poNumber));
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

/**
 * Queues Received qty, Received on and Status of each line received at the row read in step 1 (a line
 * per item: the first of the PO's lines for it), and the read of that row in the same request.
 */
function queueLineWrites(
  po: QueuedProbe,
  place: TablePlace,
  lines: readonly ReadPoLine[],
  receipts: readonly LineReceipt[],
  today: number,
): WrittenLine[] {
  const bodyStart = place.headerRow + 1;
  const written: WrittenLine[] = [];
  const byItem = new Map<string, ReadPoLine>();
  for (const l of lines) if (!byItem.has(normKey(l.itemId))) byItem.set(normKey(l.itemId), l);
  for (const r of receipts) {
    const line = byItem.get(normKey(r.itemId))!;
    const sheetRow = bodyStart + line.index;
    const changes = { receivedQty: r.receivedQty, receivedOn: today, status: r.status };
    queueWriteAt(po.sheet, place, sheetRow, planCells(poDef, place, changes).cells);
    const check = po.sheet
      .getRangeByIndexes(sheetRow, place.firstColumn, 1, place.columnCount)
      .load("values");
    written.push({ receipt: r, line, sheetRow, check });
  }
  return written;
}

/** After the sync: a note for each written row that did not hold its PO number and line any more. */
function changedRowNotes(place: TablePlace, written: readonly WrittenLine[], poNumber: string): string[] {
  const wanted = normKey(poNumber);
  const layoutIndex = (k: string) => place.layout.findIndex((c) => c.key === k);
  const poIdx = layoutIndex("poNumber");
  const lineIdx = layoutIndex("line");
  const notes: string[] = [];
  for (const w of written) {
    const now = (w.check.values as unknown[][])[0];
    if (normKey(now[poIdx]) !== wanted || normKey(now[lineIdx]) !== normKey(w.line.line)) {
      notes.push(
        `${cellAddress(place.sheetName, w.sheetRow, place.firstColumn)}: the row changed while receiving; check ${poNumber} line ${String(w.line.line)}.`,
      );
    }
  }
  return notes;
}
