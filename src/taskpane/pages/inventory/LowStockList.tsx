// What is low, grouped by supplier: each item's stock, the quantity to order (whole packs) and its status.
import { makeStyles, tokens } from "@fluentui/react-components";
import type { CellValue } from "../../../core/cells/types";
import { lowStockBySupplier, type InventoryItem } from "./inventoryView";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  supplier: {
    fontSize: tokens.fontSizeBase300,
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS} 0`,
  },
});

const show = (v: CellValue) => (v === null || v === "" ? "blank" : String(v));

export function LowStockList({ items }: { items: readonly InventoryItem[] }) {
  const styles = useStyles();
  const groups = lowStockBySupplier(items);
  if (groups.length === 0) return <p>Nothing is low: every item is above its reorder point.</p>;
  return (
    <>
      {groups.map((g) => {
        const name = g.supplier === "" ? "No supplier given" : g.supplier;
        return (
          <section key={name} aria-label={`Low from ${name}`}>
            <h4 className={styles.supplier}>
              {name} ({g.items.length})
            </h4>
            <ul className={styles.list} aria-label={`To order from ${name}`}>
              {g.items.map((it) => (
                <li key={it.itemId}>
                  {`${it.item || it.itemId}: order ${it.reorderQty}${it.unit ? ` ${it.unit}` : ""}; on hand ${show(it.onHand)}, on order ${show(it.onOrder) === "blank" ? 0 : show(it.onOrder)}, reorder point ${show(it.reorderPoint)} (${it.stockStatus})`}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
