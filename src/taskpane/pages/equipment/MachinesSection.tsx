// The machines, overdue first, under a count of how many are overdue, due soon or near the end of their
// warranty; what the last action did is said above them.
import type { Ref } from "react";
import { makeStyles } from "@fluentui/react-components";
import { Notice } from "../../components/Notice";
import { useRegisterPageStyles } from "../../components/RegisterPage";
import type { EquipmentView } from "./equipmentApi";
import { MachineItem, type MachineAction } from "./MachineItem";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0 },
});

export interface OpenAction {
  tag: string;
  action: MachineAction;
}

export interface MachinesSectionProps {
  view: EquipmentView;
  headingRef: Ref<HTMLHeadingElement>;
  /** What the last action did, or null. */
  done: string | null;
  /** The one action panel open, if any. */
  open: OpenAction | null;
  onOpen: (open: OpenAction | null) => void;
  onDone: (message: string) => void;
}

function countText(machines: EquipmentView["machines"]): string {
  if (machines.length === 0) return "No machines yet. Add rows to the Equipment sheet.";
  const overdue = machines.filter((m) => m.schedule.state === "Overdue").length;
  const dueSoon = machines.filter((m) => m.schedule.state === "Due soon").length;
  const warranty = machines.filter((m) => m.warrantyEnding).length;
  return `${machines.length} machines: ${overdue} overdue, ${dueSoon} due soon${warranty ? `, ${warranty} with the warranty ending soon` : ""}.`;
}

export function MachinesSection({ view, headingRef, done, open, onOpen, onDone }: MachinesSectionProps) {
  const styles = useRegisterPageStyles();
  const own = useStyles();
  return (
    <section className={styles.section} aria-labelledby="equipment-machines-heading">
      <h3 id="equipment-machines-heading" ref={headingRef} tabIndex={-1} className={styles.h3}>
        Machines
      </h3>
      <div aria-live="polite">{done && <Notice intent="success">{done}</Notice>}</div>
      <p className={styles.text}>{countText(view.machines)}</p>
      <ul className={own.list} aria-label="Machines, overdue first">
        {view.machines.map((m) => (
          <MachineItem
            key={`${m.assetTag}-${m.row}`}
            machine={m}
            view={view}
            open={open?.tag === m.assetTag ? open.action : null}
            onOpen={(action) => onOpen(action ? { tag: m.assetTag, action } : null)}
            onDone={onDone}
          />
        ))}
      </ul>
    </section>
  );
}
