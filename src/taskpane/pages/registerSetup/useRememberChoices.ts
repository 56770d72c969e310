// Keeps the person's column choices for a sheet in the workbook once they pause, so reopening the review
// starts from them; the proposal the review opened with is not written.
import { useEffect, useRef } from "react";
import type { ReadingChoices } from "../../../core/registers/convertPlan";

/** How long after the last change the choices are written to the workbook (one write per pause). */
const REMEMBER_AFTER_MS = 800;

export type RememberChoices = (reading: { headers: string[]; choices: ReadingChoices }) => void;

export function useRememberChoices(
  choices: ReadingChoices,
  headers: string[],
  headerRow: number,
  onRemember: RememberChoices | undefined,
) {
  const first = useRef(choices);
  useEffect(() => {
    if (!onRemember || choices === first.current) return;
    const timer = setTimeout(
      () => onRemember({ headers, choices: { ...choices, headerRow } }),
      REMEMBER_AFTER_MS,
    );
    return () => clearTimeout(timer);
  }, [choices, onRemember, headers, headerRow]);
}
