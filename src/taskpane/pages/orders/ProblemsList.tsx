// What stops a draft (no supplier, unknown supplier, no or bad email, a Reorder qty that is not a number),
// each with what to fix.
import { makeStyles, tokens } from "@fluentui/react-components";
import type { OrderProblem } from "../../../core/orders/types";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "grid", gap: tokens.spacingVerticalS },
  fix: { display: "block", color: tokens.colorNeutralForeground2 },
});

export function ProblemsList({ problems }: { problems: readonly OrderProblem[] }) {
  const styles = useStyles();
  if (problems.length === 0) return null;
  return (
    <section aria-labelledby="orders-problems">
      <h3 id="orders-problems">To fix before ordering</h3>
      <ul className={styles.list} aria-labelledby="orders-problems">
        {problems.map((p) => (
          <li key={`${p.kind}-${p.supplier ?? ""}`}>
            {p.message}
            {p.itemIds.length > 0 && ` Items: ${p.itemIds.join(", ")}.`}
            <span className={styles.fix}>{p.fix}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
