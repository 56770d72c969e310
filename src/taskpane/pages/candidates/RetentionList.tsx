// Candidates past Retain until: the exact list is shown, and only after the person ticks that they have
// checked it are those rows removed. Rows changed since (or gone) are kept and named.
import { useState } from "react";
import { Button, Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import { dayText } from "./format";
import { Outcome, type OutcomeNote } from "../../components/Outcome";
import type { RemoveResult, RetainedCandidate } from "./candidatesApi";

const useStyles = makeStyles({ box: { display: "grid", gap: tokens.spacingVerticalS } });

export interface RetentionListProps {
  list: () => Promise<RetainedCandidate[]>;
  remove: (rows: RetainedCandidate[]) => Promise<RemoveResult>;
}

export function RetentionList({ list, remove }: RetentionListProps) {
  const styles = useStyles();
  const [rows, setRows] = useState<RetainedCandidate[] | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [note, setNote] = useState<OutcomeNote | null>(null);
  const [busy, setBusy] = useState(false);

  const check = async () => {
    setBusy(true);
    setNote(null);
    setConfirmed(false);
    try {
      setRows(await list());
    } catch (err) {
      setNote({ intent: "error", text: err instanceof Error ? err.message : String(err) });
    }
    setBusy(false);
  };

  const removeShown = async () => {
    if (!rows) return;
    setBusy(true);
    try {
      const r = await remove(rows);
      const parts = [
        r.removed.length ? `Removed ${r.removed.length}: ${r.removed.join(", ")}.` : "Nothing was removed.",
        r.changed.length ? `Kept ${r.changed.join(", ")}: changed since the list was shown.` : "",
        r.missing.length ? `Not found (already removed?): ${r.missing.join(", ")}.` : "",
      ];
      setNote({
        intent: r.changed.length || r.missing.length ? "warning" : "success",
        text: parts.filter(Boolean).join(" "),
      });
      setRows(null);
      setConfirmed(false);
    } catch (err) {
      setNote({ intent: "error", text: err instanceof Error ? err.message : String(err) });
    }
    setBusy(false);
  };

  return (
    <div className={styles.box}>
      <div>
        <Button onClick={() => void check()} disabled={busy}>
          List candidates past Retain until
        </Button>
      </div>
      {rows && rows.length === 0 && <p>No candidate is past Retain until.</p>}
      {rows && rows.length > 0 && (
        <>
          <ul aria-label="Past Retain until">
            {rows.map((r) => (
              <li key={r.key}>
                {r.key}: {r.name}
                {r.position ? `, ${r.position}` : ""} (retain until {dayText(r.retainUntil)})
              </li>
            ))}
          </ul>
          <Checkbox
            checked={confirmed}
            onChange={(_, d) => setConfirmed(d.checked === true)}
            label={`I have checked these ${rows.length} candidates; remove them and nothing else`}
          />
          <div>
            <Button appearance="primary" disabled={!confirmed || busy} onClick={() => void removeShown()}>
              Remove {rows.length} candidate{rows.length === 1 ? "" : "s"}
            </Button>
          </div>
        </>
      )}
      <Outcome note={note} />
    </div>
  );
}
