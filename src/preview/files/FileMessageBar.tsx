// How opening or saving went, under the banner: an alert when it failed, a status otherwise.
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import type { FileMessage } from "./useWorkbookFiles";

export function FileMessageBar({ message, onDismiss }: { message: FileMessage; onDismiss(): void }) {
  return (
    <MessageBar
      intent={message.intent}
      layout="multiline"
      role={message.intent === "error" ? "alert" : "status"}
    >
      <MessageBarBody>
        <MessageBarTitle>{message.title}</MessageBarTitle>
        {message.details.map((d, i) => (
          // Details may repeat a sentence; their order never changes, so the position is the key.
          <p key={i}>{d}</p>
        ))}
      </MessageBarBody>
      <MessageBarActions>
        {message.confirm && (
          <Button size="small" appearance="primary" onClick={message.confirm.onConfirm}>
            {message.confirm.label}
          </Button>
        )}
        <Button size="small" onClick={onDismiss}>
          {message.confirm ? "Cancel" : "Dismiss"}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
