// One supplier's suggested order: quantities to edit, the total, the draft's four ways out, Mark as sent.
import { useMemo, useState } from "react";
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { Notice } from "../../components/Notice";
import { formatMoney, formatQty } from "../../../core/email/format";
import type { OrderProblem, SupplierOrder } from "../../../core/orders/types";
import type { WorkbookSettings } from "../../../core/settings/values";
import { DraftButtons } from "../../components/DraftButtons";
import { prepareOrder } from "./orderDraft";

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
  line: {
    display: "grid",
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  // The quantity box has a width of its own (an <input> is about 20 characters wide unless told),
  // so it is given one that leaves the unit price and line total room beside it even at 320 px.
  amount: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  qty: { width: "7em", minWidth: 0 },
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
  const total =
    formatMoney(order.total) +
    (order.unpricedLines
      ? ` (${order.unpricedLines} item${order.unpricedLines === 1 ? "" : "s"} without a price)`
      : "");

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
        {suggested.lines.map((line) => {
          const text = typed.get(line.itemId) ?? String(line.qty);
          const now = order.lines.find((l) => l.itemId === line.itemId);
          const bad = invalid.includes(line.itemId);
          return (
            <li key={line.itemId} className={styles.line}>
              <span>
                {line.item}
                {line.supplierSku ? ` · ${line.supplierSku}` : ""} · {line.itemId}
              </span>
              <Field
                label={`Quantity of ${line.item}${line.unit ? ` (${line.unit})` : ""}`}
                validationState={bad ? "error" : "none"}
                validationMessage={bad ? "Enter a number of 0 or more (0 leaves the item out)." : undefined}
              >
                <div className={styles.amount}>
                  <Input
                    className={styles.qty}
                    inputMode="decimal"
                    value={text}
                    onChange={(_, data) => setTyped((prev) => new Map(prev).set(line.itemId, data.value))}
                  />
                  <span>
                    {line.unitCost === null ? "no price" : `at ${formatMoney(line.unitCost)}`}
                    {" = "}
                    {now ? (now.lineTotal === null ? "—" : formatMoney(now.lineTotal)) : "left out"}
                  </span>
                </div>
              </Field>
            </li>
          );
        })}
      </ul>
      <p className={styles.total} aria-live="polite">
        Order total for {suggested.supplier}: {total}
        {empty
          ? " (no items: set a quantity above 0)"
          : ` · ${order.lines.length} item${order.lines.length === 1 ? "" : "s"}, ${formatQty(order.lines.reduce((n, l) => n + l.qty, 0))} units`}
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
