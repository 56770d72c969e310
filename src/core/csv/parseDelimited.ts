// The one reader of delimited text (CSV and its cousins) behind both the preview's File > Open and the
// Calls page's import, so the two always agree on where each record starts and what its fields are.
//
// Tolerant of what real exports do: any of , ; tab | as the delimiter (or Excel's "sep=" line); CR, LF or
// CRLF line breaks, mixed too (an old Excel for Mac writes CR only); a byte-order mark; NULL and \N
// written unquoted by database dumps read as empty; doubled quotes ("""Reception"" <101>"). A quoted
// field may hold line breaks, but only when the record it closes has the file's usual number of fields:
// a quote that is never closed ends at its own line instead of swallowing the lines after it. A line
// whose quotes do not pair up is repaired when exactly one reading fits (repairLine.ts), otherwise it is
// reported once with its number and text, and reading goes on at the next line.
//
// Hand-written rather than papaparse (which stays a dev tool's CSV writer only): papaparse reads an
// unclosed quote to the next quote anywhere in the file (the lines between are lost into one field) and
// reports errors by record, not by line, so a line could not be re-read on its own; it was also several
// times slower on call exports (measured: docs/calls.md "Reading CSV files").
import { guessDelimiter, sepLine } from "./delimiter";
import { nullToEmpty, repairLine } from "./repairLine";

export type DelimitedEntry =
  /** A record; `repaired` lists the values read from quotes that did not pair up. */
  | { kind: "record"; line: number; fields: string[]; repaired?: string[] }
  /** An empty line (a spreadsheet shows it as an empty row). */
  | { kind: "blank"; line: number }
  /** A line that could not be split into fields; `raw` is its text as written. */
  | { kind: "broken"; line: number; raw: string; reason: string };

export type LineBreaks = "CRLF" | "LF" | "CR" | "mixed" | "none";

export interface DelimitedText {
  /** Every line or record in file order, blank lines included, trailing blank lines left off. */
  entries: DelimitedEntry[];
  delimiter: string;
  lineBreaks: LineBreaks;
  /** The text started with a byte-order mark. */
  bom: boolean;
  /** The first line was Excel's "sep=X" (not an entry). */
  sepLine: boolean;
  /** The number of fields most records have (0 when there is no record). */
  usualWidth: number;
}

const QUOTE = '"';
const QUOTE_CODE = 34;
/** Lines whose widths decide the usual width: enough to be sure, few enough to stay quick. */
const WIDTH_SAMPLE = 2000;

function lineBreaksOf(text: string): LineBreaks {
  let crlf = 0;
  let cr = 0;
  let lf = 0;
  for (let i = text.indexOf("\r"); i >= 0; i = text.indexOf("\r", i + 1)) {
    if (text.charCodeAt(i + 1) === 10) crlf++;
    else cr++;
  }
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) {
    if (text.charCodeAt(i - 1) !== 13) lf++;
  }
  const kinds = [crlf > 0, cr > 0, lf > 0].filter(Boolean).length;
  if (kinds === 0) return "none";
  if (kinds > 1) return "mixed";
  return crlf > 0 ? "CRLF" : cr > 0 ? "CR" : "LF";
}

type Strict =
  | { status: "ok"; fields: string[]; last: number }
  /** A quote inside a quoted field followed by neither a quote, the delimiter nor the line's end. */
  | { status: "stray"; last: number }
  /** The file ended inside a quoted field. */
  | { status: "unclosed" };

/** RFC 4180 reading of the record starting at line `start`, following quoted line breaks. */
function readStrict(lines: readonly string[], start: number, delimiter: string): Strict {
  let li = start;
  let line = lines[li];
  if (!line.includes(QUOTE)) {
    const fields = line.split(delimiter);
    for (let i = 0; i < fields.length; i++) fields[i] = nullToEmpty(fields[i]);
    return { status: "ok", fields, last: li };
  }
  const fields: string[] = [];
  const d = delimiter.charCodeAt(0);
  let pos = 0;
  for (;;) {
    if (line.charCodeAt(pos) === QUOTE_CODE) {
      // Most quoted fields hold no quote and close on their line: one slice, no concatenation.
      const close = line.indexOf(QUOTE, pos + 1);
      const after = line.charCodeAt(close + 1);
      if (close > 0 && after !== QUOTE_CODE && (close + 1 === line.length || after === d)) {
        fields.push(line.slice(pos + 1, close));
        pos = close + 1;
        if (pos >= line.length) return { status: "ok", fields, last: li };
        pos++;
        continue;
      }
      let value = "";
      let from = pos + 1;
      for (;;) {
        const q = line.indexOf(QUOTE, from);
        if (q < 0) {
          value += line.slice(from) + "\n";
          if (++li >= lines.length) return { status: "unclosed" };
          line = lines[li];
          from = 0;
          continue;
        }
        value += line.slice(from, q);
        if (line[q + 1] === QUOTE) {
          value += QUOTE;
          from = q + 2;
        } else if (q + 1 === line.length || line[q + 1] === delimiter) {
          pos = q + 1;
          break;
        } else return { status: "stray", last: li };
      }
      fields.push(value);
    } else {
      const end = line.indexOf(delimiter, pos);
      const stop = end < 0 ? line.length : end;
      fields.push(nullToEmpty(line.slice(pos, stop)));
      pos = stop;
    }
    if (pos >= line.length) return { status: "ok", fields, last: li };
    pos++; // the delimiter
  }
}

