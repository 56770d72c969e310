// The review before converting a sheet: where its data is, the reading of every column (the shared
// ColumnMapping, recomputed as the person changes anything), what is special about the sheet (merged
// cells, rows above, other tables) and the problems that would be left. Nothing is written until the
// person converts; where nothing matched, this is where they map the columns.
import { useId, type Ref } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { ReadingChoices } from "../../../core/registers/convertPlan";
import type { RegisterDef } from "../../../core/registers/types";
import { ColumnMapping, browserLocale, useReadingPlan } from "../../components/columnMapping";
import { Notice } from "../../components/Notice";
import type { ConfirmedReading, Inspection } from "./setupApi";
import { SheetNotes } from "./SheetNotes";
import { useRememberChoices, type RememberChoices } from "./useRememberChoices";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalM, "& > *": { minWidth: 0 } },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface SheetReviewProps {
  def: RegisterDef;
  inspection: Inspection;
  choices: ReadingChoices;
  onChoicesChange: (choices: ReadingChoices) => void;
  onConfirm: (reading: ConfirmedReading) => void;
  onCancel: () => void;
  onGoTo: (address: string) => void;
  /** Keeps the person's choices in the workbook (called a moment after they stop changing them). */
  onRemember?: RememberChoices;
  busy: boolean;
  /** The "Check the columns" heading, which takes focus when the review opens (tabIndex -1). */
  headingRef?: Ref<HTMLHeadingElement>;
}

/** Whether every cell fits its column as read, or how many do not and what converting does with them. */
function leftSentence(left: number): string {
  return left === 0
    ? "Every cell fits its column as read above."
    : `${left} cell${left === 1 ? " does" : "s do"} not fit ${left === 1 ? "its" : "their"} column as read above. Converting keeps each of them as it is; they are listed afterwards, each with a way to go to the cell.`;
}

export function SheetReview({
  def,
  inspection,
  choices,
  onChoicesChange,
  onConfirm,
  onCancel,
  onGoTo,
  onRemember,
  busy,
  headingRef,
}: SheetReviewProps) {
  const styles = useStyles();
  const headingId = useId();
  const plan = useReadingPlan(
    def,
    { rows: inspection.values, firstRow: inspection.firstRow, firstColumn: inspection.firstColumn },
    choices,
  );
  const rows = Math.max(0, plan.lastDataRow - plan.headerRow);
  useRememberChoices(choices, plan.headers, plan.headerRow, onRemember);
  const confirm = () =>
    onConfirm({
      headerRow: plan.headerRow,
      headers: plan.headers,
      mapping: plan.columns.map((c) => c.field),
      choices,
      locale: browserLocale(),
    });
  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        Check the columns
      </h3>
      <p>
        {inspection.address ?? inspection.sheetName}: headers on row {plan.headerRow}, {rows} row
        {rows === 1 ? "" : "s"} below them.
      </p>
      {inspection.remembered && (
        <Notice intent="info">
          The columns chosen for this sheet before are used.{" "}
          <Button size="small" appearance="subtle" onClick={() => onChoicesChange({})} disabled={busy}>
            Start again from the proposal
          </Button>
        </Notice>
      )}
      <ColumnMapping
        def={def}
        plan={plan}
        choices={choices}
        onChoicesChange={onChoicesChange}
        headerRows={inspection.topRows}
        disabled={busy}
      />
      {plan.detection.rowsAbove.length > 0 && (
        <p>
          Rows above the headers ({plan.detection.rowsAbove.map((i) => inspection.firstRow + i).join(", ")})
          stay above the table, unchanged.
        </p>
      )}
      <SheetNotes problems={inspection.problems} onGoTo={onGoTo} />
      <p>{leftSentence(plan.problems.length)}</p>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={confirm} disabled={busy}>
          Convert to {def.name} register
        </Button>
        <Button onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
    </section>
  );
}
