// One supplier's suggested order: quantities to edit, the total, the draft's four ways out, Mark as sent.
import { useMemo, useState } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { Notice } from "../../components/Notice";
import { formatMoney, formatQty } from "../../../core/email/format";
import type { OrderProblem, SupplierOrder } from "../../../core/orders/types";
import type { WorkbookSettings } from "../../../core/settings/values";
import { DraftButtons } from "../../components/DraftButtons";
import { prepareOrder } from "./orderDraft";
import { QuantityLine } from "./QuantityLine";

const useStyles = makeStyles({
  card: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    display: "grid",
    gap: tokens.spacingVerticalS,
    // Grid items default to min-width: auto, so one long email address would widen the whole pane.
    minWidth: 0,
    overflowWrap: "anywhere",
    "& > *": { minWidth: 0 },
  },
  name: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  meta: { margin: 0, color: tokens.colorNeutralForeground2 },
  lines: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalS },
  total: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface SupplierOrderCardProps {
  suggested: SupplierOrder;
  settings: WorkbookSettings;
  /** The PO number the draft carries (the next free one). */
  poNumber: string;
  dateWanted: Date | null;
  problems: readonly OrderProblem[];
  busy: boolean;
  onMarkSent: (order: SupplierOrder, poNumber: string) => void;
}

/** The order's total (and the items without a price), with how many items and units it holds. */
function totalText(order: SupplierOrder): string {
  const unpriced = order.unpricedLines
    ? ` (${order.unpricedLines} item${order.unpricedLines === 1 ? "" : "s"} without a price)`
    : "";
  const count =
    order.lines.length === 0
      ? " (no items: set a quantity above 0)"
      : ` · ${order.lines.length} item${order.lines.length === 1 ? "" : "s"}, ${formatQty(order.lines.reduce((n, l) => n + l.qty, 0))} units`;
  return formatMoney(order.total) + unpriced + count;
}

export function SupplierOrderCard({
  suggested,
  settings,
  poNumber,
  dateWanted,
  problems,
  busy,
  onMarkSent,
}: SupplierOrderCardProps) {
  const styles = useStyles();
  const [typed, setTyped] = useState<Map<string, string>>(() => new Map());
  const prepared = useMemo(
    () => prepareOrder(suggested, typed, settings, poNumber, dateWanted),
    [suggested, typed, settings, poNumber, dateWanted],
  );
  const { order, invalid, composed, offers } = prepared;
  const headingId = `supplier-${suggested.supplier.replace(/[^A-Za-z0-9]+/g, "-")}`;
  const empty = order.lines.length === 0;
  const blocked = empty || invalid.length > 0;

  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.name}>
        {suggested.supplier}
      </h3>
      <p className={styles.meta}>
        {[suggested.contact, suggested.email || "no email address"].filter(Boolean).join(" · ")} · draft{" "}
        {poNumber}
      </p>
      {problems.map((p) => (
        <Notice key={p.kind} intent="warning">
          {p.message} {p.fix}
        </Notice>
      ))}
      <ul className={styles.lines} aria-label={`Items to order from ${suggested.supplier}`}>
        {suggested.lines.map((line) => (
          <QuantityLine
            key={line.itemId}
            line={line}
            text={typed.get(line.itemId) ?? String(line.qty)}
            now={order.lines.find((l) => l.itemId === line.itemId)}
            bad={invalid.includes(line.itemId)}
            onQty={(text) => setTyped((prev) => new Map(prev).set(line.itemId, text))}
          />
        ))}
      </ul>
      <p className={styles.total} aria-live="polite">
        Order total for {suggested.supplier}: {totalText(order)}
      </p>
      {composed.problems
        .filter((p) => p.kind === "unknown-placeholder")
        .map((p) => (
          <Notice key={p.message} intent="warning">
            {p.message} Correct the template in Settings.
          </Notice>
        ))}
      <DraftButtons name={suggested.supplier} draft={composed.draft} offers={offers} disabled={blocked} />
      <div className={styles.actions}>
        <Button appearance="primary" disabled={blocked || busy} onClick={() => onMarkSent(order, poNumber)}>
          Mark as sent
        </Button>
      </div>
    </section>
  );
}
