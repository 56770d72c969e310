import { parseAddressList } from "../email/headers";
import { fromCents, lineTotal, toCents } from "./money";
import type {
  OrderItemInput,
  OrderLine,
  OrderProblem,
  OrderSuggestions,
  SupplierInput,
  SupplierOrder,
} from "./types";

// Supplier names match whatever the case and spacing: "ACME  ltd" on an item is "Acme Ltd" in Suppliers.
const supplierKey = (name: string) => name.trim().replace(/\s+/g, " ").toLowerCase();
const text = (v: string | null | undefined) => (v === null || v === undefined ? "" : String(v).trim());

interface Group {
  supplier: string;
  lines: OrderLine[];
  cents: number;
  unpriced: number;
}

/**
 * What to order from whom: every item whose Reorder qty is above zero, grouped by supplier, with the
 * supplier's contact and email from the Suppliers register, and the problems that stop a draft.
 *
 * Nothing is ordered twice: Reorder qty already counts what is On order (position = On hand + On order,
 * as BACKOFFICE.REORDERQTY in src/core/math), so an item covered by an open order has Reorder qty 0 and is
 * not suggested.
 * One pass over the items with a Map, one sort of the suppliers: 100,000 items take a few milliseconds.
 */
export function suggestOrders(
  items: readonly OrderItemInput[],
  suppliers: readonly SupplierInput[],
): OrderSuggestions {
  const register = new Map<string, SupplierInput>();
  for (const s of suppliers) {
    const key = supplierKey(text(s.name));
    if (key && !register.has(key)) register.set(key, s);
  }

  const { groups, noSupplier, badQty } = groupBySupplier(items);

  const orders: SupplierOrder[] = [];
  const problems: OrderProblem[] = [];
  for (const [key, group] of groups) {
    const known = register.get(key);
    const itemIds = group.lines.map((l) => l.itemId);
    const supplier = known ? text(known.name) : group.supplier;
    const email = parseAddressList(known?.email ?? "");
    orders.push({
      supplier,
      contact: text(known?.contact),
      email: text(known?.email),
      to: email.addresses,
      lines: group.lines,
      total: fromCents(group.cents),
      unpricedLines: group.unpriced,
      inRegister: known !== undefined,
    });
    const problem = supplierProblem(known, supplier, itemIds, email);
    if (problem) problems.push(problem);
  }
  orders.sort((a, b) => a.supplier.localeCompare(b.supplier));
  problems.sort((a, b) => (a.supplier ?? "").localeCompare(b.supplier ?? ""));

  if (noSupplier.length) {
    problems.push({
      kind: "no-supplier",
      itemIds: noSupplier,
      message: `${noSupplier.length} item${noSupplier.length === 1 ? "" : "s"} to reorder ha${noSupplier.length === 1 ? "s" : "ve"} no supplier.`,
      fix: "Choose a Supplier for these items in Inventory.",
    });
  }
  if (badQty.length) {
    problems.push({
      kind: "invalid-qty",
      itemIds: badQty,
      message: `${badQty.length} item${badQty.length === 1 ? "" : "s"} ha${badQty.length === 1 ? "s" : "ve"} a Reorder qty that is not a number.`,
      fix: "Check On hand, Reorder point, Max stock and Pack size of these items.",
    });
  }
  return { orders, problems };
}

/**
 * The items to reorder grouped by supplier (by supplierKey), and the IDs of items with no supplier or with
 * a Reorder qty that is not a number.
 */
function groupBySupplier(items: readonly OrderItemInput[]): {
  groups: Map<string, Group>;
  noSupplier: string[];
  badQty: string[];
} {
  const groups = new Map<string, Group>();
  const bySpelling = new Map<string, Group>();
  const noSupplier: string[] = [];
  const badQty: string[] = [];
  for (const item of items) {
    const qty = item.reorderQty;
    if (typeof qty !== "number") {
      if (qty !== null && qty !== undefined && String(qty).trim() !== "") badQty.push(item.itemId);
      continue;
    }
    if (!Number.isFinite(qty)) {
      badQty.push(item.itemId);
      continue;
    }
    if (qty <= 0) continue;
    // Most items share a few supplier spellings: normalise each spelling once, not once per item.
    const raw = item.supplier ?? "";
    let group = bySpelling.get(raw);
    if (!group) {
      const name = text(raw);
      if (!name) {
        noSupplier.push(item.itemId);
        continue;
      }
      const key = supplierKey(name);
      group = groups.get(key);
      if (!group) {
        group = { supplier: name, lines: [], cents: 0, unpriced: 0 };
        groups.set(key, group);
      }
      bySpelling.set(raw, group);
    }
    const unitCost =
      typeof item.unitCost === "number" && Number.isFinite(item.unitCost) ? item.unitCost : null;
    const total = lineTotal(qty, unitCost);
    if (total === null) group.unpriced++;
    else group.cents += toCents(total);
    group.lines.push({
      itemId: item.itemId,
      item: text(item.item),
      supplierSku: text(item.supplierSku),
      unit: text(item.unit),
      qty,
      unitCost: total === null ? null : unitCost,
      lineTotal: total,
    });
  }
  return { groups, noSupplier, badQty };
}

/** What stops a draft to a supplier: not in Suppliers, or no valid email address; null when nothing does. */
function supplierProblem(
  known: SupplierInput | undefined,
  supplier: string,
  itemIds: string[],
  email: ReturnType<typeof parseAddressList>,
): OrderProblem | null {
  if (!known) {
    return {
      kind: "unknown-supplier",
      supplier,
      itemIds,
      message: `"${supplier}" is not in the Suppliers register.`,
      fix: `Add "${supplier}" to Suppliers with an email address, or correct the Supplier of these items.`,
    };
  } else if (email.addresses.length === 0 && email.invalid.length > 0) {
    return {
      kind: "invalid-email",
      supplier,
      itemIds,
      message: `The email address of ${supplier} is not valid: ${email.invalid.join(", ")}.`,
      fix: `Correct the Email of ${supplier} in Suppliers.`,
    };
  } else if (email.addresses.length === 0) {
    return {
      kind: "no-email",
      supplier,
      itemIds,
      message: `${supplier} has no email address.`,
      fix: `Add an Email for ${supplier} in Suppliers, or copy the draft and send it another way.`,
    };
  }
  return null;
}

/**
 * The order after the person edited quantities on the Orders page: new quantities by item ID; a line set to
 * zero or less is dropped. Totals are recomputed.
 */
export function withQuantities(
  order: SupplierOrder,
  qtyByItemId: ReadonlyMap<string, number>,
): SupplierOrder {
  let cents = 0;
  let unpriced = 0;
  const lines: OrderLine[] = [];
  for (const line of order.lines) {
    const qty = qtyByItemId.get(line.itemId) ?? line.qty;
    if (!Number.isFinite(qty) || qty <= 0) continue;
    const total = lineTotal(qty, line.unitCost);
    if (total === null) unpriced++;
    else cents += toCents(total);
    lines.push({ ...line, qty, lineTotal: total });
  }
  return { ...order, lines, total: fromCents(cents), unpricedLines: unpriced };
}
