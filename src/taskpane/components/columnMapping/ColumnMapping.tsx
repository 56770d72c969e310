// Mapping any rows onto a register, by hand where needed: the header row (any row, also under a title
// block), each column's field or "keep as an extra column", what each value of a choice column becomes,
// which way round each date column is read, and a value for every row of a required column the rows
// lack, with the problems each column would have, before anything is written. Where nothing matched this
// is where the person starts. It takes a register definition and a plan of rows (useReadingPlan), not a
// sheet, so a file's rows (a CSV) can be mapped with it too.
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ConvertPlan, ReadingChoices } from "../../../core/registers/convertPlan";
import { isCalculated } from "../../../core/registers/columnDefaults";
import type { RegisterDef } from "../../../core/registers/types";
import { Notice } from "../Notice";
import { withColumn, withDateOrder, withFill, withHeaderRow, withValue } from "./choiceEdits";
import { ColumnField } from "./ColumnField";
import { KEPT_AS_EXTRA, type ExtraWording } from "./extraWording";
import { HeaderRowField, type HeaderRowOption } from "./HeaderRowField";
import { RequiredFills } from "./RequiredFills";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalM, "& > *": { minWidth: 0 } },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalM },
});

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

/** The register columns added on the right of the rows, empty or with what every row gets. */
function addedSentence(
  def: RegisterDef,
  added: ReturnType<typeof unmapped>["added"],
  choices: ReadingChoices,
) {
  const ids = def.idPrefix && added.some((c) => c.key === def.keyColumn) ? " (IDs filled in)" : "";
  const fills = choices.fills;
  const names = added.map((c) => (fills?.[c.key] ? `${c.header} (${fills[c.key]} in every row)` : c.header));
  return `Added on the right, empty${ids}: ${names.join(", ")}.`;
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
  const { required, added } = unmapped(def, plan);
  const nothingMatched = plan.columns.every((c) => c.field === null);
  return (
    <div className={styles.root}>
      {headerRows && plan.headerFound && (
        <HeaderRowField
          headerRow={plan.headerRow}
          found={plan.headerFound}
          rows={headerRows}
          disabled={disabled}
          onRow={(row) => onChoicesChange(withHeaderRow(choices, row))}
        />
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
        <RequiredFills
          required={required}
          fills={choices.fills}
          disabled={disabled}
          onFill={(key, value) => onChoicesChange(withFill(choices, key, value))}
          extra={extra}
        />
      )}
      {added.length > 0 && !extra.noAddedColumns && <p>{addedSentence(def, added, choices)}</p>}
    </div>
  );
}