/** The most common field count among the records that read cleanly (RFC 4180). */
function usualWidthOf(lines: readonly string[], from: number, delimiter: string): number {
  const counts = new Map<number, number>();
  let seen = 0;
  for (let i = from; i < lines.length && seen < WIDTH_SAMPLE; i++) {
    if (lines[i] === "") continue;
    seen++;
    const r = readStrict(lines, i, delimiter);
    if (r.status !== "ok") continue;
    counts.set(r.fields.length, (counts.get(r.fields.length) ?? 0) + 1);
    i = r.last;
  }
  let width = 0;
  let most = 0;
  for (const [w, n] of counts) {
    if (n > most || (n === most && w > width)) [width, most] = [w, n];
  }
  return width;
}

/**
 * True when lines `from`..`to` each read on their own as a record of the usual width: then a quote that
 * would join them to the line before is a broken quote, not a value with line breaks.
 */
function linesAreRecords(
  lines: readonly string[],
  from: number,
  to: number,
  delimiter: string,
  width: number,
): boolean {
  for (let i = from; i <= to; i++) {
    const r = readStrict(lines, i, delimiter);
    if (r.status !== "ok" || r.last !== i || r.fields.length !== width) return false;
  }
  return true;
}

/** A line of nothing but spaces and delimiters (",,,") is an empty row. */
function isBlank(line: string, delimiter: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch !== delimiter && ch !== " " && ch !== "\t") return false;
  }
  return true;
}

export interface ParseOptions {
  /** Use this delimiter instead of guessing one (a "sep=" line still wins). */
  delimiter?: string;
}

export function parseDelimited(input: string, options: ParseOptions = {}): DelimitedText {
  const bom = input.charCodeAt(0) === 0xfeff;
  const text = bom ? input.slice(1) : input;
  const lines = text.split(/\r\n|\r|\n/);
  const named = sepLine(lines[0]);
  const first = named ? 1 : 0;
  const delimiter = named ?? options.delimiter ?? guessDelimiter(lines.slice(first, first + 60));
  const usualWidth = usualWidthOf(lines, first, delimiter);
  const entries: DelimitedEntry[] = [];
  for (let i = first; i < lines.length; i++) {
    const line = lines[i];
    const number = i + 1;
    if (isBlank(line, delimiter)) {
      entries.push({ kind: "blank", line: number });
      continue;
    }
    const r = readStrict(lines, i, delimiter);
    if (r.status === "ok" && r.last === i) {
      entries.push({ kind: "record", line: number, fields: r.fields });
      continue;
    }
    const repaired = usualWidth > 0 ? repairLine(line, delimiter, usualWidth) : null;
    if (
      r.status === "ok" &&
      (usualWidth === 0 ||
        (r.fields.length === usualWidth &&
          !(repaired && linesAreRecords(lines, i + 1, r.last, delimiter, usualWidth))))
    ) {
      entries.push({ kind: "record", line: number, fields: r.fields });
      i = r.last;
      continue;
    }
    if (repaired) {
      entries.push({
        kind: "record",
        line: number,
        fields: repaired.fields,
        repaired: repaired.repairedValues,
      });
      continue;
    }
    entries.push({
      kind: "broken",
      line: number,
      raw: line,
      reason:
        r.status === "stray" && r.last === i
          ? "its quotes do not pair up"
          : r.status === "ok"
            ? `a quoted value runs on over ${r.last - i + 1} lines and does not give the ${usualWidth} fields the other lines have`
            : "a quote opened on it is never closed",
    });
  }
  while (entries.length > 0 && entries[entries.length - 1].kind === "blank") entries.pop();
  return { entries, delimiter, lineBreaks: lineBreaksOf(text), bom, sepLine: named !== null, usualWidth };
}

/** The records only (blank and broken lines left out). */
export function recordsOf(parsed: DelimitedText): Extract<DelimitedEntry, { kind: "record" }>[] {
  return parsed.entries.filter((e): e is Extract<DelimitedEntry, { kind: "record" }> => e.kind === "record");
}

/** The lines that could not be read. */
export function brokenLinesOf(parsed: DelimitedText): Extract<DelimitedEntry, { kind: "broken" }>[] {
  return parsed.entries.filter((e): e is Extract<DelimitedEntry, { kind: "broken" }> => e.kind === "broken");
}
