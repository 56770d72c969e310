// Importing a call list that is not a recognised phone-system export (a fax server's log, a spreadsheet
// of calls): the file's headers are matched to the Call log's columns (core matchHeaders; a separate Date
// and Time column are read together), every value is read as its column's type, and calls already in the
// log or repeated in the file are left out. Same call = the same phone-system ID when the file has one
// (a Ref column), else the same minute, number (digits and extension, however written) and direction.
// Any unreadable value stops the whole import, listed with its line number, so nothing is ever
// half-imported; a line that cannot be split into fields at all is skipped and reported.
import { inferDateOrder, parseDateText } from "../cells/parseDate";
import type { CellValue, DateSystem } from "../cells/types";
import type { DelimitedEntry } from "../csv";
import { callLog } from "../registers/definitions/callLog";
import { matchHeaders } from "../registers/matchHeaders";
import {
  emptyPlan,
  type CallImportPlan,
  type ImportLineError,
  type ImportRow,
  type SkippedLine,
} from "./importPlan";
import { defaultNotes, fillCallDefaults, repeatsInFile } from "./listRows";
import { readSeconds } from "./cdr/legs";
import { phoneMatchKey } from "./phone";
import {
  parseTimeOfDay,
  readChannel,
  readDirection,
  readPriority,
  readStatus,
  type CallChannel,
  type CallStatus,
} from "./values";

export interface GenericImportOptions {
  /** Channel for rows that have none (a fax server's export: "Fax"). Default "Phone". */
  defaultChannel?: CallChannel;
  /** Status for rows that have none. Default "Open", as in the quick-entry form. */
  defaultStatus?: CallStatus;
  dateSystem?: DateSystem;
}

const DATE_HEADERS = new Set([
  "date",
  "call date",
  "start date",
  "received date",
  "date received",
  "fax date",
  "day",
]);
const TIME_HEADERS = new Set([
  "time",
  "call time",
  "start time",
  "received time",
  "time received",
  "fax time",
]);

const text = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());
const header = (key: string) => callLog.columns.find((c) => c.key === key)!.header;

const describe = (v: string) => `"${v.length > 40 ? v.slice(0, 39) + "…" : v}"`;

/** The plan for a call list, before it is compared with the log (finishImport). */
export function prepareGenericImport(
  entries: readonly DelimitedEntry[],
  delimiter: string,
  options: GenericImportOptions = {},
): CallImportPlan {
  const system = options.dateSystem ?? 1900;
  const defaultChannel = options.defaultChannel ?? "Phone";
  const defaultStatus = options.defaultStatus ?? "Open";
  const skipped: SkippedLine[] = [];
  const rowsRead: RecordRead[] = [];
  for (const e of entries) {
    if (e.kind === "record") rowsRead.push(e);
    else if (e.kind === "broken")
      skipped.push({ line: e.line, kind: "unreadable", reason: e.reason, raw: e.raw });
  }
  const [head, ...body] = rowsRead;
  const headers = head.fields;
  const records = body.map((r) => r.fields);
  if (records.length === 0) {
    const plan = emptyPlan(delimiter, ["The file has a header line but no calls under it."]);
    plan.skipped = skipped;
    return plan;
  }
  const { mapping, dateCol, timeCol, notes } = mapCallColumns(headers, records);
  const shownMapping = headers.map((h, i) => ({
    header: text(h) || `Column ${i + 1}`,
    column: mapping[i] ? header(mapping[i]!) : null,
  }));
  const col = (key: string) => mapping.findIndex((m, i) => m === key && i !== timeCol);
  const receivedCol = dateCol >= 0 ? dateCol : col("receivedAt");
  if (receivedCol < 0) {
    const plan = emptyPlan(delimiter, [
      `No column of the file is a date and time of the call (looked for headers such as "Date", "Time", "Received at"). The file's columns: ${headers.map((h) => `"${text(h)}"`).join(", ")}.`,
    ]);
    plan.mapping = shownMapping;
    plan.skipped = skipped;
    return plan;
  }

  const orders = dateOrdersOf(records, (key) => (key === "receivedAt" ? receivedCol : col(key)));

  const lineErrors: ImportLineError[] = [];
  const rows: ImportRow[] = [];
  let unknownCallers = 0;
  let defaultedChannels = 0;
  const how = { mapping, receivedCol, timeCol, orders, system };
  records.forEach((r, n) => {
    const line = body[n].line;
    const fail = (key: string, message: string) => lineErrors.push({ line, column: header(key), message });
    const v = readCallRecord(r, how, fail);
    const filled = fillCallDefaults(v, { channel: defaultChannel, status: defaultStatus });
    if (filled.channel) defaultedChannels++;
    if (filled.caller) unknownCallers++;
    rows.push({ line, values: v });
  });

  // Repeats within the file; calls already in the log are found by finishImport.
  const { toAdd, duplicatesInFile } = repeatsInFile(rows);
  notes.push(
    ...defaultNotes(
      { channels: defaultedChannels, callers: unknownCallers },
      col("channel") >= 0,
      defaultChannel,
    ),
  );
  notes.push(...fileNotes(shownMapping, body));
  return {
    ok: lineErrors.length === 0,
    format: { id: "generic", name: "a call list", layout: "header line" },
    fileErrors: [],
    lineErrors,
    toAdd: lineErrors.length === 0 ? toAdd : [],
    alreadyInLog: [],
    duplicatesInFile,
    calls: rows.length,
    mergedLegs: 0,
    skipped,
    mapping: shownMapping,
    notes,
    extensions: null,
    delimiter,
  };
}

