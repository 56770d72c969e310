import { escapeHtml } from "./html";
import { isTableValue, tableToHtml, tableToText, type TableValue } from "./table";

/** A message template as kept in the workbook's settings: `{{name}}` placeholders, `{{name|fallback}}` for empty values. */
export interface EmailTemplate {
  subject: string;
  body: string;
}

export type TemplateValue = string | number | TableValue | null | undefined;
export type TemplateValues = Readonly<Record<string, TemplateValue>>;

export interface RenderedTemplate {
  subject: string;
  text: string;
  /** A complete HTML document; every value is escaped, tables are <table>s. */
  html: string;
  /** Placeholders the values don't provide; they are left visible as `{{name}}` in the output. */
  unknown: string[];
}

// {{ name }} or {{ name | fallback text }}; names are letters, digits and _, starting with a letter.
const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9_]*)\s*(?:\|([^{}]*))?\}\}/g;

type Piece = { text: string } | { table: TableValue };

const sources = (template: string | EmailTemplate) =>
  typeof template === "string" ? [template] : [template.subject, template.body];

/** The distinct placeholder names a template uses, in order of first use. */
export function findPlaceholders(template: string | EmailTemplate): string[] {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const source of sources(template)) {
    for (const m of source.matchAll(PLACEHOLDER)) {
      const key = m[1].toLowerCase();
      if (!seen.has(key)) {
        seen.add(key);
        names.push(m[1]);
      }
    }
  }
  return names;
}

/** Placeholders the template uses that are not in `known` (compared case-insensitively): for the editor's message. */
export function unknownPlaceholders(template: string | EmailTemplate, known: Iterable<string>): string[] {
  const knownKeys = new Set(Array.from(known, (k) => k.toLowerCase()));
  return findPlaceholders(template).filter((name) => !knownKeys.has(name.toLowerCase()));
}

function lookup(values: TemplateValues): Map<string, TemplateValue> {
  const map = new Map<string, TemplateValue>();
  for (const [k, v] of Object.entries(values)) map.set(k.toLowerCase(), v);
  return map;
}

function substitute(source: string, values: Map<string, TemplateValue>, unknown: Set<string>): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (const m of source.matchAll(PLACEHOLDER)) {
    const at = m.index ?? 0;
    if (at > last) pieces.push({ text: source.slice(last, at) });
    last = at + m[0].length;
    const key = m[1].toLowerCase();
    if (!values.has(key)) {
      unknown.add(m[1]);
      pieces.push({ text: m[0] });
      continue;
    }
    const value = values.get(key);
    if (isTableValue(value)) pieces.push({ table: value });
    else {
      const text = value === null || value === undefined ? "" : String(value);
      pieces.push({ text: text.trim() === "" ? (m[2] ?? "").trim() : text });
    }
  }
  if (last < source.length) pieces.push({ text: source.slice(last) });
  return pieces;
}

const normalizeBreaks = (s: string) => s.replace(/\r\n?/g, "\n");

/** The template as plain text; tables become aligned text. */
export function renderText(source: string, values: TemplateValues, unknown = new Set<string>()): string {
  return substitute(normalizeBreaks(source), lookup(values), unknown)
    .map((p) => ("table" in p ? tableToText(p.table) : normalizeBreaks(p.text)))
    .join("");
}

/** A one-line text (a subject): a table stands for its number of rows. */
export function renderLine(source: string, values: TemplateValues, unknown = new Set<string>()): string {
  return substitute(source, lookup(values), unknown)
    .map((p) => ("table" in p ? `${p.table.rows.length} items` : p.text))
    .join("")
    .replace(/\s*[\r\n]+\s*/g, " ");
}

/**
 * The template as HTML body content: blank lines separate paragraphs, single line breaks become <br>,
 * all text (template and values) is escaped, a value that is just an http(s) link becomes a link.
 */
export function renderHtmlBody(source: string, values: TemplateValues, unknown = new Set<string>()): string {
  const out: string[] = [];
  for (const block of normalizeBreaks(source).split(/\n[ \t]*\n+/)) {
    let paragraph = "";
    const flush = () => {
      if (paragraph.replace(/<br>|\s/g, "") !== "")
        out.push(`<p>${paragraph.replace(/^(<br>\n)+|(<br>\n)+$/g, "")}</p>`);
      paragraph = "";
    };
    for (const piece of substitute(block, lookup(values), unknown)) {
      if ("table" in piece) {
        flush();
        out.push(tableToHtml(piece.table));
      } else paragraph += htmlText(normalizeBreaks(piece.text));
    }
    flush();
  }
  return out.join("\n");
}

function htmlText(text: string): string {
  if (/^https?:\/\/\S+$/i.test(text.trim())) {
    const url = escapeHtml(text.trim());
    return `<a href="${url}">${url}</a>`;
  }
  return escapeHtml(text).replace(/\n/g, "<br>\n");
}

/** Wraps body content in a small HTML document that declares UTF-8. */
export function htmlDocument(bodyContent: string): string {
  return (
    '<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n' +
    '<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n' +
    bodyContent +
    "\n</body></html>"
  );
}

/** Subject, plain-text body and HTML body of a template filled with values. */
export function renderTemplate(template: EmailTemplate, values: TemplateValues): RenderedTemplate {
  const unknown = new Set<string>();
  const subject = renderLine(template.subject, values, unknown);
  const text = renderText(template.body, values, unknown);
  const html = htmlDocument(renderHtmlBody(template.body, values, unknown));
  return { subject, text, html, unknown: [...unknown] };
}
