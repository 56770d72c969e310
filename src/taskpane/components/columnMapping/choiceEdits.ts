// The person's edits to a reading, as new ReadingChoices (the plan is recomputed from them by core).
import type { DayMonthOrder } from "../../../core/cells/dateOrder";
import type { ConvertPlan, ReadingChoices } from "../../../core/registers/convertPlan";

/** Another header row: column choices belonged to the old headers, so they go; value and date choices stay. */
export function withHeaderRow(choices: ReadingChoices, row: number): ReadingChoices {
  return { ...choices, headerRow: row, columns: undefined };
}

/**
 * Column `index` feeds `key` (null: kept as an extra column). One column per field: another column the
 * person had put on the same field is kept as an extra instead; columns the proposal put there give it
 * up by themselves when the plan is recomputed.
 */
export function withColumn(
  choices: ReadingChoices,
  plan: Pick<ConvertPlan, "headerRow">,
  index: number,
  key: string | null,
): ReadingChoices {
  const columns: Record<number, string | null> = { ...choices.columns };
  if (key !== null)
    for (const [i, k] of Object.entries(columns))
      if (k === key && Number(i) !== index) columns[Number(i)] = null;
  columns[index] = key;
  return { ...choices, headerRow: choices.headerRow ?? plan.headerRow, columns };
}

/** A value of a choice column becomes `to` (null: kept as it is). */
export function withValue(
  choices: ReadingChoices,
  field: string,
  valueKey: string,
  to: string | null,
): ReadingChoices {
  return {
    ...choices,
    values: { ...choices.values, [field]: { ...choices.values?.[field], [valueKey]: to } },
  };
}

export function withDateOrder(choices: ReadingChoices, field: string, order: DayMonthOrder): ReadingChoices {
  return { ...choices, dateOrders: { ...choices.dateOrders, [field]: order } };
}

/** Every row gets `value` in a register column the sheet lacks ("" takes the choice back). */
export function withFill(choices: ReadingChoices, field: string, value: string): ReadingChoices {
  const fills: Record<string, string> = { ...choices.fills };
  if (value === "") delete fills[field];
  else fills[field] = value;
  return { ...choices, fills };
}
