// An error from a workbook action as one sentence for a MessageBar (ExcelActionError carries what to do).
export function errorText(error: unknown): string {
  if (error instanceof Error) {
    const whatToDo = (error as { whatToDo?: unknown }).whatToDo;
    return typeof whatToDo === "string" && whatToDo ? `${error.message} ${whatToDo}` : error.message;
  }
  return String(error);
}
