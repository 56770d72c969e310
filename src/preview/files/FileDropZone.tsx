// The workbook area takes a dropped .xlsx or .csv file (the "Open a workbook" button does the same from
// the keyboard). While a file is dragged over it, it says what dropping will do.
import { useState, type DragEvent, type ReactNode } from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { ChosenFile } from "./openWorkbookFile";

const useStyles = makeStyles({
  zone: { position: "relative", display: "flex", flexDirection: "column", flexGrow: 1, minHeight: 0 },
  over: {
    position: "absolute",
    inset: 0,
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    backgroundColor: "rgba(33, 115, 70, 0.12)",
    border: `2px dashed #217346`,
    color: "#0e3d23",
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    pointerEvents: "none",
  },
});

const carriesFiles = (event: DragEvent) => [...event.dataTransfer.types].includes("Files");

export function FileDropZone({ onFile, children }: { onFile(file: ChosenFile): void; children: ReactNode }) {
  const styles = useStyles();
  const [over, setOver] = useState(false);
  return (
    <div
      className={styles.zone}
      onDragOver={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = "copy";
        setOver(true);
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(event) => {
        if (!carriesFiles(event)) return;
        event.preventDefault();
        setOver(false);
        const file = event.dataTransfer.files[0];
        if (file) onFile(file);
      }}
    >
      {children}
      {over && <div className={styles.over}>Drop a .xlsx or .csv file to open it</div>}
    </div>
  );
}
