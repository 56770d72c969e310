// Which register column one column of the rows feeds (or none), how sure the match is, and what reading
// does to its cells and the problems left, said in the field's hint; the hint opens with what the register
// column is for when its definition says so, since a header like "Reorder point" alone may not.
import { Dropdown, Field, Option, makeStyles } from "@fluentui/react-components";
import type { ProblemCode } from "../../../core/cells/types";
import { columnLetters } from "../../../core/cells/a1";
import { isCalculated } from "../../../core/registers/columnDefaults";
import type { ConvertPlan, PlannedColumn } from "../../../core/registers/convertPlan";
import type { MatchConfidence } from "../../../core/registers/matchHeaders";
import type { RegisterDef } from "../../../core/registers/types";
import { problemKind } from "../problemKinds";
import type { ExtraWording } from "./extraWording";

const EXTRA = "__extra__";

const HOW: Record<MatchConfidence, string> = {
  exact: "same header",
  alias: "matched by a usual name for it",
  fuzzy: "close spelling: please check",
  content: "matched by its values: please check",
  manual: "chosen by you",
};

const useStyles = makeStyles({
  dropdown: { minWidth: 0, width: "100%" },
  description: { display: "block" },
});

export interface ColumnTargetProps {
  def: RegisterDef;
  plan: ConvertPlan;
  column: PlannedColumn;
  disabled?: boolean;
  onField: (key: string | null) => void;
  extra: ExtraWording;
}

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

export function ColumnTarget({ def, plan, column, disabled, onField, extra }: ColumnTargetProps) {
  const styles = useStyles();
  const letter = columnLetters(plan.firstColumn + column.index);
  const key = column.field;
  const targets = def.columns.filter((c) => !isCalculated(c));
  const target = key ? def.columns.find((c) => c.key === key) : undefined;
  const fx = effects(column);
  const how = key ? HOW[column.confidence ?? "manual"] : extra.hint;
  const reading = fx.text ? `${how}. ${fx.text}.` : how;
  const hint = target?.description ? (
    <>
      <span className={styles.description}>{target.description}</span> {reading}
    </>
  ) : (
    reading
  );
  const warn = fx.problems > 0 || column.confidence === "fuzzy" || column.confidence === "content";
  const label = `Column ${letter}: ${column.header === "" ? "(no header)" : column.header}`;
  return (
    <Field label={label} hint={hint} validationState={warn ? "warning" : "none"}>
      <Dropdown
        className={styles.dropdown}
        disabled={disabled}
        value={key ? (target?.header ?? key) : extra.label}
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
  );
}
