// An action's failure in words: what happened and, for workbook errors, what to do about it.
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

export function errorText(err: unknown): { message: string; whatToDo?: string } {
  if (err instanceof Error) {
    const whatToDo = (err as { whatToDo?: unknown }).whatToDo;
    return {
      message: err.message,
      whatToDo: typeof whatToDo === "string" && whatToDo !== "" ? whatToDo : undefined,
    };
  }
  return { message: String(err) };
}

export function ActionError({ error }: { error: unknown }) {
  const { message, whatToDo } = errorText(error);
  return (
    <MessageBar layout="multiline" intent="error">
      <MessageBarBody>
        <MessageBarTitle>{message}</MessageBarTitle>
        {whatToDo}
      </MessageBarBody>
    </MessageBar>
  );
}
