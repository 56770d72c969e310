// Mapping any rows onto a register, by hand where needed: the header row (any row, also under a title
// block), each column's field or "keep as an extra column", what each value of a choice column becomes,
// which way round each date column is read, and a value for every row of a required column the rows
// lack, with the problems each column would have, before anything is written. Where nothing matched this
// is where the person starts. It takes a register definition and a plan of rows (useReadingPlan), not a
// sheet, so a file's rows (a CSV) can be mapped with it too.
import { useId } from "react";
import { Dropdown, Field, Option, makeStyles, tokens } from "@fluentui/react-components";
import type { ConvertPlan, ReadingChoices } from "../../../core/registers/convertPlan";
import { isCalculated } from "../../../core/registers/columnDefaults";
import type { RegisterDef } from "../../../core/registers/types";
import { Notice } from "../Notice";
import { withColumn, withDateOrder, withFill, withHeaderRow, withValue } from "./choiceEdits";
import { ColumnField, KEPT_AS_EXTRA, type ExtraWording } from "./ColumnField";

export const EXTRA = "__extra__";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalM, "& > *": { minWidth: 0 } },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalM },
  dropdown: { minWidth: 0, width: "100%" },
});

export interface HeaderRowOption {
  /** 1-based sheet row. */
  row: number;
  cells: string[];
}

export interface ColumnMappingProps {
  def: RegisterDef;
  plan: ConvertPlan;
  choices: ReadingChoices;
  onChoicesChange: (choices: ReadingChoices) => void;
  /** Rows the header row can be chosen from; without them the header row is not offered for change. */
  headerRows?: readonly HeaderRowOption[];
  disabled?: boolean;
  /** What a column feeding no field becomes; default: kept as an extra column of the register. */
  extra?: ExtraWording;
}

/** Register columns nothing feeds, given a plan: required ones (key columns with IDs excepted), all. */
export function unmapped(def: RegisterDef, plan: Pick<ConvertPlan, "columns">) {
  const used = new Set(plan.columns.map((c) => c.field).filter((k): k is string => k !== null));
  const missing = def.columns.filter((c) => !isCalculated(c) && !used.has(c.key));
  const generated = (key: string) => key === def.keyColumn && def.idPrefix !== undefined;
  return { required: missing.filter((c) => c.required && !generated(c.key)), added: missing };
}

const FOUND: Record<NonNullable<ConvertPlan["headerFound"]>, string> = {
  matched: "its headers match the register's columns",
  guessed: "it looks like a header row, but no header matched: check it",
  chosen: "chosen by you",
};

function rowLabel(o: HeaderRowOption): string {
  const cells = o.cells.filter((c) => c !== "");
  const shown = cells.slice(0, 4).join(" | ");
  return `Row ${o.row}: ${shown === "" ? "(blank)" : shown}${cells.length > 4 ? " …" : ""}`;
}

export function ColumnMapping({
  def,
  plan,
  choices,
  onChoicesChange,
  headerRows,
  disabled,
  extra = KEPT_AS_EXTRA,
}: ColumnMappingProps) {
  const styles = useStyles();
  const fillsId = useId();
  const { required, added } = unmapped(def, plan);
  const nothingMatched = plan.columns.every((c) => c.field === null);
  const filledRows = (headerRows ?? []).filter((o) => o.cells.some((c) => c !== ""));
  const current = filledRows.find((o) => o.row === plan.headerRow);

  return (
    <div className={styles.root}>
      {headerRows && plan.headerFound && (
        <Field label="Header row" hint={FOUND[plan.headerFound]}>
          <Dropdown
            className={styles.dropdown}
            disabled={disabled}
            value={current ? rowLabel(current) : `Row ${plan.headerRow}`}
            selectedOptions={[String(plan.headerRow)]}
            onOptionSelect={(_e, d) =>
              d.optionValue && onChoicesChange(withHeaderRow(choices, Number(d.optionValue)))
            }
          >
            {filledRows.map((o) => (
              <Option key={o.row} value={String(o.row)} text={rowLabel(o)}>
                {rowLabel(o)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      {nothingMatched && (
        <Notice intent="info">
          No column of row {plan.headerRow} was recognised as one of {def.name}&apos;s columns. Choose the
          header row, then what each column is; columns you leave are {extra.left}.
        </Notice>
      )}
      <ul className={styles.list} aria-label="Column mapping">
        {plan.columns.map((column) => (
          <ColumnField
            key={column.index}
            def={def}
            plan={plan}
            column={column}
            disabled={disabled}
            onField={(key) => onChoicesChange(withColumn(choices, plan, column.index, key))}
            onValue={(field, valueKey, to) => onChoicesChange(withValue(choices, field, valueKey, to))}
            onDateOrder={(field, order) => onChoicesChange(withDateOrder(choices, field, order))}
            extra={extra}
          />
        ))}
      </ul>
      {required.length > 0 && (
        <section aria-labelledby={fillsId}>
          <h4 id={fillsId}>Required columns the sheet lacks</h4>
          {required.map((c) =>
            c.choices ? (
              <Field
                key={c.key}
                label={`${c.header} for every row`}
                hint={`No column feeds ${c.header}, which every row needs. Choose what every row gets, or leave it empty to fill in later.`}
                validationState={choices.fills?.[c.key] ? "none" : "warning"}
              >
                <Dropdown
                  className={styles.dropdown}
                  disabled={disabled}
                  value={choices.fills?.[c.key] ?? "Leave empty"}
                  selectedOptions={[choices.fills?.[c.key] ?? ""]}
                  onOptionSelect={(_e, d) => onChoicesChange(withFill(choices, c.key, d.optionValue ?? ""))}
                >
                  <Option value="">Leave empty</Option>
                  {c.choices.map((v) => (
                    <Option key={v} value={v}>
                      {v}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
            ) : (
              <Notice key={c.key} intent="warning">
                {extra.missing
                  ? extra.missing(c.header)
                  : `Required but no column feeds it: ${c.header}. It will be added empty, and each row will be listed as a problem until it is filled in.`}
              </Notice>
            ),
          )}
        </section>
      )}
      {added.length > 0 && !extra.noAddedColumns && (
        <p>
          Added on the right, empty
          {def.idPrefix && added.some((c) => c.key === def.keyColumn) ? " (IDs filled in)" : ""}:{" "}
          {added
            .map((c) =>
              choices.fills?.[c.key] ? `${c.header} (${choices.fills[c.key]} in every row)` : c.header,
            )
            .join(", ")}
          .
        </p>
      )}
    </div>
  );
}
