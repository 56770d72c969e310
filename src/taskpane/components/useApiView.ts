// A register page's view read through its api object (tests pass their own): the data once read, whether
// an action is running, the last error, `run` for actions (one at a time, errors kept for the page to
// show), and `reload`, also called when `api.watch` reports an edit made elsewhere.
import { useCallback, useEffect, useState } from "react";
import { useWatch, type Watch } from "./useWatch";

export interface ApiView<D> {
  data: D | null;
  busy: boolean;
  error: unknown;
  /** Runs an action; its result, or undefined when it failed (the error is in `error`). */
  run<T>(action: () => Promise<T>): Promise<T | undefined>;
  reload(): Promise<void>;
}

export function useApiView<D>(api: { load(): Promise<D>; watch: Watch }): ApiView<D> {
  const [data, setData] = useState<D | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

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

  const reload = useCallback(async () => {
    const next = await run(() => api.load());
    if (next) setData(next);
  }, [api, run]);

  useEffect(() => {
    void reload();
  }, [reload]);
  useWatch(api.watch, () => void reload());

  return { data, busy, error, run, reload };
}
