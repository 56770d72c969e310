// One machine in the list: what it is, its service state and warranty flag, and its actions. One action
// panel is open at a time (the page decides which).
import { useState } from "react";
import { Badge, Button, makeStyles, tokens } from "@fluentui/react-components";
import type { TicketRow } from "../../../core/equipment/history";
import { ActionError } from "../../components/ActionError";
import { formatSerial } from "../../../core/cells/excelDates";
import type { EquipmentView, MachineView } from "./equipmentApi";
import { historyOf, setTicketStatus } from "./equipmentApi";
import { FaultForm, MeterForm, ServiceForm } from "./forms";
import { HistoryPanel } from "./HistoryPanel";
import { dueText } from "./machineText";
import { ServiceRequest } from "./ServiceRequest";

export type MachineAction = "fault" | "service" | "meter" | "history" | "request";

const ACTIONS: { id: MachineAction; label: string }[] = [
  { id: "fault", label: "Report a fault" },
  { id: "service", label: "Log service" },
  { id: "meter", label: "Update meter" },
  { id: "history", label: "History" },
  { id: "request", label: "Request service" },
];

const useStyles = makeStyles({
  item: {
    display: "grid",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  line: {
    margin: 0,
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
  panel: { paddingTop: tokens.spacingVerticalS },
  tickets: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

const text = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());
const STATE_COLOR = {
  Overdue: "danger",
  "Due soon": "warning",
  OK: "success",
  "Not scheduled": "informative",
} as const;

/** The machine's open tickets; an Open one can be marked as waiting on the vendor. */
function OpenTickets({
  tag,
  tickets,
  onDone,
}: {
  tag: string;
  tickets: TicketRow[];
  onDone: (m: string) => void;
}) {
  const styles = useStyles();
  const [error, setError] = useState<unknown>(null);
  const wait = async (key: string) => {
    setError(null);
    try {
      await setTicketStatus(key, "Waiting on vendor");
      onDone(`Ticket ${key} is waiting on the vendor.`);
    } catch (e) {
      setError(e);
    }
  };
  return (
    <>
      <ul className={styles.tickets} aria-label={`Open tickets of ${tag}`}>
        {tickets.map((t) => {
          const status = text(t.values.status) || "Open";
          return (
            <li key={`${t.key}-${t.row}`} className={styles.line}>
              <span>
                {t.key} ({status}){text(t.values.problem) ? `: ${text(t.values.problem)}` : ""}
              </span>
              {status === "Open" && (
                <Button size="small" appearance="subtle" onClick={() => void wait(t.key)}>
                  {`Mark ${t.key} waiting on vendor`}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {error !== null && <ActionError error={error} />}
    </>
  );
}

export interface MachineItemProps {
  machine: MachineView;
  view: EquipmentView;
  open: MachineAction | null;
  onOpen: (action: MachineAction | null) => void;
  onDone: (message: string) => void;
}

export function MachineItem({ machine, view, open, onOpen, onDone }: MachineItemProps) {
  const styles = useStyles();
  const v = machine.values;
  const name = [text(v.type), text(v.make), text(v.model)].filter(Boolean).join(" ");
  const status = text(v.status) || "Status not set";
  const headingId = `machine-${machine.row}`;
  const formProps = { machine, today: view.today, onDone, onCancel: () => onOpen(null) };
  return (
    <li className={styles.item} aria-labelledby={headingId}>
      <h4 id={headingId} className={styles.title}>
        {machine.assetTag}
        {name ? ` · ${name}` : ""}
      </h4>
      {/* Lines of badges are divs: a Fluent Badge is a <div>, which a <p> cannot hold (React warns). */}
      <div className={styles.line}>
        {text(v.location) && <span>{text(v.location)}</span>}
        <Badge
          appearance="tint"
          color={status === "Operational" ? "success" : status === "Retired" ? "subtle" : "danger"}
        >
          {status}
        </Badge>
      </div>
      <div className={styles.line}>
        <Badge appearance="outline" color={STATE_COLOR[machine.schedule.state]}>
          {machine.schedule.state}
        </Badge>
        <span>{dueText(machine.schedule)}</span>
      </div>
      {machine.warrantyEnding && typeof v.warrantyUntil === "number" && (
        <div className={styles.line}>
          <Badge appearance="tint" color="warning">
            Warranty ending
          </Badge>
          <span>Warranty ends {formatSerial(v.warrantyUntil)}.</span>
        </div>
      )}
      {machine.openTickets.length > 0 && (
        <OpenTickets tag={machine.assetTag} tickets={machine.openTickets} onDone={onDone} />
      )}
      <div className={styles.actions} role="group" aria-label={`Actions for ${machine.assetTag}`}>
        {ACTIONS.map((a) => (
          <Button
            key={a.id}
            size="small"
            appearance={open === a.id ? "primary" : "secondary"}
            aria-expanded={open === a.id}
            onClick={() => onOpen(open === a.id ? null : a.id)}
          >
            {a.label}
          </Button>
        ))}
      </div>
      {open && (
        <div className={styles.panel}>
          {open === "fault" && <FaultForm {...formProps} />}
          {open === "service" && <ServiceForm {...formProps} />}
          {open === "meter" && <MeterForm {...formProps} />}
          {open === "history" && <HistoryPanel history={historyOf(view, machine.assetTag)} />}
          {open === "request" && (
            <ServiceRequest machine={machine} vendors={view.vendors} settings={view.settings} />
          )}
        </div>
      )}
    </li>
  );
}
