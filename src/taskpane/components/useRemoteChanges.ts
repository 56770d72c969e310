// Keeps a page current on a shared workbook: when a co-author edits one of the page's registers, or
// anyone changes the workbook settings, the page re-reads. The pane's own writes don't trigger it
// (remoteOnly), so a save never makes the page reload under the person's hands.
import { useEffect, useRef } from "react";
import { onRegisterChanged, onSettingsChanged, type Unsubscribe } from "../../excel/events";

export function useRemoteChanges(
  tableNames: readonly string[],
  enabled: boolean,
  onChange: () => void,
): void {
  const latest = useRef(onChange);
  latest.current = onChange;
  const key = tableNames.join("|");

  useEffect(() => {
    if (!enabled) return;
    let stopped = false;
    const stops: Unsubscribe[] = [];
    const fire = () => {
      if (!stopped) latest.current();
    };
    const keep = (stop: Unsubscribe) => {
      // A subscription that lands after the page has gone is ended at once.
      if (stopped) void stop().catch(() => undefined);
      else stops.push(stop);
    };
    // A register that isn't in the workbook (yet) has nothing to watch; the page offers to create it.
    for (const name of key.split("|")) {
      onRegisterChanged(name, fire, { remoteOnly: true }).then(keep, () => undefined);
    }
    onSettingsChanged(fire).then(keep, () => undefined);
    return () => {
      stopped = true;
      for (const stop of stops.splice(0)) void stop().catch(() => undefined);
    };
  }, [key, enabled]);
}
