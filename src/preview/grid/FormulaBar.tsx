// Excel's name box and formula bar: the selected cell's address and its formula (or value as typed).
import { makeStyles } from "@fluentui/react-components";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    alignItems: "center",
    gap: "6px",
    padding: "4px 6px",
    borderBottom: "1px solid #d6d6d6",
    backgroundColor: "#ffffff",
    color: "#1f1f1f",
  },
  nameBox: { width: "9em", flexShrink: 0, font: "inherit", padding: "2px 4px", border: "1px solid #c8c8c8" },
  fx: { fontStyle: "italic", color: "#616161", padding: "0 4px" },
  formula: { flexGrow: 1, minWidth: 0, font: "inherit", padding: "2px 4px", border: "1px solid #c8c8c8" },
});

export interface FormulaBarProps {
  address: string;
  content: string;
}

export function FormulaBar({ address, content }: FormulaBarProps) {
  const styles = useStyles();
  return (
    <div className={styles.bar}>
      <input className={styles.nameBox} aria-label="Selected cell" readOnly value={address} />
      <span className={styles.fx} aria-hidden="true">
        fx
      </span>
      <input className={styles.formula} aria-label="Formula bar" readOnly value={content} />
    </div>
  );
}
