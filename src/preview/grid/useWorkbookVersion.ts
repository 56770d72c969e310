// Re-render when any client's sync (or seeding) changes the simulated workbook.
import { useEffect, useState } from "react";

export interface Subscribable {
  subscribe(listener: () => void): () => unknown;
}

/** A counter that goes up on every workbook change; use it as a dependency to re-read cells. */
export function useWorkbookVersion(workbook: Subscribable): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const unsubscribe = workbook.subscribe(() => setVersion((v) => v + 1));
    return () => {
      unsubscribe();
    };
  }, [workbook]);
  return version;
}
