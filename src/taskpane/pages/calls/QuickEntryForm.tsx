// The quick-entry form, made for typing while on the phone: keyboard only, the defaults filled in, Enter
// saves (Shift+Enter makes a new line in Message), then the form clears and the caret is back in Caller.
import { useId, useRef, useState, type FormEvent, type KeyboardEvent, type Ref } from "react";
import {
  Button,
  Combobox,
  Field,
  Input,
  Option,
  Select,
  Textarea,
  makeStyles,
  tokens,
  useMergedRefs,
} from "@fluentui/react-components";
import { CALL_DEFAULTS, newCallProblems, type NewCall } from "../../../core/calls/newCall";
import { filterSuggestions, type CallSuggestions } from "../../../core/calls/suggestions";
import type { CallChannel, CallDirection, CallPriority, CallStatus } from "../../../core/calls/values";
import { localDateToExcelSerial } from "../../../core/calendar/excelTime";
import {
  CALL_CHANNELS,
  CALL_DIRECTIONS,
  CALL_PRIORITIES,
  CALL_STATUSES,
} from "../../../core/registers/definitions/callLog";
import { ActionError } from "../../components/ActionError";
import {
  dateTimeInputValue,
  serialFromDateInput,
  serialFromDateTimeInput,
} from "../../components/dateInputs";

const useStyles = makeStyles({
  form: { display: "grid", gap: tokens.spacingVerticalS },
  pair: {
    display: "grid",
    gap: tokens.spacingHorizontalS,
    gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))",
    alignItems: "start",
    "& > *": { minWidth: 0 },
  },
  // A date-and-time box is about 215 px wide and will not shrink, so it only shares a row when both fit.
  widePair: {
    display: "grid",
    gap: tokens.spacingHorizontalS,
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 230px), 1fr))",
    alignItems: "start",
    "& > *": { minWidth: 0 },
  },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  hint: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  status: { minHeight: "1.2em", margin: 0 },
});

export interface QuickEntryFormProps {
  /** Also given the Caller field, the first thing to type in (the page moves focus there after setup). */
  callerFieldRef?: Ref<HTMLInputElement>;
  suggestions: CallSuggestions;
  /** Saves the call; resolves with its Call ID. */
  onSave: (call: NewCall) => Promise<{ callId: string; notes: string[] }>;
  /** The clock (tests pass a fixed one). */
  now?: () => Date;
}

interface FormState {
  caller: string;
  company: string;
  number: string;
  channel: CallChannel;
  direction: CallDirection;
  for: string;
  subject: string;
  message: string;
  priority: CallPriority;
  followUpBy: string;
  receivedAt: string;
  /** False while Received at still says "now": the call then gets the moment it is saved. */
  receivedEdited: boolean;
  status: CallStatus;
}

function blank(now: Date): FormState {
  return {
    caller: "",
    company: "",
    number: "",
    channel: CALL_DEFAULTS.channel,
    direction: CALL_DEFAULTS.direction,
    for: "",
    subject: "",
    message: "",
    priority: CALL_DEFAULTS.priority,
    followUpBy: "",
    receivedAt: dateTimeInputValue(now),
    receivedEdited: false,
    status: CALL_DEFAULTS.status,
  };
}

