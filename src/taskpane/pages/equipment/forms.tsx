// The per-machine forms: report a fault, log service, update the meter. Each calls one workbook action
// and reports back a sentence for the page to announce; a refused action shows what to fix.
import { useState, type FormEvent } from "react";
import {
  Button,
  Field,
  Input,
  Radio,
  RadioGroup,
  Select,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { SERVICE_KINDS } from "../../../core/registers/definitions/serviceLog";
import { ActionError } from "../../components/ActionError";
import { logService, reportFault, updateMeter, type FaultStatus, type MachineView } from "./equipmentApi";
import { dateInputValue, localDayFromDateInput } from "../../components/dateInputs";
import { parseTypedNumber } from "./machineText";

const useStyles = makeStyles({
  form: { display: "grid", gap: tokens.spacingVerticalS, maxWidth: "100%" },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface FormProps {
  machine: MachineView;
  today: number;
  /** Called after the workbook was changed, with what to announce. */
  onDone: (message: string) => void;
  onCancel: () => void;
}

function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, run };
}

function Buttons({ busy, label, onCancel }: { busy: boolean; label: string; onCancel: () => void }) {
  const styles = useStyles();
  return (
    <div className={styles.buttons}>
      <Button appearance="primary" type="submit" disabled={busy}>
        {label}
      </Button>
      <Button onClick={onCancel} disabled={busy}>
        Cancel
      </Button>
    </div>
  );
}

export function FaultForm({ machine, onDone, onCancel }: FormProps) {
  const styles = useStyles();
  const [problem, setProblem] = useState("");
  const [reportedBy, setReportedBy] = useState("");
  const [status, setStatus] = useState<FaultStatus>("Needs repair");
  const { busy, error, run } = useAction();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void run(async () => {
      const r = await reportFault({ assetTag: machine.assetTag, problem, reportedBy, status });
      onDone(
        `Ticket ${r.ticketId} opened for ${machine.assetTag}, now ${status}.${r.notes.length ? ` ${r.notes.join(" ")}` : ""}`,
      );
    });
  };
  return (
    <form className={styles.form} onSubmit={submit} aria-label={`Report a fault on ${machine.assetTag}`}>
      <Field label="What is wrong" required>
        <Textarea value={problem} onChange={(_, d) => setProblem(d.value)} resize="vertical" />
      </Field>
      <Field label="Reported by">
        <Input value={reportedBy} onChange={(_, d) => setReportedBy(d.value)} />
      </Field>
      <Field label="Machine status">
        <RadioGroup value={status} onChange={(_, d) => setStatus(d.value as FaultStatus)}>
          <Radio value="Needs repair" label="Needs repair (still usable)" />
          <Radio value="Out of service" label="Out of service" />
        </RadioGroup>
      </Field>
      {error !== null && <ActionError error={error} />}
      <Buttons busy={busy} label="Report the fault" onCancel={onCancel} />
    </form>
  );
}

/** What Save service reports: the ticket closed or the entry added, and the machine's state. */
function servicedSentence(r: Awaited<ReturnType<typeof logService>>, kind: string, assetTag: string) {
  return `${r.closed ? `Ticket ${r.ticketId} closed` : `${kind} entry ${r.ticketId} added`}; ${assetTag} is Operational.${r.notes.length ? ` ${r.notes.join(" ")}` : ""}`;
}

/** The open ticket the service closes, or none (a new entry). */
function TicketField({
  open,
  ticketId,
  onChange,
}: {
  open: FormProps["machine"]["openTickets"];
  ticketId: string;
  onChange: (ticketId: string) => void;
}) {
  return (
    <Field label="Ticket">
      <Select value={ticketId} onChange={(_, d) => onChange(d.value)}>
        {open.map((t) => (
          <option key={t.key} value={t.key}>
            {`${t.key}: ${String(t.values.problem ?? t.values.kind ?? "")} (${String(t.values.status ?? "Open")})`}
          </option>
        ))}
        <option value="">No ticket: a new entry</option>
      </Select>
    </Field>
  );
}

