// One item of a supplier's suggested order: what it is, the quantity to order (0 leaves it out) and what
// the line comes to at the item's price.
import { Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { formatMoney } from "../../../core/email/format";
import type { OrderLine } from "../../../core/orders/types";

const useStyles = makeStyles({
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
});

export interface QuantityLineProps {
  /** The line as suggested. */
  line: OrderLine;
  /** The quantity as typed (the suggestion until the person types). */
  text: string;
  /** The line as it stands in the order, or undefined when it is left out. */
  now: OrderLine | undefined;
  /** The typed quantity is not a number of 0 or more. */
  bad: boolean;
  onQty: (text: string) => void;
}

export function QuantityLine({ line, text, now, bad, onQty }: QuantityLineProps) {
  const styles = useStyles();
  return (
    <li className={styles.line}>
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
            onChange={(_, data) => onQty(data.value)}
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
}
