// The conversion plan for rows under the person's current choices, recomputed as they change them, so
// every effect (fields, values, dates, problems per column) shows before anything is written.
import { useMemo } from "react";
import { planConversion, type ConvertPlan, type ReadingChoices } from "../../../core/registers/convertPlan";
import type { RegisterDef } from "../../../core/registers/types";

export interface ReadingSource {
  /** The rows to read, title and header rows included, as Range.values gives them (or a file's rows). */
  rows: readonly (readonly unknown[])[];
  /** 1-based sheet row and 0-based sheet column of rows[0][0] (default 1 and 0). */
  firstRow?: number;
  firstColumn?: number;
}

/** The browser's locale: its date order settles dates no value decides. */
export const browserLocale = (): string | undefined =>
  typeof navigator === "undefined" ? undefined : navigator.language;

export function useReadingPlan(
  def: RegisterDef,
  source: ReadingSource,
  choices: ReadingChoices,
): ConvertPlan {
  const { rows, firstRow, firstColumn } = source;
  return useMemo(
    () => planConversion(def, rows, { firstRow, firstColumn, choices, locale: browserLocale() }),
    [def, rows, firstRow, firstColumn, choices],
  );
}