/** Columns not imported, and lines whose unpaired quotes were repaired. */
function fileNotes(
  shownMapping: readonly { header: string; column: string | null }[],
  body: readonly RecordRead[],
): string[] {
  const notes: string[] = [];
  const unused = shownMapping.filter((m) => m.column === null).map((m) => `"${m.header}"`);
  if (unused.length > 0) notes.push(`Not imported (no such column in the Call log): ${unused.join(", ")}.`);
  for (const r of body) {
    if (r.repaired)
      notes.push(
        `Line ${r.line}: quotes that do not pair up were read as ${r.repaired.map((x) => `«${x}»`).join(", ")}.`,
      );
  }
  return notes;
}

interface RecordRead {
  line: number;
  fields: string[];
  repaired?: string[];
}

type DateOrders = Record<string, ReturnType<typeof inferDateOrder>>;

/**
 * Which Call log column each of the file's columns feeds (null: not imported), with a separate Date and
 * Time column (dateCol, timeCol; -1 when the file has not both) read together as Received at.
 */
function mapCallColumns(
  headers: readonly string[],
  records: readonly string[][],
): { mapping: (string | null)[]; dateCol: number; timeCol: number; notes: string[] } {
  const norm = headers.map((h) =>
    text(h)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, " ")
      .trim(),
  );
  let dateCol = norm.findIndex((h) => DATE_HEADERS.has(h));
  let timeCol = norm.findIndex((h) => TIME_HEADERS.has(h));
  if (dateCol < 0 || timeCol < 0) dateCol = timeCol = -1;
  const match = matchHeaders(
    callLog,
    headers.map((h, i) => (i === timeCol ? "" : i === dateCol ? "Received at" : h)),
  );
  const mapping = [...match.mapping];
  const notes: string[] = [];

  // "Type: Incoming/Outgoing" is a direction, though Type is a usual name for the channel.
  const values = (i: number) => records.map((r) => text(r[i])).filter((v) => v !== "");
  const channelAt = mapping.indexOf("channel");
  if (channelAt >= 0 && !mapping.includes("direction")) {
    const vs = values(channelAt);
    if (vs.length > 0 && vs.every((v) => readDirection(v) && !readChannel(v))) {
      mapping[channelAt] = "direction";
      notes.push(`The "${headers[channelAt]}" column holds directions (in/out), so it is read as Direction.`);
    }
  }
  // "From" holding numbers only is the caller's number, not their name.
  const callerAt = mapping.indexOf("caller");
  if (callerAt >= 0 && !mapping.includes("number")) {
    const vs = values(callerAt);
    if (
      vs.length > 0 &&
      vs.every((v) => /^[\d\s()+./-]+(?:\s*(?:ext\.?|x)\s*\d+)?$/i.test(v) && phoneMatchKey(v))
    ) {
      mapping[callerAt] = "number";
      notes.push(`The "${headers[callerAt]}" column holds phone numbers, so it is read as Number.`);
    }
  }
  // New Call IDs are always given: the file's own reference is not the register's sequence. It is kept
  // as the Phone system ID, by which importing the same file again adds nothing twice.
  const idAt = mapping.indexOf("callId");
  if (idAt >= 0) {
    const keep = !mapping.includes("systemCallId");
    mapping[idAt] = keep ? "systemCallId" : null;
    notes.push(
      `The "${headers[idAt]}" column is not used as Call ID; each call gets a new Call ID${keep ? ` and keeps "${headers[idAt]}" as its Phone system ID` : ""}.`,
    );
  }
  if (timeCol >= 0) mapping[timeCol] = "receivedAt";
  return { mapping, dateCol, timeCol, notes };
}

