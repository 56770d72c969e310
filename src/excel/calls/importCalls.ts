// Importing calls from a file (core/calls: a phone system's call records or any call list) into the Call
// log. The file is read before Excel is touched (reading 100,000 lines takes seconds; the Excel.run
// stays short). Then one Excel.run composed of the rows primitives (src/excel/rows/README.md):
//   sync 1: the Call log's place (with a sample of its rows), its key column, whether the rows below the
//     table hold anything, and the workbook's Internal extensions setting;
//   sync 2 (one more per 5 MB of a long log): the columns that recognise a call already logged (Received
//     at, Number, Direction, Phone system ID);
//   sync 3 (one more per 5 MB of new rows): the new calls below the table body, read back; the
//     extensions the import used saved to the setting in the same request;
//   a last sync only to repair (table not grown, an ID a co-author took at the same moment).
// The log is read in the same run as the write, so a call a co-author logged (or imported) a moment
// earlier is not added twice.
import {
  parseRememberedReadings,
  prepareCallImport,
  rememberedReading,
  rememberReading,
  type CallImportOptions,
  type CallImportPlan,
} from "../../core/calls/callImport";
import { finishImport } from "../../core/calls/importPlan";
import type { CallRow } from "../../core/calls/followUps";
import { planAppend } from "../../core/registers/appendPlan";
import { callLog } from "../../core/registers/definitions/callLog";
import { shownKey } from "../../core/registers/keys";
import { rectAddress } from "../address";
import { ExcelActionError } from "../errors";
import { queueAppend, queueAppendRead, queueKeyColumns, readColumnsChunked, requireNoTotals } from "../rows";
import { runExcel } from "../run";
import { CALL_EXTENSIONS_KEY, CALL_READINGS_KEY } from "../../core/settings/values";
import { queueTableProbe, requirePlace, type QueuedProbe, type TablePlace } from "../tableProbe";

/** Columns that say a call is already in the log (core/calls LogIndex). */
const RECOGNISING = ["receivedAt", "number", "direction", "systemCallId"] as const;

/** Columns an import fills that an older Call log may lack, and what is lost without each. */
const IMPORT_COLUMNS: { key: string; header: string; without: string }[] = [
  {
    key: "systemCallId",
    header: "Phone system ID",
    without: "a second import of the same export recognises its calls by minute, number and direction only",
  },
  { key: "duration", header: "Duration (s)", without: "call lengths are not kept" },
  { key: "talkTime", header: "Talk time (s)", without: "talk times are not kept" },
];

type Recognising = Record<(typeof RECOGNISING)[number], unknown[]>;

interface QueuedLog {
  probe: QueuedProbe;
  setting: Excel.Setting;
  readings: Excel.Setting;
}

function queueLog(context: Excel.RequestContext): QueuedLog {
  const settings = context.workbook.settings;
  return {
    probe: queueTableProbe(context, callLog, { sample: true }),
    setting: settings.getItemOrNullObject(CALL_EXTENSIONS_KEY).load("value"),
    readings: settings.getItemOrNullObject(CALL_READINGS_KEY).load("value"),
  };
}

const savedReadings = (setting: Excel.Setting) =>
  setting.isNullObject ? [] : parseRememberedReadings(setting.value);

/**
 * A call list whose columns could not be found (no date column) is read with the columns the person
 * chose for a file like it before, when there is one; the plan says so (`reading`).
 */
function withRemembered(
  file: CallImportPlan,
  csv: string,
  options: CallImportOptions,
  readings: Excel.Setting,
): CallImportPlan {
  if (options.reading || file.format.id !== "generic" || file.fileErrors.length === 0) return file;
  const reading = rememberedReading(savedReadings(readings), csv);
  return reading ? prepareCallImport(csv, { ...options, reading }) : file;
}

/** The logged calls as core compares them: Call ID and the recognising columns. */
function loggedCalls(place: TablePlace, keys: readonly unknown[], read: Recognising): CallRow[] {
  const first = place.headerRow + 2;
  return keys.map((key, i) => ({
    key: String(key ?? ""),
    row: first + i,
    values: {
      receivedAt: (read.receivedAt[i] ?? null) as CallRow["values"][string],
      number: (read.number[i] ?? null) as CallRow["values"][string],
      direction: (read.direction[i] ?? null) as CallRow["values"][string],
      systemCallId: (read.systemCallId[i] ?? null) as CallRow["values"][string],
    },
  }));
}

const savedExtensions = (setting: Excel.Setting): string | undefined =>
  !setting.isNullObject && typeof setting.value === "string" && setting.value.trim() !== ""
    ? setting.value
    : undefined;

/** The file read with the extensions to use: the person's, else the workbook's setting, else a guess. */
function prepared(
  csv: string,
  options: CallImportOptions,
  saved: string | undefined,
  first?: CallImportPlan,
) {
  const internalExtensions = options.internalExtensions ?? saved;
  if (first && (internalExtensions === undefined || first.extensions?.list === internalExtensions))
    return first;
  return prepareCallImport(csv, { ...options, internalExtensions });
}

