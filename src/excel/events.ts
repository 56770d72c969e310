// Telling the task pane when a register or the settings change, including changes by co-authors
// (docs/shared-workbooks.md), so it can refresh what it shows. Handlers get plain data; nothing is prompted.
import { runExcel, runExcelIn } from "./run";

export interface RegisterChange {
  /** "Remote" when a co-author made the change, "Local" when this Excel did. */
  source: "Local" | "Remote";
  /** Excel's change type: "RangeEdited", "RowInserted", "RowDeleted", … */
  changeType: string;
  /** The changed cells, e.g. "B4:C4". */
  address: string;
}

export interface SubscribeOptions {
  /** Only changes made by co-authors (the pane already knows about its own). */
  remoteOnly?: boolean;
}

/** Removes the handler; safe to call more than once. */
export type Unsubscribe = () => Promise<void>;

type Registration = { context: unknown; remove(): void };

function unsubscriber(registration: Registration, what: string): Unsubscribe {
  let done = false;
  return async () => {
    if (done) return;
    done = true;
    await runExcelIn(registration.context, `Stopping updates for ${what}`, async (context) => {
      registration.remove();
      await context.sync();
    });
  };
}

/** Calls `handler` after each change to the table's cells (by anyone). */
export async function onRegisterChanged(
  tableName: string,
  handler: (change: RegisterChange) => void,
  opts: SubscribeOptions = {},
): Promise<Unsubscribe> {
  const registration = await runExcel(`Watching the ${tableName} register`, async (context) => {
    const table = context.workbook.tables.getItem(tableName);
    const reg = table.onChanged.add(async (args: Excel.TableChangedEventArgs) => {
      const source = args.source === "Remote" ? "Remote" : "Local";
      if (opts.remoteOnly && source !== "Remote") return;
      handler({ source, changeType: String(args.changeType), address: args.address });
    });
    await context.sync();
    return reg as unknown as Registration;
  });
  return unsubscriber(registration, `the ${tableName} register`);
}

/** Calls `handler` when the workbook's settings change (here or by a co-author); re-read them then. */
export async function onSettingsChanged(handler: () => void): Promise<Unsubscribe> {
  const registration = await runExcel("Watching the settings", async (context) => {
    const reg = context.workbook.settings.onSettingsChanged.add(async () => {
      handler();
    });
    await context.sync();
    return reg as unknown as Registration;
  });
  return unsubscriber(registration, "the settings");
}
