// Import a phone system's call records or any call list (CSV): choose the file, see what will be added,
// what is already in the log and which lines are left out and why, confirm the office's extensions (for
// phone-system records), then Add. A file of any other shape is read with columns the person chooses
// (ChooseColumns), offered at once when nothing in the file could be matched.
import { useId, useRef, useState, type ChangeEvent } from "react";
import { Button, Field, Input, Select, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import {
  importSummary,
  parseExtensionList,
  type CallImportPlan,
  type CallReading,
} from "../../../core/calls";
import type { CallImportOptions } from "../../../core/calls/callImport";
import type { CallChannel, CallStatus } from "../../../core/calls/values";
import { CALL_CHANNELS, CALL_STATUSES } from "../../../core/registers/definitions/callLog";
import { browserLocale } from "../../components/columnMapping";
import { Notice } from "../../components/Notice";
import { ActionError } from "../../components/ActionError";
import { useArrivalTarget, useArrive } from "../../components/arrival";
import { ChooseColumns } from "./ChooseColumns";
import { BlockingProblems, ImportPlanView, plural } from "./ImportPlanView";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalS },
  pair: {
    display: "grid",
    gap: tokens.spacingHorizontalS,
    gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))",
  },
  extensions: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "end", flexWrap: "wrap" },
  grow: { flexGrow: 1, minWidth: "160px" },
  fileLabel: { fontWeight: tokens.fontWeightSemibold },
  file: { maxWidth: "100%" },
  text: { margin: 0 },
});

