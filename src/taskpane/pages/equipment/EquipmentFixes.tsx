// What to fix in the Equipment and Service log registers (a machine without an interval, a ticket for an
// unknown machine), each with a way to go to its cell.
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useRegisterPageStyles } from "../../components/RegisterPage";
import { goToCell, type EquipmentView } from "./equipmentApi";

const useStyles = makeStyles({
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

export function EquipmentFixes({ problems }: { problems: EquipmentView["problems"] }) {
  const styles = useRegisterPageStyles();
  const own = useStyles();
  if (problems.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby="equipment-fix-heading">
      <h3 id="equipment-fix-heading" className={styles.h3}>
        To fix
      </h3>
      <ul className={own.problems}>
        {problems.map((p, i) => (
          <li key={i}>
            {p.message} {p.fix}{" "}
            {p.address && (
              <Button size="small" appearance="transparent" onClick={() => void goToCell(p.address!)}>
                Go to
              </Button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
