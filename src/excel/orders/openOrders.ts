// Purchase orders still waiting for goods, from the PurchaseOrders register's rows (one row per line).
import type { CellValue } from "../../core/cells/types";
import {
  poStatus,
  readPoStatus,
  remainingQty,
  type PoLineState,
  type PoStatus,
} from "../../core/orders/receiving";
import { normKey } from "../../core/registers/keys";

export interface OpenPoLine {
  line: number;
  itemId: string;
  item: string;
  qty: number;
  receivedQty: number;
  /** Still to come. */
  remaining: number;
  status: PoStatus;
}

export interface OpenPo {
  poNumber: string;
  supplier: string;
  /** Excel date serials, or null when blank. */
  date: number | null;
  expectedBy: number | null;
  status: PoStatus;
  lines: OpenPoLine[];
}

type Row = { values: Record<string, CellValue> };

const str = (v: CellValue | undefined) => (v === null || v === undefined ? "" : String(v).trim());
const num = (v: CellValue | undefined) => (typeof v === "number" && Number.isFinite(v) ? v : 0);
const serial = (v: CellValue | undefined) => (typeof v === "number" && Number.isFinite(v) ? v : null);

/** POs with something still to receive, oldest PO number first; lines in line order. */
export function openPurchaseOrders(rows: readonly Row[]): OpenPo[] {
  const byPo = new Map<string, { po: OpenPo; states: PoLineState[] }>();
  for (const { values: v } of rows) {
    const poNumber = str(v.poNumber);
    if (!poNumber) continue;
    let entry = byPo.get(normKey(poNumber));
    if (!entry) {
      entry = {
        po: {
          poNumber,
          supplier: str(v.supplier),
          date: serial(v.date),
          expectedBy: serial(v.expectedBy),
          status: "Sent",
          lines: [],
        },
        states: [],
      };
      byPo.set(normKey(poNumber), entry);
    }
    const state: PoLineState = {
      itemId: str(v.itemId),
      qty: num(v.qty),
      receivedQty: num(v.receivedQty),
      status: readPoStatus(v.status),
    };
    entry.states.push(state);
    entry.po.lines.push({
      line: num(v.line),
      itemId: state.itemId,
      item: str(v.item),
      qty: state.qty,
      receivedQty: num(v.receivedQty),
      remaining: state.status === "Cancelled" || state.status === "Draft" ? 0 : remainingQty(state),
      status: state.status!,
    });
  }
  const out: OpenPo[] = [];
  for (const { po, states } of byPo.values()) {
    po.status = poStatus(states);
    po.lines.sort((a, b) => a.line - b.line);
    if (po.status === "Sent" && po.lines.some((l) => l.remaining > 0)) out.push(po);
  }
  return out.sort((a, b) => a.poNumber.localeCompare(b.poNumber, "en", { numeric: true }));
}
