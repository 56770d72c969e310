// One supplier's order as the page shows it: the person's quantities applied, and its draft.
import { draftOffers, type DraftOffers } from "../../../core/email/offers";
import type { ComposeResult } from "../../../core/email/compose";
import { supplierOrderDraft } from "../../../core/orders/orderDraft";
import { withQuantities } from "../../../core/orders/suggest";
import type { SupplierOrder } from "../../../core/orders/types";
import { templateFor, type WorkbookSettings } from "../../../core/settings/values";

/** A quantity as typed: a number of 0 or more (0 leaves the line out), or null when it is not one. */
export function parseQty(text: string): number | null {
  const t = text.trim().replace(",", ".");
  if (t === "") return null;
  const n = Number(t);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

export interface PreparedOrder {
  order: SupplierOrder;
  /** Item IDs whose typed quantity is not a number of 0 or more. */
  invalid: string[];
  composed: ComposeResult;
  offers: DraftOffers;
}

export function prepareOrder(
  suggested: SupplierOrder,
  typed: ReadonlyMap<string, string>,
  settings: WorkbookSettings,
  poNumber: string,
  dateWanted: Date | null,
): PreparedOrder {
  const quantities = new Map<string, number>();
  const invalid: string[] = [];
  for (const [itemId, text] of typed) {
    const qty = parseQty(text);
    if (qty === null) invalid.push(itemId);
    else quantities.set(itemId, qty);
  }
  const order = withQuantities(suggested, quantities);
  const composed = supplierOrderDraft({
    order,
    poNumber,
    company: settings.companyName,
    signature: settings.signature,
    dateWanted,
    template: templateFor(settings, "supplierOrder"),
  });
  return { order, invalid, composed, offers: draftOffers(composed.draft) };
}
