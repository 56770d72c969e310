// What is special about the sheet whatever columns are chosen (merged cells, other tables, …), each with a
// way to go to its cells; the notes the column mapping shows live are left to it.
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Inspection } from "./setupApi";

const useStyles = makeStyles({
  notes: { margin: `${tokens.spacingVerticalS} 0`, paddingLeft: tokens.spacingHorizontalL },
});

export interface SheetNotesProps {
  problems: Inspection["problems"];
  onGoTo: (address: string) => void;
}

export function SheetNotes({ problems, onGoTo }: SheetNotesProps) {
  const styles = useStyles();
  const sheetNotes = problems.filter(
    (p) => p.kind !== "missingRequired" && p.kind !== "rowsAbove" && p.kind !== "severalHeaderRows",
  );
  if (sheetNotes.length === 0) return null;
  return (
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
  );
}