/** Day/month order judged from the unambiguous dates of each date column (13/04 can only be day first). */
function dateOrdersOf(records: readonly string[][], columnOf: (key: string) => number): DateOrders {
  const orders: DateOrders = {};
  for (const key of ["receivedAt", "followUpBy", "doneAt"]) {
    const at = columnOf(key);
    if (at >= 0) orders[key] = inferDateOrder(records.map((r) => text(r[at])));
  }
  return orders;
}

type Fail = (key: string, message: string) => void;

/** One line of the file read as a call's values; what cannot be read is reported through `fail`. */
function readCallRecord(
  r: readonly string[],
  how: {
    mapping: readonly (string | null)[];
    receivedCol: number;
    timeCol: number;
    orders: DateOrders;
    system: DateSystem;
  },
  fail: Fail,
): Record<string, CellValue> {
  const { receivedCol, timeCol } = how;
  const v: Record<string, CellValue> = {};
  const readDate = (key: string, raw: string, withTime: boolean): number | null => {
    const d = parseDateText(raw, how.system, how.orders[key]?.order);
    if (d.kind === "date") return withTime ? d.serial : Math.floor(d.serial);
    if (d.kind === "ambiguous") {
      fail(key, `${describe(raw)} could be day-first or month-first; write it as 2026-03-04 in the file.`);
    } else fail(key, `${describe(raw)} is not a date${withTime ? " and time" : ""}.`);
    return null;
  };

  const rawDate = text(r[receivedCol]);
  if (rawDate === "") fail("receivedAt", "the date is blank.");
  else {
    let serial = readDate("receivedAt", rawDate, true);
    if (serial !== null && timeCol >= 0) {
      const rawTime = text(r[timeCol]);
      if (rawTime !== "") {
        const t = parseTimeOfDay(rawTime);
        if (t === null) {
          fail("receivedAt", `${describe(rawTime)} is not a time of day.`);
          serial = null;
        } else serial = Math.floor(serial) + t;
      }
    }
    if (serial !== null) v.receivedAt = serial;
  }
  how.mapping.forEach((key, i) => {
    if (!key || i === receivedCol || i === timeCol) return;
    const raw = text(r[i]);
    if (raw === "") return;
    const value = readCallValue(key, raw, readDate, fail);
    if (value !== null) v[key] = value;
  });
  return v;
}

/** One value of a column other than Received at, as stored; null (reported through `fail`) when unreadable. */
function readCallValue(
  key: string,
  raw: string,
  readDate: (key: string, raw: string, withTime: boolean) => number | null,
  fail: Fail,
): CellValue {
  switch (key) {
    case "followUpBy":
    case "doneAt":
      return readDate(key, raw, key === "doneAt");
    case "channel":
    case "direction":
    case "priority":
    case "status": {
      const read = {
        channel: readChannel,
        direction: readDirection,
        priority: readPriority,
        status: readStatus,
      }[key];
      const value = read(raw);
      const choices = callLog.columns.find((c) => c.key === key)!.choices!;
      if (value) return value;
      fail(key, `${describe(raw)} is not one of ${choices.join(", ")}.`);
      return null;
    }
    case "duration":
    case "talkTime": {
      const seconds = readSeconds(raw);
      if (seconds === null) fail(key, `${describe(raw)} is not a number of seconds (or h:mm:ss).`);
      return seconds;
    }
    default:
      // Kept exactly as written; src/excel writes it as text, never as a formula.
      return raw;
  }
}
