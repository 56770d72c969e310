// A person's onboarding or offboarding checklist. Ticks are kept in the workbook's Checklists register,
// so a colleague opening the workbook sees them (and the page re-reads when a co-author ticks); until that
// register exists the list is shown with the setup to create it.
import { useState } from "react";
import { Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import { tickKey, ticksByItem, type ChecklistItem, type ChecklistKind } from "../../../core/staff";
import { showDate } from "../../components/dateInputs";
import { RegisterSetup } from "../registerSetup/RegisterSetup";
import type { StaffView } from "./staffApi";

const useStyles = makeStyles({
  box: { display: "grid", gap: tokens.spacingVerticalXS },
  h4: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  ticks: { margin: 0, padding: 0, listStyleType: "none" },
});

export interface ChecklistViewProps {
  kind: ChecklistKind;
  staffId: string;
  items: ChecklistItem[];
  view: StaffView;
  onTick: (item: ChecklistItem, done: boolean) => Promise<void>;
  onSetUp: () => void;
}

export function ChecklistView({ kind, staffId, items, view, onTick, onSetUp }: ChecklistViewProps) {
  const styles = useStyles();
  const [pending, setPending] = useState<string[]>([]);
  // A sheet being converted into Checklists keeps its setup (the result) on screen until Continue.
  const [holding, setHolding] = useState(false);
  const title = `${kind} checklist`;
  if (!view.checklistsFound || holding)
    return (
      <section className={styles.box} aria-label={title}>
        <h4 className={styles.h4}>{title}</h4>
        <ul className={styles.list}>
          {items.map((i) => (
            <li key={i.id}>{i.text}</li>
          ))}
        </ul>
        <p>To tick items so that everyone opening the workbook sees them, set up the Checklists register.</p>
        <RegisterSetup
          registerId="checklists"
          onHold={setHolding}
          onReady={() => {
            setHolding(false);
            onSetUp();
          }}
        />
      </section>
    );
  const ticks = ticksByItem(view.ticks);
  return (
    <section className={styles.box} aria-label={title}>
      <h4 className={styles.h4}>{title}</h4>
      <ul className={styles.ticks}>
        {items.map((i) => {
          const t = ticks.get(tickKey(staffId, kind, i.id));
          const done = t?.doneOn != null;
          const by = t?.doneBy ? ` by ${t.doneBy}` : "";
          return (
            <li key={i.id}>
              <Checkbox
                checked={done}
                disabled={pending.includes(i.id)}
                label={done ? `${i.text} (done ${showDate(t.doneOn)}${by})` : i.text}
                onChange={(_, d) => {
                  setPending((p) => [...p, i.id]);
                  void onTick(i, d.checked === true).finally(() =>
                    setPending((p) => p.filter((x) => x !== i.id)),
                  );
                }}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
