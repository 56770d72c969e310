// The quick-entry form's state and keys: what is typed, saving it, and which Enter saves (see
// QuickEntryForm.tsx for the layout).
import {
  useRef,
  useState,
  type Dispatch,
  type FormEvent,
  type KeyboardEvent,
  type Ref,
  type SetStateAction,
} from "react";
import { useMergedRefs } from "@fluentui/react-components";
import { CALL_DEFAULTS, newCallProblems, type NewCall } from "../../../core/calls/newCall";
import type { CallSuggestions } from "../../../core/calls/suggestions";
import type { CallChannel, CallDirection, CallPriority, CallStatus } from "../../../core/calls/values";
import { localDateToExcelSerial } from "../../../core/calendar/excelTime";
import {
  dateTimeInputValue,
  serialFromDateInput,
  serialFromDateTimeInput,
} from "../../components/dateInputs";

export interface FormState {
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

export type SuggestedField = "caller" | "company";

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

/** The call the form describes, and what is wrong with it (empty when it can be saved). */
function callFromForm(form: FormState, now: () => Date) {
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
  const problems = newCallProblems(call);
  if (form.followUpBy.trim() !== "" && followUpBy === null)
    problems.followUpBy = "Enter a date, or leave it empty.";
  return { call, problems };
}

/**
 * The Caller and Company boxes' suggestions. Fluent highlights the first match as you type; Tab or Enter
 * picks it only after an arrow key moved into the list, so a new caller "Ann" never becomes "Anna Lee".
 */
function useSuggestionPicking(suggestions: CallSuggestions, setForm: Dispatch<SetStateAction<FormState>>) {
  // The suggestion list the person moved into with the arrow keys.
  const navigated = useRef<SuggestedField | null>(null);
  const picked = useRef(false);

  /** A suggestion was really chosen: clicked, or picked by key after moving to it with the arrows. */
  const chosen = (field: SuggestedField, eventType: string) => {
    const byKey = eventType === "keydown";
    const ok = !byKey || navigated.current === field;
    navigated.current = null;
    // The Enter that picked a suggestion must not also save the call.
    if (ok && byKey) picked.current = true;
    return ok;
  };

  const pick = (field: SuggestedField, text: string) => {
    const known = field === "caller" ? suggestions.callers.find((c) => c.caller === text) : undefined;
    setForm((f) =>
      field === "company"
        ? { ...f, company: text }
        : {
            ...f,
            caller: text,
            // An earlier caller's company and number, unless already typed.
            company: f.company || known?.company || "",
            number: f.number || known?.number || "",
          },
    );
  };

  /** What a suggestion box needs: its arrow keys, typing in it, and a suggestion chosen from it. */
  const handlers = (field: SuggestedField) => ({
    onArrowKey: (key: string) => {
      if (key === "ArrowDown" || key === "ArrowUp") navigated.current = field;
    },
    onType: (value: string) => {
      navigated.current = null;
      setForm((f) => ({ ...f, [field]: value }));
    },
    onOptionSelect: (eventType: string, text: string | undefined) => {
      if (chosen(field, eventType) && text !== undefined) pick(field, text);
    },
  });

  /** Whether the key now reaching the form just picked a suggestion (asked once per key). */
  const takePicked = () => {
    const justPicked = picked.current;
    picked.current = false;
    return justPicked;
  };

  return { handlers, takePicked };
}

export interface QuickEntryFormOptions {
  suggestions: CallSuggestions;
  onSave: (call: NewCall) => Promise<{ callId: string; notes: string[] }>;
  now: () => Date;
  callerFieldRef?: Ref<HTMLInputElement>;
}

export function useQuickEntryForm({ suggestions, onSave, now, callerFieldRef }: QuickEntryFormOptions) {
  const [form, setForm] = useState<FormState>(() => blank(now()));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>(null);
  const [announcement, setAnnouncement] = useState("");
  const saving = useRef(false);
  const callerRef = useRef<HTMLInputElement>(null);
  const callerRefs = useMergedRefs(callerRef, callerFieldRef);
  const receivedRef = useRef<HTMLInputElement>(null);
  const suggestionPicking = useSuggestionPicking(suggestions, setForm);

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) =>
    setForm((f) => ({ ...f, [key]: value }));

  const save = async () => {
    if (saving.current) return;
    const { call, problems: found } = callFromForm(form, now);
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
    const justPicked = suggestionPicking.takePicked();
    if (e.key !== "Enter" || e.nativeEvent.isComposing || justPicked) return;
    const target = e.target as HTMLElement;
    if (target.tagName === "BUTTON") return;
    if (target.tagName === "TEXTAREA" && e.shiftKey) return;
    e.preventDefault();
    void save();
  };

  const setReceivedAt = (value: string) =>
    setForm((f) => ({ ...f, receivedAt: value, receivedEdited: true }));

  return {
    form,
    set,
    setReceivedAt,
    problems,
    error,
    announcement,
    callerRefs,
    receivedRef,
    onSubmit,
    onKeyDown,
    suggestionHandlers: suggestionPicking.handlers,
  };
}
