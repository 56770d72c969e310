// Runs `onChange` when anyone changes the workbook's settings, for as long as the component is mounted.
import { useEffect, useRef } from "react";
import { onSettingsChanged } from "../../../excel/events";

export function useSettingsChanged(onChange: () => void): void {
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  }, [onChange]);
  useEffect(() => {
    let live = true;
    let stop: (() => Promise<void>) | undefined;
    onSettingsChanged(() => {
      if (live) latest.current();
    }).then(
      (s) => {
        if (live) stop = s;
        else void s().catch(() => undefined);
      },
      // Watching is a convenience: the pages still have Refresh / Reload.
      () => undefined,
    );
    return () => {
      live = false;
      void stop?.().catch(() => undefined);
    };
  }, []);
}
