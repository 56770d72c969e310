// The result of an action, in a message bar (success, warning or error).
import { Notice } from "./Notice";

export type OutcomeNote = { intent: "success" | "warning" | "error"; text: string };

export function Outcome({ note }: { note: OutcomeNote | null }) {
  return <div aria-live="polite">{note && <Notice intent={note.intent}>{note.text}</Notice>}</div>;
}
