// What each value of a choice column becomes: one line per distinct value (values already written as a
// choice are summed up in a sentence, so a narrow pane shows what needs a look). The person can change
// any line, or keep a value as it is (it is then listed as a problem).
import { useId } from "react";
import { Dropdown, Field, Option, makeStyles, tokens } from "@fluentui/react-components";
import type { ColumnDef } from "../../../core/registers/types";
import type { ValueHow, ValueMapLine } from "../../../core/registers/valueMaps";

const KEEP = "__keep__";
/** Lines shown one by one; past this, the rest are said in a sentence (they keep their proposal). */
const MAX_LINES = 25;

const HOW: Record<ValueHow, string> = {
  same: "already a choice",
  case: "the same choice, written differently",
  meaning: "the same meaning",
  yesNo: "a yes/no answer",
  close: "a close spelling: please check",
  manual: "chosen by you",
  none: "not a choice: kept as it is and listed as a problem",
};

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalS },
  dropdown: { minWidth: 0, width: "100%" },
  heading: { fontSize: tokens.fontSizeBase300, margin: 0 },
});

export interface ValueLinesProps {
  column: ColumnDef;
  /** The sheet's header of the column, as the person knows it. */
  header: string;
  lines: readonly ValueMapLine[];
  disabled?: boolean;
  onValue: (valueKey: string, to: string | null) => void;
}

export function ValueLines({ column, header, lines, disabled, onValue }: ValueLinesProps) {
  const styles = useStyles();
  const headingId = useId();
  const asIs = lines.filter((l) => l.how === "same");
  const toCheck = lines.filter((l) => l.how !== "same");
  const shown = toCheck.slice(0, MAX_LINES);
  const choices = column.choices ?? [];
  return (
    <section aria-labelledby={headingId}>
      <h4 id={headingId} className={styles.heading}>
        Values in &quot;{header}&quot;
      </h4>
      {asIs.length > 0 && (
        <p>
          Already {column.header} choices: {asIs.map((l) => `${l.value} (${l.count})`).join(", ")}.
        </p>
      )}
      {shown.length > 0 && (
        <ul className={styles.list} aria-label={`What the values in "${header}" become`}>
          {shown.map((l) => (
            <li key={l.key}>
              <Field
                label={`"${l.value}" (${l.count} cell${l.count === 1 ? "" : "s"})`}
                hint={HOW[l.how]}
                validationState={l.how === "none" || l.how === "close" ? "warning" : "none"}
              >
                <Dropdown
                  className={styles.dropdown}
                  disabled={disabled}
                  value={l.to ?? "Keep as it is"}
                  selectedOptions={[l.to ?? KEEP]}
                  onOptionSelect={(_e, d) =>
                    d.optionValue && onValue(l.key, d.optionValue === KEEP ? null : d.optionValue)
                  }
                >
                  <Option value={KEEP}>Keep as it is</Option>
                  {choices.map((c) => (
                    <Option key={c} value={c}>
                      {c}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
            </li>
          ))}
        </ul>
      )}
      {toCheck.length > shown.length && (
        <p>
          {toCheck.length - shown.length} more values keep what is proposed for them; change them after
          converting.
        </p>
      )}
    </section>
  );
}
