// Recognising a call-detail-record export by its header line, or, without one, by what its columns hold
// (a date where the start time goes, whole seconds in duration and billsec, a disposition or hangup cause
// where those go). Null: not a phone-system export this reader knows (the generic import reads it).
import { parseDateText } from "../../cells/parseDate";
import { CDR_FORMATS, normalizeCdrHeader, type CdrField, type CdrFormat } from "./formats";
import { readSeconds } from "./legs";

export interface DetectedCdr {
  format: CdrFormat;
  hasHeader: boolean;
  /** The role of each column of the file (null: not used). */
  columns: (CdrField | null)[];
  /** What the person is told about the layout: "no header line; uniqueid, userfield, linkedid and sequence". */
  layout: string;
}

/** Records looked at to recognise a headerless file. */
const SAMPLE = 25;
/** Share of the sample that must look right in each telling column. */
const AGREE = 0.8;

const DISPOSITIONS = new Set(["ANSWERED", "NO ANSWER", "BUSY", "FAILED", "CONGESTION"]);
const UNIQUEID = /^[\w.-]*\d+\.\d+$/;

function fromHeader(header: readonly string[]): DetectedCdr | null {
  const names = header.map(normalizeCdrHeader);
  let best: { format: CdrFormat; columns: (CdrField | null)[]; known: number } | null = null;
  for (const format of CDR_FORMATS) {
    const columns = names.map((n) => format.headers[n] ?? null);
    const known = columns.filter((c) => c !== null).length;
    const complete = format.requiredHeaders.some((need) => need.every((f) => columns.includes(f)));
    if (complete && known >= 3 && (!best || known > best.known)) best = { format, columns, known };
  }
  return best && { format: best.format, hasHeader: true, columns: best.columns, layout: "header line" };
}

function share(sample: readonly (readonly string[])[], at: number, test: (v: string) => boolean): number {
  if (sample.length === 0 || at < 0) return 0;
  return sample.filter((r) => test((r[at] ?? "").trim())).length / sample.length;
}

const isDate = (v: string) => parseDateText(v).kind !== "none";
const isSeconds = (v: string) => readSeconds(v) !== null;

/** How well `order` explains the sample: 0 when a telling column does not fit. */
function fits(
  format: CdrFormat,
  order: readonly (CdrField | null)[],
  sample: readonly (readonly string[])[],
): boolean {
  const at = (f: CdrField) => order.indexOf(f);
  if (share(sample, at("start"), isDate) < AGREE) return false;
  if (share(sample, at("duration"), isSeconds) < AGREE) return false;
  if (at("billsec") >= 0 && share(sample, at("billsec"), isSeconds) < AGREE) return false;
  if (format.id === "asterisk-master")
    return share(sample, at("disposition"), (v) => DISPOSITIONS.has(v.toUpperCase())) >= AGREE;
  if (format.id === "freeswitch-csv")
    return share(sample, at("hangupCause"), (v) => /^[A-Z_]+$/.test(v)) >= AGREE;
  return true;
}

function describeMaster(order: readonly (CdrField | null)[]): string {
  const extra = (["uniqueId", "userField", "linkedId"] as const).filter((f) => order.includes(f));
  const names = extra.map((f) => (f === "linkedId" ? "peeraccount, linkedid and sequence" : f.toLowerCase()));
  return names.length === 0
    ? "no header line, the 16 standard columns"
    : `no header line, with ${names.join(", ")}`;
}

function fromContent(records: readonly (readonly string[])[]): DetectedCdr | null {
  const sample = records.slice(0, SAMPLE);
  const width = sample[0]?.length ?? 0;
  for (const format of CDR_FORMATS) {
    const orders = format.orders.filter((o) => o.length === width && fits(format, o, sample));
    if (orders.length === 0) continue;
    // Asterisk writes uniqueid or userfield alone as the 17th column; a uniqueid looks like 1700000000.42.
    const uniqueIdLike = (o: readonly (CdrField | null)[]) => {
      const i = o.indexOf("uniqueId") >= 0 ? o.indexOf("uniqueId") : o.indexOf("userField");
      return share(sample, i, (v) => UNIQUEID.test(v)) >= AGREE === o.includes("uniqueId");
    };
    const order = orders.find(uniqueIdLike) ?? orders[0];
    return {
      format,
      hasHeader: false,
      columns: [...order],
      layout:
        format.id === "asterisk-master"
          ? describeMaster(order)
          : `no header line, the ${order.length} documented columns`,
    };
  }
  return null;
}

/** The export `records` are, or null. */
export function detectCdrFormat(records: readonly (readonly string[])[]): DetectedCdr | null {
  if (records.length === 0) return null;
  return fromHeader(records[0]) ?? fromContent(records);
}
