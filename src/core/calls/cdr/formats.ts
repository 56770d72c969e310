// The call-detail-record exports the Calls import recognises, each with the column list its system
// documents (the sources are listed in docs/calls.md "Phone-system exports"). A column is named by the
// role it plays in a call (CdrField); columns with no role here are read and left out.

export type CdrField =
  | "accountCode"
  | "src"
  | "dst"
  | "dcontext"
  | "clid"
  | "callerName"
  | "callerNumber"
  | "channel"
  | "dstChannel"
  | "lastApp"
  | "lastData"
  | "start"
  | "answer"
  | "end"
  | "duration"
  | "billsec"
  | "disposition"
  | "amaFlags"
  | "uniqueId"
  | "userField"
  | "peerAccount"
  | "linkedId"
  | "sequence"
  | "did"
  | "recordingFile"
  | "dstName"
  | "hangupCause"
  | "blegUuid"
  | "historyId"
  | "fromType"
  | "toType"
  | "finalNumber"
  | "answeredName";

export type CdrFormatId = "asterisk-master" | "asterisk-db" | "freeswitch-csv" | "3cx-cdr";

export interface CdrFormat {
  id: CdrFormatId;
  /** What the person sees: "Asterisk cdr-csv (Master.csv)". */
  name: string;
  /** Header names (normalised: lower case, letters and digits only) and the role of each. */
  headers: Record<string, CdrField>;
  /** Roles a header line must name for the file to be this format. */
  requiredHeaders: CdrField[][];
  /** Column orders of the file without a header line, widest first (null: a column with no role). */
  orders: (CdrField | null)[][];
}

/** "time-start", "Time Start", "time_start" → "timestart". */
export const normalizeCdrHeader = (h: string) => h.toLowerCase().replace(/[^a-z0-9]/g, "");

// Asterisk's cdr_csv writes these 16 always, then uniqueid and userfield when cdr.conf [csv] says
// loguniqueid / loguserfield, then peeraccount, linkedid and sequence when it says newcdrcolumns.
const MASTER_BASE: CdrField[] = [
  "accountCode",
  "src",
  "dst",
  "dcontext",
  "clid",
  "channel",
  "dstChannel",
  "lastApp",
  "lastData",
  "start",
  "answer",
  "end",
  "duration",
  "billsec",
  "disposition",
  "amaFlags",
];
const NEW_COLUMNS: CdrField[] = ["peerAccount", "linkedId", "sequence"];

const ASTERISK_NAMES: Record<string, CdrField> = {
  calldate: "start",
  start: "start",
  answer: "answer",
  end: "end",
  clid: "clid",
  src: "src",
  dst: "dst",
  dcontext: "dcontext",
  channel: "channel",
  dstchannel: "dstChannel",
  lastapp: "lastApp",
  lastdata: "lastData",
  duration: "duration",
  billsec: "billsec",
  disposition: "disposition",
  amaflags: "amaFlags",
  accountcode: "accountCode",
  uniqueid: "uniqueId",
  userfield: "userField",
  did: "did",
  recordingfile: "recordingFile",
  cnum: "callerNumber",
  cnam: "callerName",
  dstcnam: "dstName",
  linkedid: "linkedId",
  peeraccount: "peerAccount",
  sequence: "sequence",
};

// FreeSWITCH mod_cdr_csv's "example" template (its default-template), optionally with
// hangup_cause_q850 after hangup_cause (cdr-pusher's variant), and without the two codecs.
const FREESWITCH_NAMES: Record<string, CdrField> = {
  calleridname: "callerName",
  calleridnumber: "callerNumber",
  destinationnumber: "dst",
  context: "dcontext",
  startstamp: "start",
  answerstamp: "answer",
  endstamp: "end",
  duration: "duration",
  billsec: "billsec",
  hangupcause: "hangupCause",
  uuid: "uniqueId",
  bleguuid: "blegUuid",
  accountcode: "accountCode",
};
const FREESWITCH_EXAMPLE: CdrField[] = [
  "callerName",
  "callerNumber",
  "dst",
  "dcontext",
  "start",
  "answer",
  "end",
  "duration",
  "billsec",
  "hangupCause",
  "uniqueId",
  "blegUuid",
  "accountCode",
];

// 3CX's CDR service fields, in the order its documentation lists them.
const THREECX_FIELDS: [string, CdrField | null][] = [
  ["historyid", "historyId"],
  ["callid", "uniqueId"],
  ["duration", "duration"],
  ["timestart", "start"],
  ["timeanswered", "answer"],
  ["timeend", "end"],
  ["reasonterminated", "hangupCause"],
  ["fromno", "callerNumber"],
  ["tono", "dst"],
  ["fromdn", null],
  ["todn", null],
  ["dialno", null],
  ["reasonchanged", null],
  ["finalnumber", "finalNumber"],
  ["finaldn", null],
  ["billcode", null],
  ["billrate", null],
  ["billcost", null],
  ["billname", null],
  ["chain", null],
  ["fromtype", "fromType"],
  ["totype", "toType"],
  ["finaltype", null],
  ["fromdispname", "callerName"],
  ["todispname", "dstName"],
  ["finaldispname", "answeredName"],
  ["missedqueuecalls", null],
];

export const CDR_FORMATS: readonly CdrFormat[] = [
  {
    id: "asterisk-master",
    name: "Asterisk cdr-csv (Master.csv)",
    headers: {},
    requiredHeaders: [],
    orders: [
      [...MASTER_BASE, "uniqueId", "userField", ...NEW_COLUMNS],
      [...MASTER_BASE, "uniqueId", ...NEW_COLUMNS],
      [...MASTER_BASE, "userField", ...NEW_COLUMNS],
      [...MASTER_BASE, ...NEW_COLUMNS],
      [...MASTER_BASE, "uniqueId", "userField"],
      [...MASTER_BASE, "uniqueId"],
      [...MASTER_BASE, "userField"],
      MASTER_BASE,
    ],
  },
  {
    id: "asterisk-db",
    name: "Asterisk / FreePBX CDR export",
    headers: ASTERISK_NAMES,
    requiredHeaders: [["start", "src", "dst", "disposition"]],
    orders: [],
  },
  {
    id: "freeswitch-csv",
    name: "FreeSWITCH mod_cdr_csv",
    headers: FREESWITCH_NAMES,
    requiredHeaders: [["callerNumber", "dst", "start", "hangupCause"]],
    orders: [
      // read_codec and write_codec close the template.
      [...FREESWITCH_EXAMPLE, null, null],
      // hangup_cause_q850 after hangup_cause.
      [...FREESWITCH_EXAMPLE.slice(0, 10), null, ...FREESWITCH_EXAMPLE.slice(10)],
      FREESWITCH_EXAMPLE,
    ],
  },
  {
    id: "3cx-cdr",
    name: "3CX CDR log",
    headers: Object.fromEntries(THREECX_FIELDS.filter(([, f]) => f !== null)) as Record<string, CdrField>,
    requiredHeaders: [["start", "callerNumber", "dst"]],
    orders: [THREECX_FIELDS.map(([, f]) => f)],
  },
];

export function cdrFormat(id: CdrFormatId): CdrFormat {
  return CDR_FORMATS.find((f) => f.id === id)!;
}
