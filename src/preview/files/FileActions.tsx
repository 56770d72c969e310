// The banner's file buttons: "Open a workbook" (a file chooser for .xlsx and .csv) and "Save as .xlsx".
import { useRef, type ChangeEvent } from "react";
import { Button, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import type { WorkbookFiles } from "./useWorkbookFiles";

const useStyles = makeStyles({
  actions: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  busy: { color: "#ffffff" },
});

export const ACCEPTED_FILES =
  ".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv";

export function FileActions({ files }: { files: WorkbookFiles }) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const chosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) opens it again.
    event.target.value = "";
    if (file) void files.open(file);
  };
  return (
    <div className={styles.actions}>
      {/* The chooser itself stays hidden (browsers style it their own way); the button opens it. */}
      <input
        ref={input}
        type="file"
        accept={ACCEPTED_FILES}
        aria-label="Open a workbook"
        hidden
        onChange={chosen}
      />
      <Button size="small" disabled={files.busy !== null} onClick={() => input.current?.click()}>
        Open a workbook
      </Button>
      <Button size="small" disabled={files.busy !== null} onClick={() => void files.save()}>
        Save as .xlsx
      </Button>
      {files.busy && <Spinner size="extra-tiny" className={styles.busy} label={files.busy} />}
    </div>
  );
}
