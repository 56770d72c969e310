// Equipment: machines overdue or due soon first, with Report a fault, Log service, Update
// meter, History and Request service per machine; warranty flags; problems to fix. While a register
// is missing: the shared register setup (Equipment first, then the Service log).
import { useCallback, useRef, useState } from "react";
import { useMergedRefs } from "@fluentui/react-components";
import { useArrivalTarget } from "../../components/arrival";
import type { PageProps } from "../../pages";
import { RegisterPageFrame } from "../../components/RegisterPage";
import { ProblemsList } from "../registerSetup/ProblemsList";
import { RegisterSetup } from "../registerSetup/RegisterSetup";
import { goToCell, loadEquipment, type EquipmentView } from "./equipmentApi";
import { EquipmentFixes } from "./EquipmentFixes";
import { MachinesSection, type OpenAction } from "./MachinesSection";
import { ServiceLogSection } from "./ServiceLogSection";
import { PageLoadStatus } from "../../components/PageLoadStatus";
import { usePageData, watchTables } from "../../components/usePageData";

const WATCH = watchTables(["Equipment", "ServiceLog", "Suppliers"]);
const isFound = (view: EquipmentView) => view.found.equipment;

export default function EquipmentPage({ focusHeading }: PageProps) {
  const { load, refresh } = usePageData(loadEquipment, { watch: WATCH, watchWhile: isFound });
  const [open, setOpen] = useState<OpenAction | null>(null);
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
    return (
      <>
        <MachinesSection
          view={view}
          headingRef={view.found.serviceLog ? machinesRefsAfterEquipment : machinesRefs}
          done={done}
          open={open}
          onOpen={(next) => {
            setDone(null);
            setOpen(next);
          }}
          onDone={onDone}
        />
        <EquipmentFixes problems={view.problems} />
        {view.cellProblems.length > 0 && (
          <ProblemsList
            problems={view.cellProblems}
            onGoTo={(a) => void goToCell(a)}
            onCheckAgain={refresh}
          />
        )}
        {(!view.found.serviceLog || inLogSetup) && (
          <ServiceLogSection
            found={view.found.serviceLog}
            headingRef={equipmentArrival}
            onReady={logReady}
            onHold={setInLogSetup}
          />
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
