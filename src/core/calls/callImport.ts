// Importing a phone system's or fax server's call export (CSV) into the Call log (issue 6).
// Steps: parse (papaparse: byte-order mark removed, separator detected among , ; tab |, quoted fields with
// line breaks), match the file's headers to the register's columns (core matchHeaders; a separate Date and
// Time column are read together), read every value as its column's type, then leave out calls already in
// the log and repeats within the file. Same call = same minute, same number (digits and extension, however
// written) and same direction. Any unreadable value stops the whole import, listed with its line number,
// so nothing is ever half-imported.
import Papa from "papaparse";
import { inferDateOrder, parseDateText } from "../cells/parseDate";
import type { CellValue, DateSystem } from "../cells/types";
import { callLog } from "../registers/definitions/callLog";
import { matchHeaders } from "../registers/matchHeaders";
import type { CallRow } from "./followUps";
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

export interface CallImportOptions {
  /** Channel for rows that have none (a fax server's export: "Fax"). Default "Phone". */
  defaultChannel?: CallChannel;
  /** Status for rows that have none. Default "Open", as in the quick-entry form. */
  defaultStatus?: CallStatus;
  dateSystem?: DateSystem;
}

export interface ImportLineError {
  /** Line of the file (1 = the header line); a quoted field with line breaks spans several. */
  line: number;
  column: string;
  message: string;
}

export interface ImportRow {
  line: number;
  values: Record<string, CellValue>;
}

