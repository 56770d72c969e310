// Keeps a page current on a shared workbook: when a co-author edits one of the page's registers, or
// anyone changes the workbook settings, the page re-reads. The pane's own writes don't trigger it
// (remoteOnly), so a save never makes the page reload under the person's hands.
import { useMemo } from "react";
import { useWatch, watchRegisters, type Watch } from "./useWatch";

export function useRemoteChanges(
  tableNames: readonly string[],
  enabled: boolean,
  onChange: () => void,
): void {
  const key = tableNames.join("|");
  const watch = useMemo<Watch | null>(
    () => (enabled ? (fire) => watchRegisters(key.split("|"), fire) : null),
    [key, enabled],
  );
  useWatch(watch, onChange);
}
