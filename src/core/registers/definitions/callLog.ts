import { col, FILLS } from "../columnDefaults";
import type { RegisterDef } from "../types";

export const CALL_CHANNELS = ["Phone", "Fax", "Email", "Voicemail", "Walk-in"] as const;
export const CALL_DIRECTIONS = ["Inbound", "Outbound"] as const;
export const CALL_PRIORITIES = ["Low", "Normal", "Urgent"] as const;
export const CALL_STATUSES = ["Open", "Done", "No action"] as const;

export const callLog: RegisterDef = {
  id: "callLog",
  name: "Call log",
  tableName: "CallLog",
  sheetName: "Call log",
  keyColumn: "callId",
  keyColumns: ["callId"],
  idPrefix: "CALL-",
  columns: [
    col("callId", "Call ID", "id", { required: true, aliases: ["ID", "Call no.", "Ref", "Reference"] }),
    col("receivedAt", "Received at", "datetime", {
      required: true,
      aliases: ["Date", "Time", "Date/time", "Date and time", "Received", "When", "Call time"],
    }),
    col("channel", "Channel", "choice", {
      choices: CALL_CHANNELS,
      aliases: ["Via", "Medium", "Type", "Call type"],
      valueAliases: {
        Phone: ["call", "phone call", "telephone", "tel", "landline", "mobile"],
        Fax: ["facsimile", "fax message"],
        Email: ["e-mail", "mail"],
        Voicemail: ["voice mail", "vm", "answerphone"],
        "Walk-in": ["walk in", "visitor", "in person"],
      },
    }),
    col("direction", "Direction", "choice", {
      choices: CALL_DIRECTIONS,
      aliases: ["In/out", "Inbound/outbound", "Call direction", "Incoming/outgoing", "Type"],
      // Direction words never mean a channel: "Incoming" is how a call came, not by what.
      valueAliases: {
        Inbound: ["incoming", "in", "received", "missed", "inbound call"],
        Outbound: ["outgoing", "out", "dialled", "dialed", "placed", "outbound call"],
      },
    }),
    col("caller", "Caller", "text", {
      required: true,
      words: true,
      aliases: ["From", "Name", "Caller name", "Contact", "Who", "Contact name"],
    }),
    col("company", "Company", "text", { aliases: ["Organisation", "Organization", "Firm"] }),
    col("number", "Number", "phone", {
      aliases: [
        "Phone",
        "Phone number",
        "Tel",
        "Telephone",
        "Fax number",
        "Caller number",
        "Call back on",
        "Caller ID",
        "CLI",
        "Contact number",
        "Mobile",
        "Phone no",
      ],
    }),
    col("for", "For", "text", { aliases: ["Message for", "To", "Recipient", "For whom"] }),
    col("subject", "Subject", "text", { width: 160, aliases: ["Re", "Regarding", "Topic", "About"] }),
    col("message", "Message", "longText", { aliases: ["Details", "Notes", "Body", "Msg"] }),
    col("priority", "Priority", "choice", {
      choices: CALL_PRIORITIES,
      aliases: ["Urgency", "Importance", "Urgent", "Urgent?"],
      valueAliases: {
        Low: ["low priority", "not urgent"],
        Normal: ["medium", "routine", "normal priority"],
        Urgent: ["high", "asap", "important", "high priority"],
      },
      yesNo: { yes: "Urgent", no: "Normal" },
    }),
    col("followUpBy", "Follow-up by", "date", {
      aliases: ["Follow up by", "Follow-up", "Follow up", "Call back by", "Due", "Due date"],
    }),
    col("status", "Status", "choice", {
      choices: CALL_STATUSES,
      aliases: ["State", "Done?", "Called back?", "Dealt with"],
      valueAliases: {
        Open: ["pending", "new", "to do", "waiting"],
        Done: ["closed", "completed", "complete", "resolved", "called back", "finished"],
        "No action": ["no action needed", "none", "n/a"],
      },
      yesNo: { yes: "Done", no: "Open" },
    }),
    col("handledBy", "Handled by", "text", { aliases: ["Taken by", "Handler", "Owner", "Assigned to"] }),
    col("doneAt", "Done at", "datetime", {
      aliases: ["Done", "Completed", "Completed at", "Closed at", "Done on"],
    }),
    // Filled by a phone-system import (docs/calls.md): the whole call and the answered part, in seconds,
    // and the system's own identifier of the call, by which a second import of the same export is
    // recognised (nothing is added twice).
    col("duration", "Duration (s)", "integer", {
      min: 0,
      aliases: ["Duration", "Call length", "Length (s)"],
    }),
    col("talkTime", "Talk time (s)", "integer", {
      min: 0,
      aliases: ["Talk time", "Billsec", "Billed seconds", "Billable seconds", "Talking"],
    }),
    col("systemCallId", "Phone system ID", "text", {
      // Text as written: 1700000000.120 is an identifier, not a number to round.
      numberFormat: "@",
      width: 120,
      aliases: ["Linkedid", "Uniqueid", "Unique ID", "UUID", "Call UUID", "PBX call ID"],
    }),
  ],
  conditionalFormats: [
    // Past due: the follow-up day is before today and the call is still Open.
    {
      name: "Follow-up overdue",
      formula: '=AND({status}="Open",ISNUMBER({followUpBy}),{followUpBy}<TODAY())',
      ...FILLS.red,
      appliesTo: "row",
    },
  ],
};