export interface CallImportPlan {
  /** True when the rows in `toAdd` can be added: no file problem and no unreadable value. */
  ok: boolean;
  /** Problems with the file as a whole (empty, no date column…). */
  fileErrors: string[];
  /** Values that cannot be read, by line. */
  lineErrors: ImportLineError[];
  /** New calls, in file order. */
  toAdd: ImportRow[];
  /** Lines already in the log, with the Call ID they match. */
  alreadyInLog: { line: number; callId: string }[];
  /** Lines that repeat an earlier line of the file. */
  duplicatesInFile: { line: number; sameAs: number }[];
  /** Each file column and the register column it goes to (null: not imported). */
  mapping: { header: string; column: string | null }[];
  /** Things the person should know (defaults used, columns moved). */
  notes: string[];
  /** The separator found: "," ";" "\t" or "|". */
  delimiter: string;
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

/** The key that says two calls are the same: minute, number, direction. */
export function sameCallKey(receivedAt: number, number: unknown, direction: unknown): string {
  const dir = readDirection(text(direction)) ?? "Inbound";
  return `${Math.round(receivedAt * 1440)}|${phoneMatchKey(number)}|${dir}`;
}

interface Parsed {
  rows: string[][];
  lines: number[];
  delimiter: string;
  errors: string[];
}

function parseCsv(csv: string): Parsed {
  const body = csv.replace(/^\uFEFF/, "");
  // Line numbers: count the line breaks before where each record starts.
  const breaks: number[] = [];
  for (let i = body.indexOf("\n"); i >= 0; i = body.indexOf("\n", i + 1)) breaks.push(i);
  const lineAt = (offset: number) => {
    let lo = 0;
    let hi = breaks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (breaks[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
  const rows: string[][] = [];
  const lines: number[] = [];
  const errors: string[] = [];
  let cursor = 0;
  // Excel's own CSVs may start with a "sep=;" line naming the separator.
  const sep = /^sep=(.)[ \t]*\r?\n/i.exec(body);
  let delimiter = sep ? sep[1] : ",";
  let first = true;
  Papa.parse<string[]>(body, {
    skipEmptyLines: "greedy",
    ...(sep ? { delimiter: sep[1] } : { delimitersToGuess: [",", ";", "\t", "|"] }),
    step: (result) => {
      if (first && sep) {
        first = false;
        cursor = result.meta.cursor;
        return;
      }
      first = false;
      let start = cursor;
      while (start < body.length && (body[start] === "\r" || body[start] === "\n")) start++;
      cursor = result.meta.cursor;
      delimiter = result.meta.delimiter;
      const line = lineAt(start);
      for (const e of result.errors) {
        // A field whose closing quote is missing swallows the rest of the file: worth stopping for.
        if (e.type === "Quotes") errors.push(`Line ${line}: a quoted value has no closing quote.`);
      }
      rows.push(result.data.map((v) => (typeof v === "string" ? v : text(v))));
      lines.push(line);
    },
  });
  return { rows, lines, delimiter, errors };
}

function emptyPlan(delimiter: string, fileErrors: string[]): CallImportPlan {
  return {
    ok: false,
    fileErrors,
    lineErrors: [],
    toAdd: [],
    alreadyInLog: [],
    duplicatesInFile: [],
    mapping: [],
    notes: [],
    delimiter,
  };
}

const describe = (v: string) => `"${v.length > 40 ? v.slice(0, 39) + "…" : v}"`;

export function planCallImport(
  csv: string,
  existing: readonly CallRow[],
  options: CallImportOptions = {},
): CallImportPlan {
  const system = options.dateSystem ?? 1900;
  const defaultChannel = options.defaultChannel ?? "Phone";
  const defaultStatus = options.defaultStatus ?? "Open";
  if (csv.replace(/^\uFEFF/, "").trim() === "") {
    return emptyPlan(",", ["The file is empty: there are no calls to import."]);
  }
  const parsed = parseCsv(csv);
  if (parsed.errors.length > 0) return emptyPlan(parsed.delimiter, parsed.errors);
  const [headers, ...records] = parsed.rows;
  const recordLines = parsed.lines.slice(1);
  if (records.length === 0) {
    return emptyPlan(parsed.delimiter, ["The file has a header line but no calls under it."]);
  }

  // A separate Date and Time column are read as one Received at.
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
  // New Call IDs are always given: a phone system's own reference is not the register's sequence.
  const idAt = mapping.indexOf("callId");
  if (idAt >= 0) {
    mapping[idAt] = null;
    notes.push(`The "${headers[idAt]}" column is not used as Call ID; each call gets a new Call ID.`);
  }
  if (timeCol >= 0) mapping[timeCol] = "receivedAt";

  const shownMapping = headers.map((h, i) => ({
    header: text(h) || `Column ${i + 1}`,
    column: mapping[i] ? header(mapping[i]!) : null,
  }));
  const col = (key: string) => mapping.findIndex((m, i) => m === key && i !== timeCol);
  const receivedCol = dateCol >= 0 ? dateCol : col("receivedAt");
  if (receivedCol < 0) {
    const plan = emptyPlan(parsed.delimiter, [
      `No column of the file is a date and time of the call (looked for headers such as "Date", "Time", "Received at"). The file's columns: ${headers.map((h) => `"${text(h)}"`).join(", ")}.`,
    ]);
    plan.mapping = shownMapping;
    return plan;
  }

  // Day/month order judged from the unambiguous dates of each date column (13/04 can only be day first).
  const orders: Record<string, ReturnType<typeof inferDateOrder>> = {};
  for (const key of ["receivedAt", "followUpBy", "doneAt"]) {
    const at = key === "receivedAt" ? receivedCol : col(key);
    if (at >= 0) orders[key] = inferDateOrder(records.map((r) => text(r[at])));
  }

  const lineErrors: ImportLineError[] = [];
  const rows: ImportRow[] = [];
  let unknownCallers = 0;
  let defaultedChannels = 0;
  records.forEach((r, n) => {
    const line = recordLines[n];
    const fail = (key: string, message: string) => lineErrors.push({ line, column: header(key), message });
    const v: Record<string, CellValue> = {};
    const readDate = (key: string, raw: string, withTime: boolean): number | null => {
      const d = parseDateText(raw, system, orders[key]?.order);
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
    mapping.forEach((key, i) => {
      if (!key || i === receivedCol || i === timeCol) return;
      const raw = text(r[i]);
      if (raw === "") return;
      switch (key) {
        case "followUpBy":
        case "doneAt": {
          const s = readDate(key, raw, key === "doneAt");
          if (s !== null) v[key] = s;
          return;
        }
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
          if (value) v[key] = value;
          else fail(key, `${describe(raw)} is not one of ${choices.join(", ")}.`);
          return;
        }
        default:
          // Kept exactly as written; src/excel writes it as text, never as a formula.
          v[key] = raw;
      }
    });
    if (!v.channel) {
      v.channel = defaultChannel;
      defaultedChannels++;
    }
    v.direction ??= "Inbound";
    v.priority ??= "Normal";
    v.status ??= defaultStatus;
    if (!v.caller) {
      v.caller = text(v.company) || "Unknown";
      unknownCallers++;
    }
    rows.push({ line, values: v });
  });

  const inLog = new Map<string, string>();
  for (const e of existing) {
    if (typeof e.values.receivedAt === "number") {
      inLog.set(sameCallKey(e.values.receivedAt, e.values.number, e.values.direction), e.key);
    }
  }
  const seen = new Map<string, number>();
  const toAdd: ImportRow[] = [];
  const alreadyInLog: CallImportPlan["alreadyInLog"] = [];
  const duplicatesInFile: CallImportPlan["duplicatesInFile"] = [];
  for (const row of rows) {
    if (typeof row.values.receivedAt !== "number") continue;
    const key = sameCallKey(row.values.receivedAt, row.values.number, row.values.direction);
    const id = inLog.get(key);
    if (id !== undefined) alreadyInLog.push({ line: row.line, callId: id });
    else if (seen.has(key)) duplicatesInFile.push({ line: row.line, sameAs: seen.get(key)! });
    else {
      seen.set(key, row.line);
      toAdd.push(row);
    }
  }

  if (defaultedChannels > 0 && col("channel") < 0)
    notes.push(`The file has no channel column: every call is logged as ${defaultChannel}.`);
  else if (defaultedChannels > 0)
    notes.push(`${defaultedChannels} calls without a channel are logged as ${defaultChannel}.`);
  if (unknownCallers > 0) {
    notes.push(
      `${unknownCallers} calls have no caller name: they are logged under the company, or as "Unknown".`,
    );
  }
  const unused = shownMapping.filter((m) => m.column === null).map((m) => `"${m.header}"`);
  if (unused.length > 0) notes.push(`Not imported (no such column in the Call log): ${unused.join(", ")}.`);
  return {
    ok: lineErrors.length === 0,
    fileErrors: [],
    lineErrors,
    toAdd: lineErrors.length === 0 ? toAdd : [],
    alreadyInLog,
    duplicatesInFile,
    mapping: shownMapping,
    notes,
    delimiter: parsed.delimiter,
  };
}
