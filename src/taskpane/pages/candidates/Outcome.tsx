// The result of an action, in a message bar (success, warning or error).
import { MessageBar, MessageBarBody } from "@fluentui/react-components";

export type OutcomeNote = { intent: "success" | "warning" | "error"; text: string };

export function Outcome({ note }: { note: OutcomeNote | null }) {
  return (
    <div aria-live="polite">
      {note && (
        <MessageBar layout="multiline" intent={note.intent}>
          <MessageBarBody>{note.text}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
