/** A message the person sends themselves: the add-in only drafts (docs/design.md, "Drafting emails"). */
export interface DraftAttachment {
  filename: string;
  /** Full MIME type, parameters allowed, e.g. `text/calendar; method=REQUEST`. */
  contentType: string;
  /** Text content (an .ics file); encoded as UTF-8 + base64 in the .eml. */
  content: string;
}

export interface Draft {
  to: string[];
  cc?: string[];
  subject: string;
  /** Plain-text body, lines separated by "\n". */
  text: string;
  /** HTML body: every value in it was HTML-escaped. */
  html: string;
  attachments?: DraftAttachment[];
}

/** Something the person should fix or know about before sending; the draft is still usable for copying. */
export interface DraftProblem {
  kind: "no-recipient" | "invalid-address" | "unknown-placeholder";
  message: string;
  /** The offending address or placeholder, when there is one. */
  value?: string;
}
