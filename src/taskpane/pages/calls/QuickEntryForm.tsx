// The quick-entry form, made for typing while on the phone: keyboard only, the defaults filled in, Enter
// saves (Shift+Enter makes a new line in Message), then the form clears and the caret is back in Caller.
import { useId, type Ref } from "react";
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
} from "@fluentui/react-components";
import type { NewCall } from "../../../core/calls/newCall";
import { filterSuggestions, type CallSuggestions } from "../../../core/calls/suggestions";
import type { CallChannel, CallDirection, CallPriority, CallStatus } from "../../../core/calls/values";
import {
  CALL_CHANNELS,
  CALL_DIRECTIONS,
  CALL_PRIORITIES,
  CALL_STATUSES,
} from "../../../core/registers/definitions/callLog";
import { ActionError } from "../../components/ActionError";
import { useQuickEntryForm, type FormState } from "./useQuickEntryForm";

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

/** A free-text box with suggestions: one Tab stop, and a suggestion is taken only when really chosen. */
function SuggestionBox({
  value,
  options,
  inputRef,
  onArrowKey,
  onType,
  onOptionSelect,
}: {
  value: string;
  options: string[];
  inputRef?: Ref<HTMLInputElement>;
  onArrowKey: (key: string) => void;
  onType: (value: string) => void;
  onOptionSelect: (eventType: string, text: string | undefined) => void;
}) {
  return (
    <Combobox
      ref={inputRef}
      freeform
      autoComplete="off"
      // One Tab stop per field while typing on the phone; Alt+Down still opens the list.
      expandIcon={{ tabIndex: -1 }}
      value={value}
      onKeyDown={(e) => onArrowKey(e.key)}
      onChange={(e) => onType(e.target.value)}
      onOptionSelect={(e, data) => onOptionSelect(e.type, data.optionText)}
    >
      {options.map((name) => (
        <Option key={name}>{name}</Option>
      ))}
    </Combobox>
  );
}

function ChoiceSelect<T extends string>({
  value,
  choices,
  onChange,
}: {
  value: T;
  choices: readonly T[];
  onChange: (value: T) => void;
}) {
  return (
    <Select value={value} onChange={(_, d) => onChange(d.value as T)}>
      {choices.map((c) => (
        <option key={c}>{c}</option>
      ))}
    </Select>
  );
}

type SetField = <K extends keyof FormState>(key: K, value: FormState[K]) => void;

/** Channel, Direction, For, Subject and Message: what the call was about. */
function AboutFields({ form, set }: { form: FormState; set: SetField }) {
  const styles = useStyles();
  return (
    <>
      <div className={styles.pair}>
        <Field label="Channel">
          <ChoiceSelect<CallChannel>
            value={form.channel}
            choices={CALL_CHANNELS}
            onChange={(v) => set("channel", v)}
          />
        </Field>
        <Field label="Direction">
          <ChoiceSelect<CallDirection>
            value={form.direction}
            choices={CALL_DIRECTIONS}
            onChange={(v) => set("direction", v)}
          />
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
    </>
  );
}

type QuickEntry = ReturnType<typeof useQuickEntryForm>;

/** Caller, Company and Number: who called. */
function WhoFields({ entry, suggestions }: { entry: QuickEntry; suggestions: CallSuggestions }) {
  const { form, set, problems } = entry;
  const callerOptions = filterSuggestions(
    suggestions.callers.map((c) => c.caller),
    form.caller,
  );
  const companyOptions = filterSuggestions(suggestions.companies, form.company);
  return (
    <>
      <Field
        label="Caller"
        required
        validationState={problems.caller ? "error" : "none"}
        validationMessage={problems.caller}
      >
        <SuggestionBox
          inputRef={entry.callerRefs}
          value={form.caller}
          options={callerOptions}
          {...entry.suggestionHandlers("caller")}
        />
      </Field>
      <Field label="Company">
        <SuggestionBox
          value={form.company}
          options={companyOptions}
          {...entry.suggestionHandlers("company")}
        />
      </Field>
      <Field label="Number" hint="Phone or fax number, with any extension.">
        <Input
          type="tel"
          autoComplete="off"
          value={form.number}
          onChange={(_, d) => set("number", d.value)}
        />
      </Field>
    </>
  );
}

/** Priority, Follow-up by, Received at and Status. */
function WhenFields({ entry }: { entry: QuickEntry }) {
  const styles = useStyles();
  const { form, set, problems } = entry;
  return (
    <>
      <div className={styles.pair}>
        <Field label="Priority">
          <ChoiceSelect<CallPriority>
            value={form.priority}
            choices={CALL_PRIORITIES}
            onChange={(v) => set("priority", v)}
          />
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
            ref={entry.receivedRef}
            type="datetime-local"
            value={form.receivedAt}
            onChange={(_, d) => entry.setReceivedAt(d.value)}
          />
        </Field>
        <Field label="Status">
          <ChoiceSelect<CallStatus>
            value={form.status}
            choices={CALL_STATUSES}
            onChange={(v) => set("status", v)}
          />
        </Field>
      </div>
    </>
  );
}

export function QuickEntryForm({
  suggestions,
  onSave,
  now = () => new Date(),
  callerFieldRef,
}: QuickEntryFormProps) {
  const styles = useStyles();
  const entry = useQuickEntryForm({ suggestions, onSave, now, callerFieldRef });
  const hintId = useId();

  return (
    <form
      className={styles.form}
      onSubmit={entry.onSubmit}
      onKeyDown={entry.onKeyDown}
      aria-describedby={hintId}
      noValidate
    >
      <p id={hintId} className={styles.hint}>
        Enter saves the call. Fields marked * are required.
      </p>
      <WhoFields entry={entry} suggestions={suggestions} />
      <AboutFields form={entry.form} set={entry.set} />
      <WhenFields entry={entry} />
      <div className={styles.actions}>
        <Button type="submit" appearance="primary">
          Save call
        </Button>
      </div>
      {entry.error !== null && <ActionError error={entry.error} />}
      <p role="status" aria-live="polite" className={styles.status}>
        {entry.announcement}
      </p>
    </form>
  );
}
