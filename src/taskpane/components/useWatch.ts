// Re-reads a page when its registers change elsewhere. `watch` subscribes (for example to a co-author's
// edits) and resolves to its unsubscribe; a watch that fails (an Excel without events) leaves the page
// working, with its Refresh button. A subscription that lands after the page has gone ends at once.
import { useEffect, useRef } from "react";
import { onRegisterChanged, onSettingsChanged, type Unsubscribe } from "../../excel/events";

export type Watch = (onChange: () => void) => Promise<Unsubscribe>;

/** Subscribes with `watch` while the page is shown (none while `watch` is null). */
export function useWatch(watch: Watch | null, onChange: () => void): void {
  const latest = useRef(onChange);
  latest.current = onChange;
  useEffect(() => {
    if (!watch) return;
    let stop: Unsubscribe | null = null;
    let live = true;
    watch(() => {
      if (live) latest.current();
    }).then(
      (s) => {
        if (live) stop = s;
        else void s().catch(() => undefined);
      },
      () => undefined,
    );
    return () => {
      live = false;
      if (stop) void stop().catch(() => undefined);
    };
  }, [watch]);
}

/**
 * Calls `onChange` when a co-author changes one of these tables, or anyone changes the settings. A table
 * that isn't in the workbook (yet) has nothing to watch: the others are still watched.
 */
export async function watchRegisters(
  tableNames: readonly string[],
  onChange: () => void,
): Promise<Unsubscribe> {
  const settled = await Promise.allSettled([
    ...tableNames.map((name) => onRegisterChanged(name, onChange, { remoteOnly: true })),
    onSettingsChanged(onChange),
  ]);
  const stops = settled.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
  if (stops.length === 0) throw (settled[0] as PromiseRejectedResult).reason;
  return async () => {
    await Promise.all(stops.map((stop) => stop()));
  };
}
