// Equipment: machines overdue or due soon first, with Report a fault, Log service, Update
// meter, History and Request service per machine; warranty flags; problems to fix. While a register
// is missing: the shared register setup (Equipment first, then the Service log).
import { useCallback, useRef, useState } from "react";
import { Button, makeStyles, tokens, useMergedRefs } from "@fluentui/react-components";
import { useArrivalTarget } from "../../components/arrival";
import { Notice } from "../../components/Notice";
import type { PageProps } from "../../pages";
import { RegisterPageFrame, useRegisterPageStyles } from "../../components/RegisterPage";
import { ProblemsList } from "../registerSetup/ProblemsList";
import { RegisterSetup } from "../registerSetup/RegisterSetup";
import { goToCell, loadEquipment, type EquipmentView } from "./equipmentApi";
import { MachineItem, type MachineAction } from "./MachineItem";
import { PageLoadStatus } from "../../components/PageLoadStatus";
import { usePageData, watchTables } from "../../components/usePageData";

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0 },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const WATCH = watchTables(["Equipment", "ServiceLog", "Suppliers"]);
const isFound = (view: EquipmentView) => view.found.equipment;

export default function EquipmentPage({ focusHeading }: PageProps) {
  const styles = useRegisterPageStyles();
  const own = useStyles();
  const { load, refresh } = usePageData(loadEquipment, { watch: WATCH, watchWhile: isFound });
  const [open, setOpen] = useState<{ tag: string; action: MachineAction } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  // The Service log setup stays while the person is in it, even once a re-read finds the new log.
  const [inLogSetup, setInLogSetup] = useState(false);
  const logReady = useCallback(() => {
    setInLogSetup(false);
    refresh();
  }, [refresh]);
  const machinesHeading = useRef<HTMLHeadingElement>(null);
  // Once the Equipment register exists the next step is the Service log (when it is still missing), so
  // focus goes there; once both exist, to the machines.
  const machinesArrival = useArrivalTarget<HTMLHeadingElement>("serviceLog");
  const equipmentArrival = useArrivalTarget<HTMLHeadingElement>("equipment");
  const machinesRefs = useMergedRefs(machinesHeading, machinesArrival);
  const machinesRefsAfterEquipment = useMergedRefs(machinesRefs, equipmentArrival);

  const onDone = useCallback(
    (message: string) => {
      setDone(message);
      setOpen(null);
      refresh();
      machinesHeading.current?.focus();
    },
    [refresh],
  );

  const body = () => {
    if (load.status !== "ready") {
      return <PageLoadStatus load={load} reading="Reading the Equipment register…" onRetry={refresh} />;
    }
    const view = load.data;
    if (!view.found.equipment) return <RegisterSetup registerId="equipment" onReady={refresh} />;
    const overdue = view.machines.filter((m) => m.schedule.state === "Overdue").length;
    const dueSoon = view.machines.filter((m) => m.schedule.state === "Due soon").length;
    const warranty = view.machines.filter((m) => m.warrantyEnding).length;
    return (
      <>
        <section className={styles.section} aria-labelledby="equipment-machines-heading">
          <h3
            id="equipment-machines-heading"
            ref={view.found.serviceLog ? machinesRefsAfterEquipment : machinesRefs}
            tabIndex={-1}
            className={styles.h3}
          >
            Machines
          </h3>
          <div aria-live="polite">{done && <Notice intent="success">{done}</Notice>}</div>
          <p className={styles.text}>
            {view.machines.length === 0
              ? "No machines yet. Add rows to the Equipment sheet."
              : `${view.machines.length} machines: ${overdue} overdue, ${dueSoon} due soon${warranty ? `, ${warranty} with the warranty ending soon` : ""}.`}
          </p>
          <ul className={own.list} aria-label="Machines, overdue first">
            {view.machines.map((m) => (
              <MachineItem
                key={`${m.assetTag}-${m.row}`}
                machine={m}
                view={view}
                open={open?.tag === m.assetTag ? open.action : null}
                onOpen={(action) => {
                  setDone(null);
                  setOpen(action ? { tag: m.assetTag, action } : null);
                }}
                onDone={onDone}
              />
            ))}
          </ul>
        </section>
        {view.problems.length > 0 && (
          <section className={styles.section} aria-labelledby="equipment-fix-heading">
            <h3 id="equipment-fix-heading" className={styles.h3}>
              To fix
            </h3>
            <ul className={own.problems}>
              {view.problems.map((p, i) => (
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
        )}
        {view.cellProblems.length > 0 && (
          <ProblemsList
            problems={view.cellProblems}
            onGoTo={(a) => void goToCell(a)}
            onCheckAgain={refresh}
          />
        )}
        {(!view.found.serviceLog || inLogSetup) && (
          <section className={styles.section} aria-labelledby="equipment-log-heading">
            <h3 id="equipment-log-heading" ref={equipmentArrival} tabIndex={-1} className={styles.h3}>
              Service log
            </h3>
            {!view.found.serviceLog && (
              <p className={styles.text}>
                There is no Service log yet. Reporting a fault creates an empty one; to keep an existing
                service history, convert its sheet here.
              </p>
            )}
            <RegisterSetup registerId="serviceLog" onReady={logReady} onHold={setInLogSetup} />
          </section>
        )}
      </>
    );
  };

  return (
    <RegisterPageFrame id="equipment" title="Equipment" focusHeading={focusHeading}>
      {body()}
    </RegisterPageFrame>
  );
}
