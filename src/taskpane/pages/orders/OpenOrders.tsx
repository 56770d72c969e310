// Purchase orders waiting for goods, each with "Receive all" and "Receive part".
import { useState } from "react";
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { formatDay, formatQty } from "../../../core/email/format";
import type { OpenPo } from "./ordersApi";
import { parseQty } from "./orderDraft";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalM },
  po: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    display: "grid",
    gap: tokens.spacingVerticalS,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  lines: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: "grid",
    gap: tokens.spacingVerticalXS,
  },
  qty: { maxWidth: "10em" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface OpenOrdersProps {
  orders: readonly OpenPo[];
  busy: boolean;
  /** Quantities by Item ID, or undefined for everything still to come. */
  onReceive: (poNumber: string, quantities?: Map<string, number>) => void;
}

export function OpenOrders({ orders, busy, onReceive }: OpenOrdersProps) {
  const styles = useStyles();
  if (orders.length === 0) return <p>No purchase orders are waiting for goods.</p>;
  return (
    <ul className={styles.list} aria-label="Open purchase orders">
      {orders.map((po) => (
        // Keyed by what is still to come, so the form closes after a receipt.
        <OpenPoItem
          key={`${po.poNumber}:${po.lines.map((l) => l.remaining).join(",")}`}
          po={po}
          busy={busy}
          onReceive={onReceive}
        />
      ))}
    </ul>
  );
}

/** One line still to come, with its Received now field while receiving part. */
function PoLine({
  line: l,
  part,
  bad,
  typed,
  onType,
}: {
  line: OpenPo["lines"][number];
  part: boolean;
  bad: boolean;
  typed: string;
  onType: (text: string) => void;
}) {
  const styles = useStyles();
  return (
    <li>
      {l.item} ({l.itemId}): {formatQty(l.remaining)} to come
      {l.receivedQty > 0 && ` of ${formatQty(l.qty)}`}
      {part && (
        <Field
          className={styles.qty}
          label={`Received now: ${l.item}`}
          validationState={bad ? "error" : "none"}
          validationMessage={bad ? "Enter a number of 0 or more." : undefined}
        >
          <Input inputMode="decimal" value={typed} placeholder="0" onChange={(_, d) => onType(d.value)} />
        </Field>
      )}
    </li>
  );
}

function OpenPoItem({
  po,
  busy,
  onReceive,
}: {
  po: OpenPo;
  busy: boolean;
  onReceive: OpenOrdersProps["onReceive"];
}) {
  const styles = useStyles();
  const [part, setPart] = useState(false);
  const [typed, setTyped] = useState<Map<string, string>>(() => new Map());
  const open = po.lines.filter((l) => l.remaining > 0);
  const parsed = open.map((l) => ({ line: l, qty: parseQty(typed.get(l.itemId) ?? "0") }));
  const invalid = parsed.some((p) => p.qty === null);
  const nothing = parsed.every((p) => !p.qty);
  const headingId = `po-${po.poNumber}`;

  return (
    <li className={styles.po} aria-labelledby={headingId}>
      <h4 id={headingId} className={styles.title}>
        {po.poNumber} · {po.supplier}
      </h4>
      <span>
        {po.date !== null && `Sent ${formatDay(po.date)}`}
        {po.expectedBy !== null && ` · expected ${formatDay(po.expectedBy)}`}
      </span>
      <ul className={styles.lines}>
        {open.map((l) => (
          <PoLine
            key={`${l.line}-${l.itemId}`}
            line={l}
            part={part}
            bad={parsed.find((p) => p.line === l)?.qty === null}
            typed={typed.get(l.itemId) ?? ""}
            onType={(text) => setTyped((prev) => new Map(prev).set(l.itemId, text))}
          />
        ))}
      </ul>
      <div className={styles.actions}>
        {!part ? (
          <>
            <Button appearance="primary" disabled={busy} onClick={() => onReceive(po.poNumber)}>
              Receive all
            </Button>
            <Button disabled={busy} onClick={() => setPart(true)}>
              Receive part
            </Button>
          </>
        ) : (
          <>
            <Button
              appearance="primary"
              disabled={busy || invalid || nothing}
              onClick={() =>
                onReceive(
                  po.poNumber,
                  new Map(parsed.filter((p) => p.qty).map((p) => [p.line.itemId, p.qty!])),
                )
              }
            >
              Record receipt
            </Button>
            <Button disabled={busy} onClick={() => setPart(false)}>
              Cancel
            </Button>
          </>
        )}
      </div>
    </li>
  );
}
