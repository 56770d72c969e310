// The .eml draft: an RFC 5322 message built with mimetext, marked X-Unsent so Outlook opens it as a new
// message the person can edit and send from their own account.
// mimetext's package entry is its Node build (it imports node:os); the add-in's web bundle must resolve
// "mimetext" to "mimetext/browser" (a webpack alias). Only the MIMEMessage class is used here, with our own
// environment below, so both builds produce the same bytes.
import { MIMEMessage, type EnvironmentContext } from "mimetext";
import type { Draft } from "./draft";
import { cleanAttachment } from "./compose";
import { encodedWords, utf8Base64, wrapBase64 } from "./base64";
import { cleanHeaderField, cleanSubject, isValidEmail, parseAddressList } from "./headers";

const EOL = "\r\n"; // RFC 5322 §2.1: lines end in CRLF, whatever the platform

const environment: EnvironmentContext = {
  toBase64: utf8Base64,
  toBase64WebSafe: (v) => utf8Base64(v).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, ""),
  eol: EOL,
  validateContentType: (v) => (v.length > 0 ? v : false),
};

export interface EmlOptions {
  /** The sender, when the workbook's settings have one; otherwise the message has no From (see below). */
  from?: { email: string; name?: string } | string;
  /** The Date header. */
  date: Date;
  /** Message-ID without angle brackets; a random one by default. */
  messageId?: string;
}

/** RFC 5322 §3.3 date-time, in UTC: `Sun, 29 Nov 2026 07:05:57 +0000`. */
export function rfc5322Date(date: Date): string {
  return date.toUTCString().replace(/GMT$/, "+0000");
}

function senderOf(from: EmlOptions["from"]): { addr: string; name?: string } | undefined {
  if (!from) return undefined;
  const email = typeof from === "string" ? (parseAddressList(from).addresses[0] ?? "") : from.email;
  if (!isValidEmail(email)) return undefined;
  const name = typeof from === "string" ? undefined : cleanHeaderField(from.name, 100) || undefined;
  return name ? { addr: email, name } : { addr: email };
}

/**
 * The draft as an RFC 5322 message (CRLF line ends, UTF-8 bodies in base64 with 76-character lines, the subject
 * in RFC 2047 encoded-words, attachments in base64) with `X-Unsent: 1`.
 *
 * Without a valid `from` the message has **no From header**: RFC 5322 requires one in a sent message, but this is
 * an unsent draft; Outlook opens an X-Unsent message as a new message from the account the person picks, and a
 * made-up address would risk being sent as is. (mimetext insists on From, so its field is made optional here.)
 */
export function toEml(draft: Draft, options: EmlOptions): string {
  const msg = new MIMEMessage(environment);
  const fields = msg.headers.fields;
  const sender = senderOf(options.from);
  const domain = sender ? sender.addr.slice(sender.addr.lastIndexOf("@") + 1) : "back-office.invalid";

  if (sender) msg.setSender(sender);
  else {
    const fromField = fields.find((f) => f.name === "From");
    if (fromField) fromField.required = false;
  }
  const to = draft.to.flatMap((a) => parseAddressList(a).addresses);
  const cc = (draft.cc ?? []).flatMap((a) => parseAddressList(a).addresses);
  if (to.length) msg.setTo(to.map((addr) => ({ addr })));
  if (cc.length) msg.setCc(cc.map((addr) => ({ addr })));

  // Fold the subject into short encoded-words so no header line nears the 998-character limit (RFC 5322 §2.1.1).
  const subjectField = fields.find((f) => f.name === "Subject");
  if (subjectField) subjectField.dump = (v) => encodedWords(typeof v === "string" ? v : "").join(`${EOL} `);
  msg.setSubject(cleanSubject(draft.subject));
  msg.setHeader("Date", rfc5322Date(options.date));
  const id = cleanHeaderField(options.messageId).replace(/[<>\s]/g, "");
  msg.setHeader(
    "Message-ID",
    `<${id || `${options.date.getTime().toString(36)}.${randomPart()}@${domain}`}>`,
  );
  msg.setHeader("X-Unsent", "1");

  msg.addMessage({ contentType: "text/plain", data: body(draft.text), encoding: "base64", charset: "UTF-8" });
  msg.addMessage({ contentType: "text/html", data: body(draft.html), encoding: "base64", charset: "UTF-8" });
  for (const attachment of (draft.attachments ?? []).map(cleanAttachment)) {
    msg.addAttachment({
      filename: attachment.filename,
      contentType: /charset=/i.test(attachment.contentType)
        ? attachment.contentType
        : `${attachment.contentType}; charset=UTF-8`,
      data: wrapBase64(utf8Base64(attachment.content), EOL),
      encoding: "base64",
    });
  }
  return msg.asRaw();
}

function body(text: string): string {
  return wrapBase64(utf8Base64(text.replace(/\r\n?|\n/g, EOL)), EOL);
}

function randomPart(): string {
  return Math.random().toString(36).slice(2, 12);
}

/** A file name for the downloaded draft, from its subject. */
export function emlFilename(draft: Draft): string {
  const base = cleanSubject(draft.subject)
    .replace(/[\\/:*?"<>|]/g, "_")
    .slice(0, 80)
    .trim();
  return `${base || "draft"}.eml`;
}
