// Import a phone system's call records or any call list (CSV): choose the file, see what will be added,
// what is already in the log and which lines are left out and why, confirm the office's extensions (for
// phone-system records), then Add. A file of any other shape is read with columns the person chooses
// (ChooseColumns), offered at once when nothing in the file could be matched.
import { useId, useRef, useState, type ChangeEvent, type Ref, type RefObject } from "react";
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

type Csv = { name: string; text: string };

/** What the import holds between steps: the file, the options, the plan read from them. */
function useImportState() {
  const [csv, setCsv] = useState<Csv | null>(null);
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
  return {
    csv,
    setCsv,
    channel,
    setChannel,
    status,
    setStatus,
    extensions,
    setExtensions,
    extensionsError,
    setExtensionsError,
    plan,
    setPlan,
    busy,
    setBusy,
    error,
    setError,
    done,
    setDone,
    reading,
    setReading,
    choosing,
    setChoosing,
  };
}

type ImportState = ReturnType<typeof useImportState>;

/** What the Add button reports: the calls added (first to last Call ID), or why none were. */
function addedSentence(name: string, result: Awaited<ReturnType<ImportCallsProps["add"]>>) {
  const ids = result.added.map((a) => a.key);
  const summary = `${importSummary(result.plan)}.`;
  return ids.length === 0
    ? `Nothing was added from ${name}: ${summary}`
    : [
        `Added ${plural(ids.length, "call")} from ${name}${ids.length > 1 ? ` (${ids[0]} to ${ids[ids.length - 1]})` : ` (${ids[0]})`}: ${summary}`,
        ...result.notes,
      ].join(" ");
}

/** The options the file is read with: those shown, unless a step overrides some. */
function importOptions(st: ImportState, over: Partial<CallImportOptions> = {}): CallImportOptions {
  return {
    defaultChannel: st.channel,
    defaultStatus: st.status,
    internalExtensions: st.extensions,
    reading: st.reading,
    locale: browserLocale(),
    ...over,
  };
}

/** Reads the file into a plan to show (again after each change of option, extensions or columns). */
function planRunner(st: ImportState, preview: ImportCallsProps["preview"]) {
  return async (text: string, opts: CallImportOptions) => {
    st.setBusy("Reading the file…");
    st.setError(null);
    try {
      const next = await preview(text, opts);
      st.setPlan(next);
      st.setExtensions(next.extensions?.list);
      st.setExtensionsError(null);
      // Read with the columns chosen for a file like this before: Add keeps using them.
      if (next.reading) st.setReading(next.reading);
      // The file's columns could not be read as calls (no date column found): the person says what they
      // are. Unreadable values are listed instead, as the file is what needs correcting.
      const unread = next.fileErrors.length > 0 && next.mapping.length > 0;
      if (unread && !opts.reading && next.format.id === "generic") st.setChoosing(true);
    } catch (err) {
      st.setPlan(null);
      st.setError(err);
    } finally {
      st.setBusy(null);
    }
  };
}

function useCallImport({ preview, add }: ImportCallsProps, fileRef: RefObject<HTMLInputElement | null>) {
  const st = useImportState();
  const { csv } = st;
  const options = (over: Partial<CallImportOptions> = {}) => importOptions(st, over);
  const run = planRunner(st, preview);

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    st.setDone(null);
    if (!file) return;
    try {
      const text = await readText(file);
      st.setCsv({ name: file.name, text });
      st.setReading(undefined);
      st.setChoosing(false);
      // A new file: the workbook's setting (or a guess from this file) first, not the last file's list,
      // and its own columns, not the last file's.
      await run(text, options({ internalExtensions: undefined, reading: undefined }));
    } catch (err) {
      st.setError(err);
    }
  };

  const onOption = (next: { channel?: CallChannel; status?: CallStatus }) => {
    if (next.channel) st.setChannel(next.channel);
    if (next.status) st.setStatus(next.status);
    if (csv)
      void run(
        csv.text,
        options({ defaultChannel: next.channel ?? st.channel, defaultStatus: next.status ?? st.status }),
      );
  };

  const onApplyExtensions = () => {
    if (!csv || st.extensions === undefined) return;
    if (parseExtensionList(st.extensions) === null || st.extensions.trim() === "") {
      st.setExtensionsError(EXTENSIONS_HINT);
      return;
    }
    void run(csv.text, options());
  };

  const onColumns = (chosen: CallReading) => {
    if (!csv) return;
    st.setReading(chosen);
    st.setChoosing(false);
    void run(csv.text, options({ reading: chosen }));
  };

  const onAdd = async () => {
    if (!csv) return;
    st.setBusy("Adding the calls…");
    st.setError(null);
    try {
      st.setDone(addedSentence(csv.name, await add(csv.text, options())));
      st.setPlan(null);
      st.setCsv(null);
      st.setReading(undefined);
      if (fileRef.current) fileRef.current.value = "";
    } catch (err) {
      st.setError(err);
    } finally {
      st.setBusy(null);
    }
  };

  return { ...st, onFile, onOption, onApplyExtensions, onColumns, onAdd };
}

