// The readings people chose for their sheets, kept in the workbook's settings (shared with every
// co-author, never in browser storage): one setting per sheet, written as the person chooses and when the
// sheet is converted, and read when it is inspected again, so the person is not asked the same twice.
import { readStoredReading, type StoredReading } from "../core/registers/storedReading";
import { runExcel } from "./run";

export const READING_KEY_PREFIX = "BackOffice.sheetReading.";

export const readingKey = (sheetName: string) => `${READING_KEY_PREFIX}${sheetName}`;

/** Queues loading every stored reading; after the next sync, `get(sheet)` gives the sheet's (or null). */
export function queueStoredReadings(context: Excel.RequestContext): {
  get(sheetName: string): StoredReading | null;
} {
  const settings = context.workbook.settings.load("items/key,items/value");
  return {
    get(sheetName) {
      const item = settings.items.find((s) => s.key === readingKey(sheetName));
      return item ? readStoredReading(item.value) : null;
    },
  };
}

/** Queues remembering a sheet's reading (written at the run's next sync). */
export function queueRememberReading(
  context: Excel.RequestContext,
  sheetName: string,
  stored: StoredReading,
): void {
  context.workbook.settings.add(readingKey(sheetName), stored);
}

/**
 * Remembers the reading a person is choosing for a sheet, before any conversion, so that closing the task
 * pane (or a failed conversion) does not lose their choices. One sync.
 */
export async function rememberReading(sheetName: string, stored: StoredReading): Promise<void> {
  await runExcel(`Remembering the columns chosen for ${sheetName}`, async (context) => {
    queueRememberReading(context, sheetName, stored);
    await context.sync();
  });
}
