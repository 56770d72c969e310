// An action's failure in words: what happened and, for workbook errors, what to do about it.
import { MessageBarTitle } from "@fluentui/react-components";
import { Notice } from "./Notice";

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

/** The error as one sentence: what happened, then what to do. */
export function errorSentence(err: unknown): string {
  const { message, whatToDo } = errorText(err);
  return whatToDo ? `${message} ${whatToDo}` : message;
}

export function ActionError({ error }: { error: unknown }) {
  const { message, whatToDo } = errorText(error);
  return (
    <Notice intent="error">
      <MessageBarTitle>{message}</MessageBarTitle>
      {whatToDo}
    </Notice>
  );
}
