// The row the headers are read from: any row of the rows offered, also one under a title block, with why
// it was taken.
import { Dropdown, Field, Option, makeStyles } from "@fluentui/react-components";
import type { ConvertPlan } from "../../../core/registers/convertPlan";

export interface HeaderRowOption {
  /** 1-based sheet row. */
  row: number;
  cells: string[];
}

const FOUND: Record<NonNullable<ConvertPlan["headerFound"]>, string> = {
  matched: "its headers match the register's columns",
  guessed: "it looks like a header row, but no header matched: check it",
  chosen: "chosen by you",
};

const useStyles = makeStyles({
  dropdown: { minWidth: 0, width: "100%" },
});

function rowLabel(o: HeaderRowOption): string {
  const cells = o.cells.filter((c) => c !== "");
  const shown = cells.slice(0, 4).join(" | ");
  return `Row ${o.row}: ${shown === "" ? "(blank)" : shown}${cells.length > 4 ? " …" : ""}`;
}

export interface HeaderRowFieldProps {
  headerRow: number;
  found: NonNullable<ConvertPlan["headerFound"]>;
  rows: readonly HeaderRowOption[];
  disabled?: boolean;
  onRow: (row: number) => void;
}

export function HeaderRowField({ headerRow, found, rows, disabled, onRow }: HeaderRowFieldProps) {
  const styles = useStyles();
  const filledRows = rows.filter((o) => o.cells.some((c) => c !== ""));
  const current = filledRows.find((o) => o.row === headerRow);
  return (
    <Field label="Header row" hint={FOUND[found]}>
      <Dropdown
        className={styles.dropdown}
        disabled={disabled}
        value={current ? rowLabel(current) : `Row ${headerRow}`}
        selectedOptions={[String(headerRow)]}
        onOptionSelect={(_e, d) => d.optionValue && onRow(Number(d.optionValue))}
      >
        {filledRows.map((o) => (
          <Option key={o.row} value={String(o.row)} text={rowLabel(o)}>
            {rowLabel(o)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
