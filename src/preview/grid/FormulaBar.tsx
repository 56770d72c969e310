// Excel's name box and formula bar: the selected cell's address and its formula (or value as typed).
// When the preview allows editing, the formula bar is where a cell's new content is typed.
import { forwardRef, type KeyboardEvent, type Ref } from "react";
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
  formula: {
    flexGrow: 1,
    minWidth: 0,
    font: "inherit",
    padding: "2px 4px",
    border: "1px solid #c8c8c8",
    ":focus-visible": { outline: "2px solid #217346", outlineOffset: "-1px" },
  },
  error: { color: "#b10e1c", flexShrink: 0 },
  list: {
    flexShrink: 0,
    maxWidth: "14em",
    font: "inherit",
    padding: "2px 4px",
    border: "1px solid #c8c8c8",
    ":focus-visible": { outline: "2px solid #217346", outlineOffset: "-1px" },
  },
});

/** A cell with list validation: the choices offered, and what picking one does. */
export interface CellList {
  choices: string[];
  /** The cell's value as text, to show which choice is current. */
  current: string;
  onChoose: (value: string) => void;
}

/** Where the selection goes after Enter or Tab, as in Excel. */
export type AfterCommit = "down" | "up" | "right" | "left" | "stay";

export interface FormulaBarProps {
  address: string;
  /** The cell's content when not editing. */
  content: string;
  /** The text being typed, or null when not editing. */
  draft: string | null;
  /** False: the bar only shows content (the workbook cannot be edited here). */
  editable: boolean;
  /** Why the last edit failed, if it did. */
  error?: string;
  onDraftChange: (draft: string) => void;
  onCommit: (after: AfterCommit) => void;
  onCancel: () => void;
  /** The active cell's list validation (shown as a dropdown when the workbook can be edited). */
  list?: CellList;
  listRef?: Ref<HTMLSelectElement>;
}

export const FormulaBar = forwardRef<HTMLInputElement, FormulaBarProps>(function FormulaBar(
  { address, content, draft, editable, error, onDraftChange, onCommit, onCancel, list, listRef },
  ref,
) {
  const styles = useStyles();
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      event.preventDefault();
      onCommit(event.shiftKey ? "up" : "down");
    } else if (event.key === "Tab" && draft !== null) {
      event.preventDefault();
      onCommit(event.shiftKey ? "left" : "right");
    } else if (event.key === "Escape") {
      event.preventDefault();
      onCancel();
    }
  };
  return (
    <div className={styles.bar}>
      <input className={styles.nameBox} aria-label="Selected cell" readOnly value={address} />
      <span className={styles.fx} aria-hidden="true">
        fx
      </span>
      <input
        ref={ref}
        className={styles.formula}
        aria-label="Formula bar"
        readOnly={!editable}
        value={draft ?? content}
        onChange={(e) => onDraftChange(e.target.value)}
        onKeyDown={editable ? onKeyDown : undefined}
        onBlur={() => {
          if (draft !== null) onCommit("stay");
        }}
      />
      {editable && list && (
        <select
          ref={listRef}
          className={styles.list}
          aria-label={`Choose a value for ${address}`}
          value={list.choices.find((c) => c.toLowerCase() === list.current.toLowerCase()) ?? ""}
          onChange={(e) => {
            if (e.target.value !== "") list.onChoose(e.target.value);
          }}
        >
          <option value="" disabled>
            {list.current === "" ? "Choose from the list" : `${list.current} (not in the list)`}
          </option>
          {list.choices.map((choice, i) => (
            <option key={`${i}:${choice}`} value={choice}>
              {choice}
            </option>
          ))}
        </select>
      )}
      {error && (
        <span role="alert" className={styles.error}>
          {error}
        </span>
      )}
    </div>
  );
});
