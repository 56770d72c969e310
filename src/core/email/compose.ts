import type { Draft, DraftAttachment, DraftProblem } from "./draft";
import { cleanHeaderField, cleanSubject, parseAddressList } from "./headers";
import { renderTemplate, type EmailTemplate, type TemplateValue, type TemplateValues } from "./template";

export interface ComposeInput {
  /** Addresses as typed in a cell or an array of them: `a@x.com; Jane <b@y.com>`. */
  to: string | readonly string[] | null | undefined;
  cc?: string | readonly string[] | null;
  template: EmailTemplate;
  values: TemplateValues;
  /** Placeholders this kind of draft knows (TEMPLATE_PLACEHOLDERS); known but absent values render empty. */
  known?: readonly string[];
  attachments?: DraftAttachment[];
}

export interface ComposeResult {
  draft: Draft;
  /** Missing or invalid addresses and unknown placeholders; the draft is still usable for copying. */
  problems: DraftProblem[];
}

const joinList = (v: string | readonly string[] | null | undefined) =>
  v === null || v === undefined ? "" : typeof v === "string" ? v : v.join(";");

/** Fills a template and builds a draft whose header fields are clean and whose addresses are valid. */
export function composeDraft(input: ComposeInput): ComposeResult {
  const problems: DraftProblem[] = [];
  const to = parseAddressList(joinList(input.to));
  const cc = parseAddressList(joinList(input.cc));
  for (const bad of [...to.invalid, ...cc.invalid]) {
    problems.push({ kind: "invalid-address", value: bad, message: `"${bad}" is not an email address.` });
  }
  if (to.addresses.length === 0) {
    problems.push({ kind: "no-recipient", message: "There is no email address to send this to." });
  }
  const values: Record<string, TemplateValue> = {};
  for (const name of input.known ?? []) values[name] = undefined;
  Object.assign(values, input.values);
  const rendered = renderTemplate(input.template, values);
  for (const name of rendered.unknown) {
    problems.push({
      kind: "unknown-placeholder",
      value: name,
      message: `The template uses {{${name}}}, which this draft cannot fill.`,
    });
  }
  const draft: Draft = {
    to: to.addresses,
    subject: cleanSubject(rendered.subject),
    text: rendered.text,
    html: rendered.html,
  };
  if (cc.addresses.length > 0) draft.cc = cc.addresses;
  if (input.attachments?.length) draft.attachments = input.attachments.map(cleanAttachment);
  return { draft, problems };
}

/** Attachment names and types go into MIME headers: one line, no quotes or path separators. */
export function cleanAttachment(a: DraftAttachment): DraftAttachment {
  const filename = cleanHeaderField(a.filename).replace(/["\\/:*?<>|;]/g, "_") || "attachment";
  const contentType = cleanHeaderField(a.contentType).replace(/["\\]/g, "") || "application/octet-stream";
  return { filename, contentType, content: a.content };
}