export interface ImportCallsProps {
  preview: (csv: string, options: CallImportOptions) => Promise<CallImportPlan>;
  add: (
    csv: string,
    options: CallImportOptions,
  ) => Promise<{ added: { key: string }[]; notes: string[]; plan: CallImportPlan }>;
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

const EXTENSIONS_HINT = "Write extensions as 201, 202 or a range such as 201-209, separated by commas.";

export function ImportCalls({ preview, add }: ImportCallsProps) {
  const styles = useStyles();
  const fileId = useId();
  // Focus follows the column choice: opening it lands on its heading, Apply on the button that adds the
  // calls read with it, Cancel back on the button that opens it (each would otherwise fall to the body).
  const arrive = useArrive();
  const backToChoose = useArrivalTarget<HTMLButtonElement>(`${fileId}:cancel`);
  const chooseHeading = useArrivalTarget<HTMLHeadingElement>(`${fileId}:choose`);
  const addAfterApply = useArrivalTarget<HTMLButtonElement>(`${fileId}:apply`);
  const fileRef = useRef<HTMLInputElement>(null);
  const [csv, setCsv] = useState<{ name: string; text: string } | null>(null);
  const [channel, setChannel] = useState<CallChannel>("Phone");
  const [status, setStatus] = useState<CallStatus>("Open");
  /** The extensions typed in the field; undefined until a plan shows them (then the setting or a guess). */
  const [extensions, setExtensions] = useState<string | undefined>(undefined);
  const [extensionsError, setExtensionsError] = useState<string | null>(null);
  const [plan, setPlan] = useState<CallImportPlan | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  /** The columns the person chose for this file, once they read it with them. */
  const [reading, setReading] = useState<CallReading | undefined>(undefined);
  const [choosing, setChoosing] = useState(false);

  const options = (over: Partial<CallImportOptions> = {}): CallImportOptions => ({
    defaultChannel: channel,
    defaultStatus: status,
    internalExtensions: extensions,
    reading,
    locale: browserLocale(),
    ...over,
  });

  const run = async (text: string, opts: CallImportOptions) => {
    setBusy("Reading the file…");
    setError(null);
    try {
      const next = await preview(text, opts);
      setPlan(next);
      setExtensions(next.extensions?.list);
      setExtensionsError(null);
      // Read with the columns chosen for a file like this before: Add keeps using them.
      if (next.reading) setReading(next.reading);
      // The file's columns could not be read as calls (no date column found): the person says what they
      // are. Unreadable values are listed instead, as the file is what needs correcting.
      const unread = next.fileErrors.length > 0 && next.mapping.length > 0;
      if (unread && !opts.reading && next.format.id === "generic") setChoosing(true);
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
      setReading(undefined);
      setChoosing(false);
      // A new file: the workbook's setting (or a guess from this file) first, not the last file's list,
      // and its own columns, not the last file's.
      await run(text, options({ internalExtensions: undefined, reading: undefined }));
    } catch (err) {
      setError(err);
    }
  };

  const onOption = (next: { channel?: CallChannel; status?: CallStatus }) => {
    if (next.channel) setChannel(next.channel);
    if (next.status) setStatus(next.status);
    if (csv)
      void run(
        csv.text,
        options({ defaultChannel: next.channel ?? channel, defaultStatus: next.status ?? status }),
      );
  };

  const onApplyExtensions = () => {
    if (!csv || extensions === undefined) return;
    if (parseExtensionList(extensions) === null || extensions.trim() === "") {
      setExtensionsError(EXTENSIONS_HINT);
      return;
    }
    void run(csv.text, options());
  };

  const onColumns = (chosen: CallReading) => {
    if (!csv) return;
    setReading(chosen);
    setChoosing(false);
    arrive(`${fileId}:apply`);
    void run(csv.text, options({ reading: chosen }));
  };

  const onAdd = async () => {
    if (!csv) return;
    setBusy("Adding the calls…");
    setError(null);
    try {
      const result = await add(csv.text, options());
      const ids = result.added.map((a) => a.key);
      const summary = `${importSummary(result.plan)}.`;
      setDone(
        ids.length === 0
          ? `Nothing was added from ${csv.name}: ${summary}`
          : [
              `Added ${plural(ids.length, "call")} from ${csv.name}${ids.length > 1 ? ` (${ids[0]} to ${ids[ids.length - 1]})` : ` (${ids[0]})`}: ${summary}`,
              ...result.notes,
            ].join(" "),
      );
      setPlan(null);
      setCsv(null);
      setReading(undefined);
      if (fileRef.current) fileRef.current.value = "";
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };

  const generic = !plan || plan.format.id === "generic";
  return (
    <div className={styles.root}>
      <p className={styles.text}>
        A phone system&apos;s call records (Asterisk or FreePBX Master.csv and CDR reports, FreeSWITCH, 3CX)
        or any CSV list of calls. Calls already in the log are left out, so the same export can be imported
        again.
      </p>
      <label htmlFor={fileId} className={styles.fileLabel}>
        Call export (CSV file)
      </label>
      <input
        id={fileId}
        ref={fileRef}
        className={styles.file}
        type="file"
        accept=".csv,.txt,.log,text/csv,text/plain"
        onChange={(e) => void onFile(e)}
      />
      {generic && (
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
      )}
      {plan?.extensions && extensions !== undefined && (
        <div className={styles.extensions}>
          <Field
            className={styles.grow}
            label="Internal extensions"
            validationState={extensionsError ? "error" : "none"}
            validationMessage={extensionsError ?? undefined}
            hint={
              plan.extensions.guessed
                ? "Guessed from the file's short numbers: check them. Calls from these to outside numbers are outbound, between them internal (left out). Saved in the workbook when you add the calls."
                : "Calls from these to outside numbers are outbound, between them internal (left out)."
            }
          >
            <Input
              value={extensions}
              onChange={(_, d) => setExtensions(d.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter") onApplyExtensions();
              }}
            />
          </Field>
          <Button onClick={onApplyExtensions} disabled={busy !== null}>
            Apply
          </Button>
        </div>
      )}
      {busy && <Spinner size="tiny" label={busy} />}
      {error !== null && <ActionError error={error} />}
      {done && <Notice intent="success">{done}</Notice>}
      {csv && choosing && (
        <ChooseColumns
          csv={csv.text}
          initial={reading}
          onApply={onColumns}
          headingRef={chooseHeading}
          onCancel={() => {
            arrive(`${fileId}:cancel`);
            setChoosing(false);
          }}
          disabled={busy !== null}
        />
      )}
      {csv && !choosing && generic && (
        <p className={styles.text}>
          {reading ? "Read with the columns you chose. " : ""}
          <Button
            ref={backToChoose}
            size="small"
            onClick={() => {
              arrive(`${fileId}:choose`);
              setChoosing(true);
            }}
            disabled={busy !== null}
          >
            {reading ? "Change the columns" : "Choose the columns yourself"}
          </Button>
        </p>
      )}
      {plan && !choosing && !plan.ok && <BlockingProblems plan={plan} />}
      {plan && !choosing && plan.ok && (
        <>
          <ImportPlanView plan={plan} />
          <div>
            <Button
              ref={addAfterApply}
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
