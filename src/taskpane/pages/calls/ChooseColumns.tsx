// Choosing the columns of a call file by hand, with the mapping screen sheets use (ColumnMapping): for a
// CSV no phone-system format and no header recognises, a headerless one included. Every choice shows its
// effect at once; the file is read with them only when the person says so.
import { useId, useMemo, useState } from "react";
import { Button, Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import { readingRows, type CallReading } from "../../../core/calls";
import { parseDelimited, recordsOf } from "../../../core/csv";
import type { ReadingChoices } from "../../../core/registers/convertPlan";
import { callLog } from "../../../core/registers/definitions/callLog";
import { ColumnMapping, useReadingPlan, type ExtraWording } from "../../components/columnMapping";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalM, "& > *": { minWidth: 0 } },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  text: { margin: 0 },
});

/** A column of the file the person leaves is not imported: the Call log has nowhere to keep it. */
const NOT_IMPORTED: ExtraWording = {
  label: "Not imported",
  hint: "no Call log column: not imported",
  left: "not imported",
  missing: (header) =>
    header === "Received at"
      ? "Choose the column with the date and time of each call: no call can be added without it."
      : `No column feeds ${header}: calls without one are logged as "Unknown" (or under their company).`,
  noAddedColumns: true,
};

/** Lines offered as the header row. */
const HEADER_CHOICES = 10;

export interface ChooseColumnsProps {
  csv: string;
  /** The reading chosen before, to change. */
  initial?: CallReading;
  onApply: (reading: CallReading) => void;
  onCancel: () => void;
  disabled?: boolean;
  /** Marks the screen's heading as where focus lands when the person opens it (see arrival.tsx). */
  headingRef?: (element: HTMLHeadingElement | null) => void;
}

export function ChooseColumns({ csv, initial, onApply, onCancel, disabled, headingRef }: ChooseColumnsProps) {
  const styles = useStyles();
  const headingId = useId();
  const fields = useMemo(() => recordsOf(parseDelimited(csv)).map((r) => r.fields), [csv]);
  const [headerless, setHeaderless] = useState(initial?.headerless ?? false);
  const [choices, setChoices] = useState<ReadingChoices>(initial?.choices ?? {});
  const rows = useMemo(() => readingRows(fields, headerless), [fields, headerless]);
  const reading = useMemo(() => (headerless ? { ...choices, headerRow: 1 } : choices), [choices, headerless]);
  const plan = useReadingPlan(callLog, { rows }, reading);
  const headerRows = useMemo(
    () => rows.slice(0, HEADER_CHOICES).map((cells, i) => ({ row: i + 1, cells })),
    [rows],
  );
  const calls = Math.max(0, plan.lastDataRow - plan.headerRow);
  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        Choose the columns
      </h3>
      <p className={styles.text}>
        Say what each column of the file is. Nothing is added until you read the file with these columns and
        then add the calls.
      </p>
      <Checkbox
        checked={headerless}
        disabled={disabled}
        label="The first line is a call (the file has no line of column names)"
        onChange={(_e, d) => {
          setHeaderless(d.checked === true);
          // Another first row: the header row chosen before no longer means the same line.
          setChoices((c) => ({ ...c, headerRow: undefined }));
        }}
      />
      {plan.ok ? (
        <ColumnMapping
          def={callLog}
          plan={plan}
          choices={choices}
          onChoicesChange={setChoices}
          headerRows={headerless ? undefined : headerRows}
          disabled={disabled}
          extra={NOT_IMPORTED}
        />
      ) : (
        <p className={styles.text}>{plan.reason}</p>
      )}
      <p className={styles.text}>{`${calls} line${calls === 1 ? "" : "s"} read as calls.`}</p>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={disabled || !plan.ok}
          onClick={() => onApply({ choices: { ...choices, headerRow: plan.headerRow }, headerless })}
        >
          Read the file with these columns
        </Button>
        <Button onClick={onCancel} disabled={disabled}>
          Cancel
        </Button>
      </div>
    </section>
  );
}
