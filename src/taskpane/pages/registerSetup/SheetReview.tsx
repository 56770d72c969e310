// The review before converting a sheet: where its data is, the reading of every column (the shared
// ColumnMapping, recomputed as the person changes anything), what is special about the sheet (merged
// cells, rows above, other tables) and the problems that would be left. Nothing is written until the
// person converts; where nothing matched, this is where they map the columns.
import { useEffect, useId, useRef, type Ref } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { ReadingChoices } from "../../../core/registers/convertPlan";
import type { RegisterDef } from "../../../core/registers/types";
import { ColumnMapping, browserLocale, useReadingPlan } from "../../components/columnMapping";
import { Notice } from "../../components/Notice";
import type { ConfirmedReading, Inspection } from "./setupApi";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalM, "& > *": { minWidth: 0 } },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  notes: { margin: `${tokens.spacingVerticalS} 0`, paddingLeft: tokens.spacingHorizontalL },
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
  onRemember?: (reading: { headers: string[]; choices: ReadingChoices }) => void;
  busy: boolean;
  /** The "Check the columns" heading, which takes focus when the review opens (tabIndex -1). */
  headingRef?: Ref<HTMLHeadingElement>;
}

/** How long after the last change the choices are written to the workbook (one write per pause). */
const REMEMBER_AFTER_MS = 800;

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
  // The person's choices (not the proposal) are remembered once they pause.
  const first = useRef(choices);
  useEffect(() => {
    if (!onRemember || choices === first.current) return;
    const timer = setTimeout(
      () => onRemember({ headers: plan.headers, choices: { ...choices, headerRow: plan.headerRow } }),
      REMEMBER_AFTER_MS,
    );
    return () => clearTimeout(timer);
  }, [choices, onRemember, plan.headers, plan.headerRow]);
  // Sheet-level notes that do not depend on the columns chosen (those are shown live by the mapping).
  const sheetNotes = inspection.problems.filter(
    (p) => p.kind !== "missingRequired" && p.kind !== "rowsAbove" && p.kind !== "severalHeaderRows",
  );
  const left = plan.problems.length;
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
      {sheetNotes.length > 0 && (
        <ul className={styles.notes} aria-label="About this sheet">
          {sheetNotes.map((p, i) => (
            <li key={`${p.kind}-${i}`}>
              {p.message}{" "}
              {p.address && (
                <Button
                  size="small"
                  appearance="subtle"
                  aria-label={`Go to ${p.address}`}
                  onClick={() => onGoTo(p.address!)}
                >
                  Go to
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      <p>
        {left === 0
          ? "Every cell fits its column as read above."
          : `${left} cell${left === 1 ? " does" : "s do"} not fit ${left === 1 ? "its" : "their"} column as read above. Converting keeps each of them as it is; they are listed afterwards, each with a way to go to the cell.`}
      </p>
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