export function ServiceForm({ machine, today, onDone, onCancel }: FormProps) {
  const styles = useStyles();
  const open = machine.openTickets;
  const [ticketId, setTicketId] = useState(open[0]?.key ?? "");
  const [kind, setKind] = useState<(typeof SERVICE_KINDS)[number]>("Preventive");
  const [date, setDate] = useState(dateInputValue(today));
  const [meter, setMeter] = useState("");
  const [actionTaken, setActionTaken] = useState("");
  const [cost, setCost] = useState("");
  const [downtime, setDowntime] = useState("");
  const { busy, error, setError, run } = useAction();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const day = localDayFromDateInput(date);
    const numbers = {
      meter: parseTypedNumber(meter),
      cost: parseTypedNumber(cost),
      downtime: parseTypedNumber(downtime),
    };
    const bad = Object.entries(numbers).find(([, v]) => Number.isNaN(v));
    if (!day || bad) {
      setError(new Error(!day ? "Choose the day of the service." : `The ${bad![0]} is not a number.`));
      return;
    }
    void run(async () => {
      const r = await logService({
        assetTag: machine.assetTag,
        ticketId: ticketId || undefined,
        kind,
        date: day,
        meter: numbers.meter,
        actionTaken,
        cost: numbers.cost,
        downtimeHours: numbers.downtime,
      });
      onDone(servicedSentence(r, kind, machine.assetTag));
    });
  };
  return (
    <form className={styles.form} onSubmit={submit} aria-label={`Log service on ${machine.assetTag}`}>
      <TicketField open={open} ticketId={ticketId} onChange={setTicketId} />
      {ticketId === "" && (
        <Field label="Kind">
          <Select value={kind} onChange={(_, d) => setKind(d.value as typeof kind)}>
            {SERVICE_KINDS.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </Select>
        </Field>
      )}
      <Field label="Service date" required>
        <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} />
      </Field>
      <Field label="Meter reading at the service" hint="Leave blank to keep the current reading.">
        <Input inputMode="numeric" value={meter} onChange={(_, d) => setMeter(d.value)} />
      </Field>
      <Field label="Action taken">
        <Textarea value={actionTaken} onChange={(_, d) => setActionTaken(d.value)} resize="vertical" />
      </Field>
      <Field label="Cost">
        <Input inputMode="decimal" value={cost} onChange={(_, d) => setCost(d.value)} />
      </Field>
      <Field label="Downtime (hours)">
        <Input inputMode="decimal" value={downtime} onChange={(_, d) => setDowntime(d.value)} />
      </Field>
      {error !== null && <ActionError error={error} />}
      <Buttons busy={busy} label="Save service" onCancel={onCancel} />
    </form>
  );
}

export function MeterForm({ machine, onDone, onCancel }: FormProps) {
  const styles = useStyles();
  const [reading, setReading] = useState("");
  const { busy, error, setError, run } = useAction();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const n = parseTypedNumber(reading);
    if (n === null || Number.isNaN(n)) {
      setError(new Error("Type the page count shown on the machine."));
      return;
    }
    void run(async () => {
      const r = await updateMeter(machine.assetTag, n);
      onDone(
        `Meter of ${r.assetTag} is now ${r.meterNow.toLocaleString("en-US")}.${r.notes.length ? ` ${r.notes.join(" ")}` : ""}`,
      );
    });
  };
  const last = machine.values.meterNow;
  return (
    <form className={styles.form} onSubmit={submit} aria-label={`Update the meter of ${machine.assetTag}`}>
      <Field
        label="Meter reading"
        required
        hint={typeof last === "number" ? `Last reading: ${last.toLocaleString("en-US")}` : undefined}
      >
        <Input inputMode="numeric" value={reading} onChange={(_, d) => setReading(d.value)} />
      </Field>
      {error !== null && <ActionError error={error} />}
      <Buttons busy={busy} label="Save reading" onCancel={onCancel} />
    </form>
  );
}
