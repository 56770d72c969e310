// Import a phone system's or fax server's export (CSV): choose the file, see what will be added and what
// is left out, then Add (all or nothing).
import { useId, useRef, useState, type ChangeEvent } from "react";
import {
  Button,
  Field,
  MessageBarTitle,
  Select,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Notice } from "../../components/Notice";
import type { CallImportOptions, CallImportPlan } from "../../../core/calls/callImport";
import type { CallChannel, CallStatus } from "../../../core/calls/values";
import { CALL_CHANNELS, CALL_STATUSES } from "../../../core/registers/definitions/callLog";
import { ActionError } from "../registerSetup/ActionError";
import { showDate } from "./dates";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalS },
  pair: {
    display: "grid",
    gap: tokens.spacingHorizontalS,
    gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))",
  },
  fileLabel: { fontWeight: tokens.fontWeightSemibold },
  file: { maxWidth: "100%" },
  scroll: { overflowX: "auto", maxWidth: "100%" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  text: { margin: 0 },
});

const MAX_LISTED = 20;

export interface ImportCallsProps {
  preview: (csv: string, options: CallImportOptions) => Promise<CallImportPlan>;
  add: (csv: string, options: CallImportOptions) => Promise<{ added: { key: string }[]; notes: string[] }>;
}

/** The text of a chosen file (FileReader works in every host the add-in runs in, and in jsdom). */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ""));
    reader.onerror = () => reject(reader.error ?? new Error(`Could not read ${file.name}.`));
    reader.readAsText(file);
  });
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function ImportCalls({ preview, add }: ImportCallsProps) {
  const styles = useStyles();
  const fileId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [csv, setCsv] = useState<{ name: string; text: string } | null>(null);
  const [channel, setChannel] = useState<CallChannel>("Phone");
  const [status, setStatus] = useState<CallStatus>("Open");
  const [plan, setPlan] = useState<CallImportPlan | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  const run = async (text: string, options: CallImportOptions) => {
    setBusy("Reading the file…");
    setError(null);
    try {
      setPlan(await preview(text, options));
    } catch (err) {
      setPlan(null);
      setError(err);
    } finally {
      setBusy(null);
    }
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    setDone(null);
    if (!file) return;
    try {
      const text = await readText(file);
      setCsv({ name: file.name, text });
      await run(text, { defaultChannel: channel, defaultStatus: status });
    } catch (err) {
      setError(err);
    }
  };

  const onOption = (next: { channel?: CallChannel; status?: CallStatus }) => {
    const c = next.channel ?? channel;
    const s = next.status ?? status;
    setChannel(c);
    setStatus(s);
    if (csv) void run(csv.text, { defaultChannel: c, defaultStatus: s });
  };

  const onAdd = async () => {
    if (!csv) return;
    setBusy("Adding the calls…");
    setError(null);
    try {
      const result = await add(csv.text, { defaultChannel: channel, defaultStatus: status });
      const ids = result.added.map((a) => a.key);
      setDone(
        ids.length === 0
          ? "Nothing was added: every call in the file is already in the log."
          : [
              `Added ${plural(ids.length, "call")} from ${csv.name}${ids.length > 1 ? ` (${ids[0]} to ${ids[ids.length - 1]})` : ` (${ids[0]})`}.`,
              ...result.notes,
            ].join(" "),
      );
      setPlan(null);
      setCsv(null);
      if (fileRef.current) fileRef.current.value = "";
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };

  const blocked = plan !== null && !plan.ok;
  const problems = plan
    ? [...plan.fileErrors, ...plan.lineErrors.map((e) => `Line ${e.line}, ${e.column}: ${e.message}`)]
    : [];

  return (
    <div className={styles.root}>
      <p className={styles.text}>
        A CSV export from a phone system or fax server. Calls already in the log (same time, number and
        direction) are left out.
      </p>
      <label htmlFor={fileId} className={styles.fileLabel}>
        Call export (CSV file)
      </label>
      <input
        id={fileId}
        ref={fileRef}
        className={styles.file}
        type="file"
        accept=".csv,.txt,text/csv,text/plain"
        onChange={(e) => void onFile(e)}
      />
      <div className={styles.pair}>
        <Field label="Channel for calls without one">
          <Select value={channel} onChange={(_, d) => onOption({ channel: d.value as CallChannel })}>
            {CALL_CHANNELS.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </Select>
        </Field>
        <Field label="Status for calls without one">
          <Select value={status} onChange={(_, d) => onOption({ status: d.value as CallStatus })}>
            {CALL_STATUSES.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </Select>
        </Field>
      </div>
      {busy && <Spinner size="tiny" label={busy} />}
      {error !== null && <ActionError error={error} />}
      {done && <Notice intent="success">{done}</Notice>}
      {plan && blocked && (
        <Notice intent="error">
          <MessageBarTitle>Nothing can be imported from this file yet.</MessageBarTitle>
          {plan.lineErrors.length > 0
            ? `${plural(plan.lineErrors.length, "value")} cannot be read. Correct the file and choose it again; no call is added until every line reads.`
            : ""}
          <ul className={styles.list}>
            {problems.slice(0, MAX_LISTED).map((p) => (
              <li key={p}>{p}</li>
            ))}
            {problems.length > MAX_LISTED && <li>…and {problems.length - MAX_LISTED} more.</li>}
          </ul>
        </Notice>
      )}
      {plan && !blocked && (
        <>
          <Notice intent={plan.toAdd.length > 0 ? "info" : "warning"}>
            <MessageBarTitle>
              {plan.toAdd.length > 0
                ? `${plural(plan.toAdd.length, "new call")} to add.`
                : "No new calls in this file."}
            </MessageBarTitle>
            <ul className={styles.list}>
              {plan.alreadyInLog.length > 0 && (
                <li>
                  {`${plural(plan.alreadyInLog.length, "call")} already in the log: ${plan.alreadyInLog
                    .slice(0, MAX_LISTED)
                    .map((a) => `line ${a.line} (${a.callId})`)
                    .join(", ")}.`}
                </li>
              )}
              {plan.duplicatesInFile.length > 0 && (
                <li>
                  {`${plural(plan.duplicatesInFile.length, "line")} repeat an earlier line: ${plan.duplicatesInFile
                    .slice(0, MAX_LISTED)
                    .map((d) => `line ${d.line} (same as line ${d.sameAs})`)
                    .join(", ")}.`}
                </li>
              )}
              {plan.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          </Notice>
          {plan.toAdd.length > 0 && (
            <div className={styles.scroll}>
              <Table size="small" aria-label="Calls to add">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>Line</TableHeaderCell>
                    <TableHeaderCell>Received at</TableHeaderCell>
                    <TableHeaderCell>Direction</TableHeaderCell>
                    <TableHeaderCell>Channel</TableHeaderCell>
                    <TableHeaderCell>Caller</TableHeaderCell>
                    <TableHeaderCell>Number</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {plan.toAdd.map((r) => (
                    <TableRow key={r.line}>
                      <TableCell>{r.line}</TableCell>
                      <TableCell>{showDate(r.values.receivedAt, true)}</TableCell>
                      <TableCell>{showDate(r.values.direction)}</TableCell>
                      <TableCell>{showDate(r.values.channel)}</TableCell>
                      <TableCell>{showDate(r.values.caller)}</TableCell>
                      <TableCell>{showDate(r.values.number)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          )}
          <div>
            <Button
              appearance="primary"
              disabled={busy !== null || plan.toAdd.length === 0}
              onClick={() => void onAdd()}
            >
              {`Add ${plural(plan.toAdd.length, "call")}`}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
