// What every register page does with its view: read it, re-read on "Try again", after the pane's own
// writes and when a co-author edits the page's registers, and show a spinner or the error meanwhile.
import { useCallback, useEffect, useState, type ReactElement } from "react";
import { Button, Spinner } from "@fluentui/react-components";
import { ActionError } from "./ActionError";
import { useRemoteChanges } from "./useRemoteChanges";

export type RegisterLoad<V> =
  { status: "loading" } | { status: "ready"; view: V } | { status: "error"; error: unknown };

export interface RegisterView<V> {
  load: RegisterLoad<V>;
  /** Re-reads; what is shown stays until the new view arrives, so forms keep their focus and text. */
  refresh: () => void;
}

/**
 * `read` must be stable (a module function). `watch` names the tables whose remote edits re-read the
 * view, once `watching(view)` says the register exists.
 */
export function useRegisterView<V>(
  read: () => Promise<V>,
  watch: readonly string[],
  watching: (view: V) => boolean,
): RegisterView<V> {
  const [load, setLoad] = useState<RegisterLoad<V>>({ status: "loading" });
  const [round, setRound] = useState(0);

  useEffect(() => {
    let live = true;
    read().then(
      (view) => live && setLoad({ status: "ready", view }),
      (error) => live && setLoad({ status: "error", error }),
    );
    return () => {
      live = false;
    };
  }, [read, round]);
  const refresh = useCallback(() => setRound((n) => n + 1), []);
  useRemoteChanges(watch, load.status === "ready" && watching(load.view), refresh);
  return { load, refresh };
}

/** The spinner while reading, the error with "Try again" when reading failed; null once ready. */
export function RegisterLoadStatus<V>({
  load,
  reading,
  onRetry,
}: {
  load: RegisterLoad<V>;
  /** "Reading the Call log…" */
  reading: string;
  onRetry: () => void;
}): ReactElement | null {
  if (load.status === "loading") return <Spinner size="small" label={reading} />;
  if (load.status === "error") {
    return (
      <>
        <ActionError error={load.error} />
        <div>
          <Button onClick={onRetry}>Try again</Button>
        </div>
      </>
    );
  }
  return null;
}
