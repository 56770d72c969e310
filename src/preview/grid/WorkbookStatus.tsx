// Excel's status bar names the cells of a circular reference (they show 0 meanwhile); the preview also
// names formulas it cannot compute (they keep their saved value).
import { makeStyles } from "@fluentui/react-components";

/** The part of SimWorkbook the status bar reads (SimWorkbook with the formula engine). */
export interface StatusSource {
  /** Cells on a circular reference. */
  circularReferences?(): string[];
  /** Formulas the engine cannot compute. */
  unsupportedFormulas?(): string[];
}

const useStyles = makeStyles({
  status: {
    padding: "2px 8px",
    borderTop: "1px solid #d6d6d6",
    backgroundColor: "#f3f3f3",
    color: "#1f1f1f",
    fontSize: "12px",
  },
});

/** "Circular references: A1, B1, C1, …": the first three, as a status bar has room for. */
const listNotice = (label: string, cells: string[]) =>
  cells.length === 0 ? "" : `${label}: ${cells.slice(0, 3).join(", ")}${cells.length > 3 ? ", …" : ""}`;

export function WorkbookStatus({ workbook }: { workbook: StatusSource }) {
  const styles = useStyles();
  const notices = [
    listNotice("Circular references", workbook.circularReferences?.() ?? []),
    listNotice("Not computed in the preview", workbook.unsupportedFormulas?.() ?? []),
  ].filter((n) => n !== "");
  return (
    <div role="status" className={notices.length > 0 ? styles.status : undefined}>
      {notices.join(" · ")}
    </div>
  );
}