export function QuickEntryForm({
  suggestions,
  onSave,
  now = () => new Date(),
  callerFieldRef,
}: QuickEntryFormProps) {
  const styles = useStyles();
  const [form, setForm] = useState<FormState>(() => blank(now()));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [announcement, setAnnouncement] = useState("");
  const saving = useRef(false);
  const callerRef = useRef<HTMLInputElement>(null);
  const callerRefs = useMergedRefs(callerRef, callerFieldRef);
  // The suggestion list the person moved into with the arrow keys. Fluent highlights the first match as
  // you type; Tab or Enter picks it only after an arrow key, so a new caller "Ann" never becomes "Anna Lee".
  const navigated = useRef<"caller" | "company" | null>(null);
  const picked = useRef(false);
  const receivedRef = useRef<HTMLInputElement>(null);
  const hintId = useId();

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) =>
    setForm((f) => ({ ...f, [key]: value }));

  const pickCaller = (name: string) => {
    const known = suggestions.callers.find((c) => c.caller === name);
    setForm((f) => ({
      ...f,
      caller: name,
      // An earlier caller's company and number, unless already typed.
      company: f.company || known?.company || "",
      number: f.number || known?.number || "",
    }));
  };

  const arrowInto = (field: "caller" | "company", key: string) => {
    if (key === "ArrowDown" || key === "ArrowUp") navigated.current = field;
  };
  /** A suggestion was really chosen: clicked, or picked by key after moving to it with the arrows. */
  const chosen = (field: "caller" | "company", eventType: string) => {
    const byKey = eventType === "keydown";
    const ok = !byKey || navigated.current === field;
    navigated.current = null;
    // The Enter that picked a suggestion must not also save the call.
    if (ok && byKey) picked.current = true;
    return ok;
  };

  const save = async () => {
    if (saving.current) return;
    const receivedAt = form.receivedEdited
      ? serialFromDateTimeInput(form.receivedAt)
      : (localDateToExcelSerial(now()) ?? null);
    const followUpBy = form.followUpBy.trim() === "" ? null : serialFromDateInput(form.followUpBy);
    const call: Partial<NewCall> = {
      receivedAt: receivedAt ?? undefined,
      channel: form.channel,
      direction: form.direction,
      caller: form.caller,
      company: form.company,
      number: form.number,
      for: form.for,
      subject: form.subject,
      message: form.message,
      priority: form.priority,
      followUpBy,
      status: form.status,
      doneAt: form.status === "Done" ? (localDateToExcelSerial(now()) ?? null) : null,
    };
    const found = newCallProblems(call);
    if (form.followUpBy.trim() !== "" && followUpBy === null)
      found.followUpBy = "Enter a date, or leave it empty.";
    setProblems(found);
    if (Object.keys(found).length > 0) {
      setAnnouncement("");
      if (found.caller) callerRef.current?.focus();
      else if (found.receivedAt) receivedRef.current?.focus();
      return;
    }
    saving.current = true;
    setError(null);
    try {
      const logged = await onSave(call as NewCall);
      setForm(blank(now()));
      setAnnouncement(
        [`Saved ${logged.callId}: ${call.caller!.trim()}. Ready for the next call.`, ...logged.notes].join(
          " ",
        ),
      );
      callerRef.current?.focus();
    } catch (err) {
      setAnnouncement("");
      setError(err);
    } finally {
      saving.current = false;
    }
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void save();
  };

  // Enter saves from any field. Exceptions: Shift+Enter in Message (a new line), Enter on a suggestion
  // reached with the arrow keys (it picks the suggestion), and Enter on a button.
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    // Runs after the suggestion list handled the key (it bubbles here from the field).
    const justPicked = picked.current;
    picked.current = false;
    if (e.key !== "Enter" || e.nativeEvent.isComposing || justPicked) return;
    const target = e.target as HTMLElement;
    if (target.tagName === "BUTTON") return;
    if (target.tagName === "TEXTAREA" && e.shiftKey) return;
    e.preventDefault();
    void save();
  };

  const callerOptions = filterSuggestions(
    suggestions.callers.map((c) => c.caller),
    form.caller,
  );
  const companyOptions = filterSuggestions(suggestions.companies, form.company);

  return (
    <form
      className={styles.form}
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
      aria-describedby={hintId}
      noValidate
    >
      <p id={hintId} className={styles.hint}>
        Enter saves the call. Fields marked * are required.
      </p>
      <Field
        label="Caller"
        required
        validationState={problems.caller ? "error" : "none"}
        validationMessage={problems.caller}
      >
        <Combobox
          ref={callerRefs}
          freeform
          autoComplete="off"
          // One Tab stop per field while typing on the phone; Alt+Down still opens the list.
          expandIcon={{ tabIndex: -1 }}
          value={form.caller}
          onKeyDown={(e) => arrowInto("caller", e.key)}
          onChange={(e) => {
            navigated.current = null;
            set("caller", e.target.value);
          }}
          onOptionSelect={(e, data) => {
            if (chosen("caller", e.type) && data.optionText !== undefined) pickCaller(data.optionText);
          }}
        >
          {callerOptions.map((name) => (
            <Option key={name}>{name}</Option>
          ))}
        </Combobox>
      </Field>
      <Field label="Company">
        <Combobox
          freeform
          autoComplete="off"
          // One Tab stop per field while typing on the phone; Alt+Down still opens the list.
          expandIcon={{ tabIndex: -1 }}
          value={form.company}
          onKeyDown={(e) => arrowInto("company", e.key)}
          onChange={(e) => {
            navigated.current = null;
            set("company", e.target.value);
          }}
          onOptionSelect={(e, data) => {
            if (chosen("company", e.type) && data.optionText !== undefined) set("company", data.optionText);
          }}
        >
          {companyOptions.map((name) => (
            <Option key={name}>{name}</Option>
          ))}
        </Combobox>
      </Field>
      <Field label="Number" hint="Phone or fax number, with any extension.">
        <Input
          type="tel"
          autoComplete="off"
          value={form.number}
          onChange={(_, d) => set("number", d.value)}
        />
      </Field>
      <div className={styles.pair}>
        <Field label="Channel">
          <Select value={form.channel} onChange={(_, d) => set("channel", d.value as CallChannel)}>
            {CALL_CHANNELS.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </Select>
        </Field>
        <Field label="Direction">
          <Select value={form.direction} onChange={(_, d) => set("direction", d.value as CallDirection)}>
            {CALL_DIRECTIONS.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </Select>
        </Field>
      </div>
      <Field label="For" hint="The colleague the message is for.">
        <Input autoComplete="off" value={form.for} onChange={(_, d) => set("for", d.value)} />
      </Field>
      <Field label="Subject">
        <Input autoComplete="off" value={form.subject} onChange={(_, d) => set("subject", d.value)} />
      </Field>
      <Field label="Message" hint="Shift+Enter starts a new line.">
        <Textarea resize="vertical" value={form.message} onChange={(_, d) => set("message", d.value)} />
      </Field>
      <div className={styles.pair}>
        <Field label="Priority">
          <Select value={form.priority} onChange={(_, d) => set("priority", d.value as CallPriority)}>
            {CALL_PRIORITIES.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </Select>
        </Field>
        <Field
          label="Follow-up by"
          validationState={problems.followUpBy ? "error" : "none"}
          validationMessage={problems.followUpBy}
        >
          <Input type="date" value={form.followUpBy} onChange={(_, d) => set("followUpBy", d.value)} />
        </Field>
      </div>
      <div className={styles.widePair}>
        <Field
          label="Received at"
          required
          hint={form.receivedEdited ? undefined : "Now, unless you change it."}
          validationState={problems.receivedAt ? "error" : "none"}
          validationMessage={problems.receivedAt}
        >
          <Input
            ref={receivedRef}
            type="datetime-local"
            value={form.receivedAt}
            onChange={(_, d) => setForm((f) => ({ ...f, receivedAt: d.value, receivedEdited: true }))}
          />
        </Field>
        <Field label="Status">
          <Select value={form.status} onChange={(_, d) => set("status", d.value as CallStatus)}>
            {CALL_STATUSES.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary">
          Save call
        </Button>
      </div>
      {error !== null && <ActionError error={error} />}
      <p role="status" aria-live="polite" className={styles.status}>
        {announcement}
      </p>
    </form>
  );
}
