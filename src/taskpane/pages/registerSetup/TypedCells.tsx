// After converting: each cell stored as its column's type, with what was typed in it, so nothing typed
// is lost from sight ("Supplies!M19: "14/11/2026" → 2026-11-14"). Folded away, and drawn only when
// opened, because a long sheet may have thousands.
import { useState } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ConvertResult } from "./setupApi";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalS} 0`, paddingLeft: tokens.spacingHorizontalL },
});

export function TypedCells({ readings }: { readings: ConvertResult["readings"] }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const n = readings.length;
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{`What was typed in the ${n} cell${n === 1 ? "" : "s"} stored differently`}</summary>
      {open && (
        <ul className={styles.list} aria-label="What was typed">
          {readings.map((x) => (
            <li key={x.address}>{`${x.address} (${x.header}): "${x.typed}" → ${x.stored}`}</li>
          ))}
        </ul>
      )}
    </details>
  );
}
