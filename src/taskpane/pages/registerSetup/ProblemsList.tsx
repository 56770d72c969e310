// The problems list: every cell that doesn't fit its column, grouped by kind, each with its address and
// a "Go to" button that selects the cell in the sheet; "Check again" re-reads the register.
import { useId } from "react";
import { Badge, Button, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { Notice } from "../../components/Notice";
import type { RowProblem } from "../../../core/registers/validate";
import { groupProblems } from "../../components/problemKinds";

const useStyles = makeStyles({
  heading: {
    fontSize: tokens.fontSizeBase400,
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS} 0`,
  },
  kind: {
    fontSize: tokens.fontSizeBase300,
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS} 0`,
  },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  item: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  message: { flexGrow: 1, flexBasis: "12rem", minWidth: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

export interface ProblemsListProps {
  problems: readonly RowProblem[];
  onGoTo: (address: string) => void;
  /** "Check again": re-validate the register. Omit to hide the button. */
  onCheckAgain?: () => void;
  checking?: boolean;
  title?: string;
}

export function ProblemsList({
  problems,
  onGoTo,
  onCheckAgain,
  checking = false,
  title = "Problems",
}: ProblemsListProps) {
  const styles = useStyles();
  const headingId = useId();
  const groups = groupProblems(problems);
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        {title} ({problems.length})
      </h3>
      <div className={styles.actions}>
        {onCheckAgain && (
          <Button onClick={onCheckAgain} disabled={checking}>
            Check again
          </Button>
        )}
        {checking && <Spinner size="tiny" label="Checking…" />}
      </div>
      {problems.length === 0 ? (
        <Notice intent="success">No problems found: every cell fits its column.</Notice>
      ) : (
        groups.map((g) => (
          <section key={g.kind} aria-label={`${g.kind} (${g.items.length})`}>
            <h4 className={styles.kind}>
              {g.kind} ({g.items.length})
            </h4>
            <ul className={styles.list} aria-label={g.kind}>
              {g.items.map((p, i) => (
                <li key={`${p.address ?? p.row}-${p.code}-${i}`} className={styles.item}>
                  <span className={styles.message}>
                    {p.message}
                    {p.address ? ` (${p.address})` : ""}
                  </span>
                  {p.severity === "warning" && <Badge appearance="outline">warning</Badge>}
                  {p.address && (
                    <Button size="small" aria-label={`Go to ${p.address}`} onClick={() => onGoTo(p.address!)}>
                      Go to
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </section>
  );
}
