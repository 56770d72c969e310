// Sheet tabs along the bottom, like Excel's: click or use arrow keys to switch sheets.
import { useRef, type KeyboardEvent } from "react";
import { makeStyles, mergeClasses } from "@fluentui/react-components";

const useStyles = makeStyles({
  tabs: {
    display: "flex",
    gap: "2px",
    padding: "0 6px",
    overflowX: "auto",
    borderTop: "1px solid #c8c8c8",
    backgroundColor: "#f3f3f3",
    flexShrink: 0,
  },
  tab: {
    font: "inherit",
    padding: "4px 12px",
    border: "none",
    borderBottom: "3px solid transparent",
    backgroundColor: "transparent",
    color: "#424242",
    cursor: "pointer",
    whiteSpace: "nowrap",
    ":focus-visible": { outline: "2px solid #0f6cbd", outlineOffset: "-2px" },
  },
  selected: {
    backgroundColor: "#ffffff",
    color: "#0e5c2f",
    fontWeight: "bold",
    borderBottomColor: "#217346",
  },
});

export interface SheetTabsProps {
  sheets: string[];
  active: string;
  onActivate: (sheet: string) => void;
}

export function SheetTabs({ sheets, active, onActivate }: SheetTabsProps) {
  const styles = useStyles();
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  const onKeyDown = (event: KeyboardEvent) => {
    const i = sheets.indexOf(active);
    const next =
      event.key === "ArrowRight"
        ? sheets[(i + 1) % sheets.length]
        : event.key === "ArrowLeft"
          ? sheets[(i - 1 + sheets.length) % sheets.length]
          : event.key === "Home"
            ? sheets[0]
            : event.key === "End"
              ? sheets[sheets.length - 1]
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    onActivate(next);
    buttons.current.get(next)?.focus();
  };

  return (
    <div role="tablist" aria-label="Sheets" className={styles.tabs} onKeyDown={onKeyDown}>
      {sheets.map((name) => (
        <button
          key={name}
          ref={(el) => {
            if (el) buttons.current.set(name, el);
            else buttons.current.delete(name);
          }}
          type="button"
          role="tab"
          aria-selected={name === active}
          tabIndex={name === active ? 0 : -1}
          className={mergeClasses(styles.tab, name === active && styles.selected)}
          onClick={() => onActivate(name)}
        >
          {name}
        </button>
      ))}
    </div>
  );
}