/** Notes for the import columns the table lacks. */
function missingColumnNotes(place: TablePlace, plan: CallImportPlan): string[] {
  if (plan.toAdd.length === 0) return [];
  const missing = IMPORT_COLUMNS.filter(
    (c) =>
      !place.layout.some((l) => l.key === c.key) && plan.toAdd.some((r) => r.values[c.key] !== undefined),
  );
  return missing.map(
    (c) =>
      `The Call log has no "${c.header}" column, so ${c.without}. Add a column headed "${c.header}" to the table to keep it.`,
  );
}

export type CallImportPreview = CallImportPlan & { found: boolean };

/** What an import would add, skip and why, against the log as it is now; writes nothing. 2 syncs. */
export async function previewCallImport(
  csv: string,
  options: CallImportOptions = {},
): Promise<CallImportPreview> {
  const first = options.internalExtensions !== undefined ? prepareCallImport(csv, options) : undefined;
  return runExcel("Reading the Call log", async (context) => {
    const log = queueLog(context);
    const keys = queueKeyColumns(log.probe.table, callLog);
    await context.sync();
    const place = log.probe.place();
    const file = withRemembered(
      prepared(csv, options, savedExtensions(log.setting), first),
      csv,
      options,
      log.readings,
    );
    if (!place) return { ...file, found: false };
    const recognising = await readColumnsChunked(context, log.probe, place, RECOGNISING);
    const plan = finishImport(file, loggedCalls(place, keys()[0] ?? [], recognising));
    return { ...plan, notes: [...plan.notes, ...missingColumnNotes(place, plan)], found: true };
  });
}

export interface CallImportResult {
  plan: CallImportPlan;
  added: { key: string; row: number; address: string }[];
  notes: string[];
}

function refuse(plan: CallImportPlan): never {
  const first =
    plan.fileErrors[0] ??
    (plan.lineErrors[0] && `line ${plan.lineErrors[0].line}: ${plan.lineErrors[0].message}`);
  throw new ExcelActionError(
    "invalid",
    `Nothing was imported: ${first}`,
    "Correct the file and choose it again.",
  );
}

/**
 * Adds the file's calls that are not in the log yet, all in one Excel.run; refuses (writing nothing)
 * while a call list has a value that cannot be read. Saves the extensions used as the workbook's
 * Internal extensions setting (confirmed by adding).
 */
export async function addCallImport(csv: string, options: CallImportOptions = {}): Promise<CallImportResult> {
  const first = prepareCallImport(csv, options);
  if (!first.ok) refuse(first);
  return runExcel("Importing calls into the Call log", async (context) => {
    const log = queueLog(context);
    // Every call of the file may be new: the cells below the table are read for as many rows.
    const read = queueAppendRead(log.probe, callLog, Math.max(1, first.calls));
    await context.sync();
    const place = requirePlace(callLog, log.probe.place());
    requireNoTotals(callLog, place, "new calls", "import the file again");
    const saved = savedExtensions(log.setting);
    const file = prepared(csv, options, saved, first);
    if (!file.ok) refuse(file);
    const state = read.state(place);
    const recognising = await readColumnsChunked(context, log.probe, place, RECOGNISING);
    const plan = finishImport(file, loggedCalls(place, state.keys[0] ?? [], recognising));
    const notes = missingColumnNotes(place, plan);
    const used = plan.extensions?.list;
    const save = used !== undefined && used !== "" && used !== saved;
    if (save) context.workbook.settings.add(CALL_EXTENSIONS_KEY, used);
    // The columns the person chose are kept for the next file like this one, confirmed by adding.
    const known = savedReadings(log.readings);
    const chosen = options.reading;
    const keep =
      chosen !== undefined && JSON.stringify(rememberedReading(known, csv)) !== JSON.stringify(chosen);
    if (keep)
      context.workbook.settings.add(CALL_READINGS_KEY, JSON.stringify(rememberReading(known, csv, chosen)));
    if (plan.toAdd.length === 0) {
      if (save || keep) await context.sync();
      return { plan, added: [], notes };
    }
    const rows = planAppend(callLog, plan.toAdd, state.keys).toWrite;
    const append = queueAppend(log.probe, callLog, place, state, rows);
    await context.sync();
    const outcome = await append.settle(context);
    const renamed = Object.entries(outcome.renamed);
    if (renamed.length > 0) {
      notes.push(
        `A co-author added calls at the same moment; ${renamed.map(([a, b]) => `${a} is now ${b}`).join(", ")}.`,
      );
    }
    const lastColumn = place.firstColumn + place.columnCount - 1;
    return {
      plan,
      added: outcome.rows.map((w) => ({
        key: shownKey(callLog, w.values),
        row: w.sheetRow + 1,
        address: rectAddress(place.sheetName, w.sheetRow, place.firstColumn, w.sheetRow, lastColumn),
      })),
      notes: [...outcome.notes, ...notes],
    };
  });
}
