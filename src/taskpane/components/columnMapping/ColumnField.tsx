// One column of the rows being mapped: which field it feeds (or kept as an extra column), how sure the
// match is, what reading it does to its cells and the problems left; under it, for a choice column, what
// each of its values becomes, and for a date column, which way round its dates are read.
import { useId } from "react";
import { Dropdown, Field, Option, Radio, RadioGroup, makeStyles, tokens } from "@fluentui/react-components";
import { describeDateOrder, type DayMonthOrder } from "../../../core/cells/dateOrder";
import type { ProblemCode } from "../../../core/cells/types";
import { isCalculated } from "../../../core/registers/columnDefaults";
import type { ConvertPlan, PlannedColumn } from "../../../core/registers/convertPlan";
import { columnLetters } from "../../../core/cells/a1";
import type { MatchConfidence } from "../../../core/registers/matchHeaders";
import type { RegisterDef } from "../../../core/registers/types";
import { problemKind } from "../problemKinds";
import { ValueLines } from "./ValueLines";

const EXTRA = "__extra__";

const HOW: Record<MatchConfidence, string> = {
  exact: "same header",
  alias: "matched by a usual name for it",
  fuzzy: "close spelling: please check",
  content: "matched by its values: please check",
  manual: "chosen by you",
};

/** Dates shown one by one under their column before converting; the rest are counted. */
const MAX_DATE_LINES = 25;

const useStyles = makeStyles({
  item: { display: "grid", gap: tokens.spacingVerticalS, "& > *": { minWidth: 0 } },
  dateLines: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  dropdown: { minWidth: 0, width: "100%" },
  nested: { paddingLeft: tokens.spacingHorizontalL, display: "grid", gap: tokens.spacingVerticalS },
});

export interface ColumnFieldProps {
  def: RegisterDef;
  plan: ConvertPlan;
  column: PlannedColumn;
  disabled?: boolean;
  onField: (key: string | null) => void;
  onValue: (field: string, valueKey: string, to: string | null) => void;
  onDateOrder: (field: string, order: DayMonthOrder) => void;
  /** What a column feeding no field becomes (a sheet keeps it as an extra column; an import leaves it). */
  extra?: ExtraWording;
}

export interface ExtraWording {
  /** The option of a column feeding no field. */
  label: string;
  /** Said of such a column. */
  hint: string;
  /** Said of the columns the person leaves so. */
  left: string;
  /** Said of a required column nothing feeds (default: added empty, each row a problem). */
  missing?: (header: string) => string;
  /** Rows read into something else than a table (a file's calls): no columns are added on the right. */
  noAddedColumns?: boolean;
}

export const KEPT_AS_EXTRA: ExtraWording = {
  label: "Keep as extra column",
  hint: "no register column: kept as an extra column with all its values",
  left: "kept as extra columns with all their values",
};

/** What happens to the column's cells and what is left, in words. */
function effects(column: PlannedColumn): { text: string; problems: number } {
  const parts: string[] = [];
  if (column.changed > 0)
    parts.push(
      `${column.changed} cell${column.changed === 1 ? "" : "s"} stored as ${column.field ? "the column's type" : "read"}`,
    );
  if (column.toNotes > 0) parts.push(`${column.toNotes} also kept in Notes word for word`);
  const kinds = Object.entries(column.problems);
  const problems = kinds.reduce((n, [, k]) => n + k, 0);
  for (const [code, n] of kinds) parts.push(`${n} × ${problemKind(code as ProblemCode).toLowerCase()}`);
  return { text: parts.join("; "), problems };
}

export function ColumnField({
  def,
  plan,
  column,
  disabled,
  onField,
  onValue,
  onDateOrder,
  extra = KEPT_AS_EXTRA,
}: ColumnFieldProps) {
  const styles = useStyles();
  const dateId = useId();
  const letter = columnLetters(plan.firstColumn + column.index);
  const key = column.field;
  const targets = def.columns.filter((c) => !isCalculated(c));
  const headerOf = (k: string) => def.columns.find((c) => c.key === k)?.header ?? k;
  const fx = effects(column);
  const how = key ? HOW[column.confidence ?? "manual"] : extra.hint;
  const hint = fx.text ? `${how}. ${fx.text}.` : how;
  const warn = fx.problems > 0 || column.confidence === "fuzzy" || column.confidence === "content";
  const lines = key ? plan.valueMaps[key] : undefined;
  const dates = key ? plan.dateOrders[key] : undefined;
  const dateCells = dates ? plan.readings.filter((x) => x.column === column.index) : [];
  // No date of the column settles the order: the computer's order is a proposal the person must check.
  const unsettled = dates !== undefined && dates.from === "locale" && dates.eitherWay > 0;
  const dateHeader = column.header || (key ? headerOf(key) : "");
  const label = `Column ${letter}: ${column.header === "" ? "(no header)" : column.header}`;
  return (
    <li className={styles.item}>
      <Field label={label} hint={hint} validationState={warn ? "warning" : "none"}>
        <Dropdown
          className={styles.dropdown}
          disabled={disabled}
          value={key ? headerOf(key) : extra.label}
          selectedOptions={[key ?? EXTRA]}
          onOptionSelect={(_e, d) => d.optionValue && onField(d.optionValue === EXTRA ? null : d.optionValue)}
        >
          <Option value={EXTRA}>{extra.label}</Option>
          {targets.map((c) => (
            <Option key={c.key} value={c.key}>
              {c.required ? `${c.header} (required)` : c.header}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {(lines?.length || dates) && (
        <div className={styles.nested}>
          {key && lines && lines.length > 0 && (
            <ValueLines
              column={def.columns.find((c) => c.key === key)!}
              header={column.header || headerOf(key)}
              lines={lines}
              disabled={disabled}
              onValue={(valueKey, to) => onValue(key, valueKey, to)}
            />
          )}
          {key && dates && (
            <Field
              label={`Dates in "${dateHeader}"`}
              hint={
                unsettled
                  ? `${describeDateOrder(dateHeader, dates)} Check the dates below and choose.`
                  : describeDateOrder(dateHeader, dates)
              }
              validationState={unsettled ? "warning" : "none"}
              id={dateId}
            >
              <RadioGroup
                value={dates.order}
                disabled={disabled}
                onChange={(_e, d) => onDateOrder(key, d.value as DayMonthOrder)}
              >
                <Radio value="DMY" label="Day first: 04/03/2026 is 4 March 2026" />
                <Radio value="MDY" label="Month first: 04/03/2026 is 3 April 2026" />
              </RadioGroup>
            </Field>
          )}
          {key && dateCells.length > 0 && (
            <ul className={styles.dateLines} aria-label={`What the dates in "${dateHeader}" become`}>
              {dateCells.slice(0, MAX_DATE_LINES).map((x) => (
                <li key={x.address}>
                  {`${x.address} "${x.typed}" → ${x.stored}${x.eitherWay ? " (could be read the other way)" : ""}`}
                </li>
              ))}
              {dateCells.length > MAX_DATE_LINES && (
                <li>{`${dateCells.length - MAX_DATE_LINES} more, listed after converting.`}</li>
              )}
            </ul>
          )}
        </div>
      )}
    </li>
  );
}
