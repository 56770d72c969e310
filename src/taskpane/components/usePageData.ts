// What every page does with the data it shows: read it when shown, re-read on "Try again", after the
// pane's own writes and when the workbook changes elsewhere (a co-author's edit, someone's settings),
// with a spinner or the error meanwhile; and run its actions one at a time, keeping their error to show.
import { useCallback, useEffect, useRef, useState } from "react";
import { useWatch, watchRegisters, type Watch } from "./useWatch";

export type PageLoad<D> =
  { status: "loading" } | { status: "ready"; data: D } | { status: "error"; error: unknown };

export interface PageData<D> {
  /** Loading only before the first read: a re-read keeps what is shown until the new data arrives. */
  load: PageLoad<D>;
  /** The data once read (null while loading or after a failed read). */
  data: D | null;
  /** Re-reads. Forms keep their focus and text: nothing is unmounted while reading. */
  refresh(): void;
  /** Re-reads and resolves once the new data (or the error) is shown. */
  reload(): Promise<void>;
  /** An action is running. */
  busy: boolean;
  /** The last action's error (null once another starts). */
  error: unknown;
  /** Runs an action: its result, or undefined when it failed (the error is in `error`). */
  run<T>(action: () => Promise<T>): Promise<T | undefined>;
}

export interface PageDataOptions<D> {
  /** Subscribes to changes made elsewhere that should re-read the page (see watchTables). */
  watch?: Watch | null;
  /** Watch only while this holds for the data read (a register that is not there yet has nothing to watch). */
  watchWhile?: (data: D) => boolean;
}

/** A watch for a co-author's edits to these tables, or anyone's settings change (useWatch.ts). */
export function watchTables(tableNames: readonly string[]): Watch {
  return (onChange) => watchRegisters(tableNames, onChange);
}

/** `read` should be stable (a module function, or memoised): a new one reads again. */
export function usePageData<D>(read: () => Promise<D>, options: PageDataOptions<D> = {}): PageData<D> {
  const [load, setLoad] = useState<PageLoad<D>>({ status: "loading" });
  const [round, setRound] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const settled = useRef<(() => void)[]>([]);

  useEffect(() => {
    let live = true;
    const done = () => {
      for (const resolve of settled.current.splice(0)) resolve();
    };
    read().then(
      (data) => {
        if (live) setLoad({ status: "ready", data });
        done();
      },
      (err: unknown) => {
        if (live) setLoad({ status: "error", error: err });
        done();
      },
    );
    return () => {
      live = false;
    };
  }, [read, round]);

  const refresh = useCallback(() => setRound((n) => n + 1), []);
  const reload = useCallback(
    () =>
      new Promise<void>((resolve) => {
        settled.current.push(resolve);
        setRound((n) => n + 1);
      }),
    [],
  );
  const run = useCallback(async <T>(action: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    try {
      return await action();
    } catch (err) {
      setError(err);
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);

  const data = load.status === "ready" ? load.data : null;
  const watching = data !== null && (options.watchWhile?.(data) ?? true);
  useWatch(watching ? (options.watch ?? null) : null, refresh);
  return { load, data, refresh, reload, busy, error, run };
}
