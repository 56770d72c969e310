// "Suggest reorder points": current vs suggested for every item with usage and lead time; only the rows
// the person ticks are written, on "Apply".
import { useId, useState } from "react";
import { Button, Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import { Notice } from "../../components/Notice";
import type { CellValue } from "../../../core/cells/types";
import type { CountResult, ReorderPointChange } from "./inventoryApi";
import { suggestReorderPoints, type InventoryItem, type ReorderSuggestion } from "./inventoryView";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: `${tokens.spacingVerticalS} 0`, padding: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

const show = (v: CellValue) => (v === null || v === "" ? "blank" : String(v));

export interface ReorderPointSuggestionsProps {
  items: readonly InventoryItem[];
  serviceLevel: number;
  onApply: (changes: ReorderPointChange[]) => Promise<CountResult | undefined>;
  busy: boolean;
}

/** The ticked items with one ticked or unticked. */
function withTick(ticked: Set<string>, itemId: string, checked: boolean): Set<string> {
  const next = new Set(ticked);
  if (checked) next.add(itemId);
  else next.delete(itemId);
  return next;
}

function appliedSentence(result: CountResult): string {
  return (
    `Applied to ${result.updated.length} item${result.updated.length === 1 ? "" : "s"}: ${result.updated.map((u) => u.key).join(", ")}.` +
    (result.notFound.length ? ` Not in the register any more: ${result.notFound.join(", ")}.` : "")
  );
}

export function ReorderPointSuggestions({
  items,
  serviceLevel,
  onApply,
  busy,
}: ReorderPointSuggestionsProps) {
  const styles = useStyles();
  const headingId = useId();
  const [suggestions, setSuggestions] = useState<ReorderSuggestion[] | null>(null);
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [message, setMessage] = useState<string | null>(null);

  const suggest = () => {
    setSuggestions(suggestReorderPoints(items, serviceLevel));
    setTicked(new Set());
    setMessage(null);
  };
  const usable = (suggestions ?? []).filter((s) => s.reorderPoint !== null);
  const lacking = (suggestions ?? []).filter((s) => s.reorderPoint === null);

  const apply = async () => {
    const changes = usable
      .filter((s) => ticked.has(s.itemId))
      .map((s) => ({ itemId: s.itemId, reorderPoint: s.reorderPoint!, safetyStock: s.safetyStock! }));
    const result = await onApply(changes);
    if (!result) return;
    setMessage(appliedSentence(result));
    setSuggestions(null);
    setTicked(new Set());
  };

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>Reorder points</h3>
      <p>
        Suggested from Avg daily usage and Lead time (days) at the workbook&apos;s service level of{" "}
        {Math.round(serviceLevel * 1000) / 10}%: safety stock = z × √(lead time × daily usage) (usage taken to
        vary like random counts; lead time as fixed), reorder point = usage × lead time + safety stock, both
        rounded up to whole units.
      </p>
      <div className={styles.actions}>
        <Button onClick={suggest} disabled={busy}>
          Suggest reorder points
        </Button>
      </div>
      {message && <Notice intent="success">{message}</Notice>}
      {suggestions && (
        <>
          <ul className={styles.list} aria-label="Suggested reorder points">
            {usable.map((s) => (
              <li key={s.itemId}>
                <Checkbox
                  checked={ticked.has(s.itemId)}
                  onChange={(_e, d) => setTicked((t) => withTick(t, s.itemId, Boolean(d.checked)))}
                  label={`${s.item || s.itemId} (${s.itemId}): reorder point ${show(s.currentReorderPoint)} → ${s.reorderPoint}, safety stock ${show(s.currentSafetyStock)} → ${s.safetyStock}`}
                />
              </li>
            ))}
          </ul>
          {usable.length === 0 && <p>No item has both Avg daily usage and Lead time (days) filled in.</p>}
          {lacking.length > 0 && (
            <p className={styles.muted}>
              No suggestion for {lacking.length} item{lacking.length === 1 ? "" : "s"}:{" "}
              {lacking.map((s) => `${s.item || s.itemId} (${s.reason})`).join("; ")}.
            </p>
          )}
          <div className={styles.actions}>
            <Button appearance="primary" onClick={apply} disabled={busy || ticked.size === 0}>
              Apply to {ticked.size} ticked item{ticked.size === 1 ? "" : "s"}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
