// Opening a person's file: refused by name and size before it is read, then read completely into a new
// workbook. The workbook on screen is not touched here; the caller swaps only on success.
import { kindOf } from "./fileKind";
import type { OpenedWorkbook } from "./opened";
import { OpenFileError } from "./openError";
import { readCsv } from "./readCsv";

/** What the page needs of a File (a browser File satisfies it; tests pass their own). */
export interface ChosenFile {
  name: string;
  size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export async function openWorkbookFile(file: ChosenFile): Promise<OpenedWorkbook> {
  const kind = kindOf(file.name, file.size);
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.length === 0)
    throw new OpenFileError(
      `"${file.name}" is empty (0 bytes). Choose the file again, or another copy of it.`,
    );
  if (kind === "csv") return readCsv(file.name, bytes);
  // The .xlsx reader (and its zip library) is fetched when a workbook is first opened.
  const { readXlsx } = await import("./readXlsx");
  return readXlsx(file.name, bytes);
}

/** The message to show for any failure (an unexpected one is still said plainly). */
export function openFailureMessage(fileName: string, error: unknown): string {
  if (error instanceof OpenFileError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `"${fileName}" could not be opened: ${detail}. The workbook you had open is unchanged.`;
}