type CallImport = ReturnType<typeof useCallImport>;

/** The channel and status given to calls whose file says none (only files of no known phone system). */
function DefaultsFields({ imp }: { imp: CallImport }) {
  const styles = useStyles();
  return (
    <div className={styles.pair}>
      <Field label="Channel for calls without one">
        <Select value={imp.channel} onChange={(_, d) => imp.onOption({ channel: d.value as CallChannel })}>
          {CALL_CHANNELS.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </Select>
      </Field>
      <Field label="Status for calls without one">
        <Select value={imp.status} onChange={(_, d) => imp.onOption({ status: d.value as CallStatus })}>
          {CALL_STATUSES.map((c) => (
            <option key={c}>{c}</option>
          ))}
        </Select>
      </Field>
    </div>
  );
}

function ExtensionsField({ imp, guessed }: { imp: CallImport; guessed: boolean }) {
  const styles = useStyles();
  return (
    <div className={styles.extensions}>
      <Field
        className={styles.grow}
        label="Internal extensions"
        validationState={imp.extensionsError ? "error" : "none"}
        validationMessage={imp.extensionsError ?? undefined}
        hint={
          guessed
            ? "Guessed from the file's short numbers: check them. Calls from these to outside numbers are outbound, between them internal (left out). Saved in the workbook when you add the calls."
            : "Calls from these to outside numbers are outbound, between them internal (left out)."
        }
      >
        <Input
          value={imp.extensions}
          onChange={(_, d) => imp.setExtensions(d.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") imp.onApplyExtensions();
          }}
        />
      </Field>
      <Button onClick={imp.onApplyExtensions} disabled={imp.busy !== null}>
        Apply
      </Button>
    </div>
  );
}

/** The plan (or what blocks it) and the button that adds its calls. */
function PlanAndAdd({
  imp,
  plan,
  addRef,
}: {
  imp: CallImport;
  plan: CallImportPlan;
  addRef: Ref<HTMLButtonElement>;
}) {
  if (!plan.ok) return <BlockingProblems plan={plan} />;
  return (
    <>
      <ImportPlanView plan={plan} />
      <div>
        <Button
          ref={addRef}
          appearance="primary"
          disabled={imp.busy !== null || plan.toAdd.length === 0}
          onClick={() => void imp.onAdd()}
        >
          {`Add ${plural(plan.toAdd.length, "call")}`}
        </Button>
      </div>
    </>
  );
}

/** Choosing the file's columns, or the button that opens the choice. */
function ColumnChoice({ imp, csv, fileId }: { imp: CallImport; csv: Csv; fileId: string }) {
  const styles = useStyles();
  // Focus follows the column choice: opening it lands on its heading, Apply on the button that adds the
  // calls read with it, Cancel back on the button that opens it (each would otherwise fall to the body).
  const arrive = useArrive();
  const backToChoose = useArrivalTarget<HTMLButtonElement>(`${fileId}:cancel`);
  const chooseHeading = useArrivalTarget<HTMLHeadingElement>(`${fileId}:choose`);
  if (imp.choosing)
    return (
      <ChooseColumns
        csv={csv.text}
        initial={imp.reading}
        onApply={(chosen) => {
          arrive(`${fileId}:apply`);
          imp.onColumns(chosen);
        }}
        headingRef={chooseHeading}
        onCancel={() => {
          arrive(`${fileId}:cancel`);
          imp.setChoosing(false);
        }}
        disabled={imp.busy !== null}
      />
    );
  return (
    <p className={styles.text}>
      {imp.reading ? "Read with the columns you chose. " : ""}
      <Button
        ref={backToChoose}
        size="small"
        onClick={() => {
          arrive(`${fileId}:choose`);
          imp.setChoosing(true);
        }}
        disabled={imp.busy !== null}
      >
        {imp.reading ? "Change the columns" : "Choose the columns yourself"}
      </Button>
    </p>
  );
}

export function ImportCalls(props: ImportCallsProps) {
  const styles = useStyles();
  const fileId = useId();
  const addAfterApply = useArrivalTarget<HTMLButtonElement>(`${fileId}:apply`);
  const fileRef = useRef<HTMLInputElement>(null);
  const imp = useCallImport(props, fileRef);
  const { csv, plan, choosing, busy, error, done } = imp;

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
        onChange={(e) => void imp.onFile(e)}
      />
      {generic && <DefaultsFields imp={imp} />}
      {plan?.extensions && imp.extensions !== undefined && (
        <ExtensionsField imp={imp} guessed={plan.extensions.guessed} />
      )}
      {busy && <Spinner size="tiny" label={busy} />}
      {error !== null && <ActionError error={error} />}
      {done && <Notice intent="success">{done}</Notice>}
      {csv && (choosing || generic) && <ColumnChoice imp={imp} csv={csv} fileId={fileId} />}
      {plan && !choosing && <PlanAndAdd imp={imp} plan={plan} addRef={addAfterApply} />}
    </div>
  );
}
