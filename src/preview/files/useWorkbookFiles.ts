// Opening and saving in the preview page: one operation at a time, and a message saying how it went.
// (exceljs and JSZip themselves are fetched only then: see libraries.ts.)
import { useCallback, useRef, useState } from "react";
import type { SimWorkbook } from "../simulator";
import { downloadFile } from "../../taskpane/components/downloadFile";
import { saveName, XLSX_MIME } from "./download";
import { openFailureMessage, openWorkbookFile, type ChosenFile } from "./openWorkbookFile";
import { packageSource } from "./package/source";
import { saveWouldDrop, writeXlsx } from "./writeXlsx";

export interface FileMessage {
  intent: "success" | "warning" | "error";
  title: string;
  /** Further sentences (what was not kept, what to do). */
  details: string[];
  /** A question: the action that goes ahead (the message's Dismiss then reads "Cancel"). */
  confirm?: { label: string; onConfirm(): void };
}

export interface WorkbookFiles {
  /** What is happening now ("Opening Supplies.xlsx…"), or null. */
  busy: string | null;
  message: FileMessage | null;
  dismiss(): void;
  open(file: ChosenFile): Promise<void>;
  save(): Promise<void>;
}

export interface WorkbookFilesOptions {
  /** The workbook on screen now (saved by save()). */
  current: () => SimWorkbook;
  /** The file the current workbook came from, for the saved file's name. */
  openedFrom: string | null;
  /** Called only with a workbook read completely; the one on screen is replaced then, not before. */
  onOpened(workbook: SimWorkbook, fileName: string): void;
}

export function useWorkbookFiles({ current, openedFrom, onOpened }: WorkbookFilesOptions): WorkbookFiles {
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<FileMessage | null>(null);
  const running = useRef(false);

  const run = useCallback(async (label: string, work: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(label);
    setMessage(null);
    try {
      await work();
    } finally {
      running.current = false;
      setBusy(null);
    }
  }, []);

  const open = useCallback(
    (file: ChosenFile) =>
      run(`Opening "${file.name}"…`, async () => {
        try {
          const { workbook, notes } = await openWorkbookFile(file);
          onOpened(workbook, file.name);
          setMessage({
            intent: notes.length > 0 ? "warning" : "success",
            title: `Opened "${file.name}". The task pane now works on it.`,
            details: notes,
          });
        } catch (error) {
          setMessage({
            intent: "error",
            title: `"${file.name}" was not opened; the workbook you had stays as it was.`,
            details: [openFailureMessage(file.name, error)],
          });
        }
      }),
    [run, onOpened],
  );

  const write = useCallback(
    async (name: string) => {
      try {
        const workbook = current();
        const { bytes, notes, plan } = await writeXlsx(workbook);
        downloadFile(bytes as BlobPart, name, XLSX_MIME);
        // Said only when true: the file came from a package and nothing of it was left out.
        const whole = packageSource(workbook) !== undefined && plan.dropped.length === 0;
        setMessage({
          intent: notes.length > 0 ? "warning" : "success",
          title: `Saved as "${name}" (in your downloads).${whole ? " Every part of the original file was kept." : ""}`,
          details: notes,
        });
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        setMessage({ intent: "error", title: `The workbook could not be saved.`, details: [detail] });
      }
    },
    [current],
  );

  const save = useCallback(() => {
    const name = saveName(openedFrom);
    return run(`Saving "${name}"…`, async () => {
      let dropped: string[] = [];
      try {
        dropped = (await saveWouldDrop(current())).dropped.map((d) => d.message);
      } catch {
        // The plan is read from the kept package; if that fails, writing says why.
      }
      if (dropped.length === 0) return write(name);
      // Something cannot be kept: the person is told what before anything is written, and chooses.
      setMessage({
        intent: "warning",
        title: `Saving "${name}" cannot keep everything in the original file:`,
        details: dropped,
        confirm: {
          label: "Save anyway",
          onConfirm: () => void run(`Saving "${name}"…`, () => write(name)),
        },
      });
    });
  }, [run, current, openedFrom, write]);

  const dismiss = useCallback(() => setMessage(null), []);
  return { busy, message, dismiss, open, save };
}
