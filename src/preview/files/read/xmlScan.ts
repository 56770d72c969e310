// Reading SpreadsheetML parts as text, fast: a part of 400,000 cells is tens of megabytes, so cells are
// found with indexOf rather than a DOM or an event parser (docs/preview.md, "How .xlsx files are read").
import { attr, unescapeXml } from "../package/xml";

/**
 * The part with its main namespace's prefix taken off element names (`<x:c>` → `<c>`), as some
 * generators write every element prefixed; most parts have no prefix and come back as they are.
 */
export function withoutPrefix(xml: string, root: string): string {
  const m = new RegExp(`<(\\w+):${root}\\b`).exec(xml);
  if (!m) return xml;
  return xml.replace(new RegExp(`<(/?)${m[1]}:`, "g"), "<$1");
}

/** One attribute of a start tag; the quick path for `name="…"` after a space, else the general one. */
export function tagAttr(tag: string, name: string): string | undefined {
  const key = ` ${name}="`;
  const at = tag.indexOf(key);
  if (at >= 0) {
    const start = at + key.length;
    const value = tag.slice(start, tag.indexOf('"', start));
    return value.includes("&") ? unescapeXml(value) : value;
  }
  return tag.includes(`${name}=`) ? attr(tag, name) : undefined;
}

/** Each element named `name` (with its content), in document order; same-named elements must not nest. */
export function elements(xml: string, name: string): string[] {
  const out: string[] = [];
  const re = new RegExp(
    `<${name.replace(/[.:]/g, "\\$&")}(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${name}>)`,
    "g",
  );
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push(m[0]);
  return out;
}

/** The first element named `name`, or undefined. */
export function element(xml: string, name: string): string | undefined {
  return elements(xml, name)[0];
}

/** The start tag of an element's text. */
export const startTagOf = (element: string) => /^<[^>]*>/.exec(element)?.[0] ?? element;

/** The text content of an element (`<t>a &amp; b</t>` → "a & b"); "" for an empty element. */
export function innerText(element: string): string {
  const open = element.indexOf(">");
  if (element[open - 1] === "/") return "";
  const close = element.lastIndexOf("</");
  return unescapeXml(element.slice(open + 1, close));
}

/** "1", "true" and "on" are true in the file format's booleans; absent gives `fallback`. */
export function boolAttr(tag: string, name: string, fallback = false): boolean {
  const v = tagAttr(tag, name);
  return v === undefined ? fallback : v === "1" || v === "true" || v === "on";
}

/**
 * The text of a shared or inline string item: its runs' texts joined, phonetic guides left out
 * (`<si><r><t>Bold </t></r><r><t>start</t></r></si>` → "Bold start").
 */
export function stringItemText(item: string): string {
  const body = item.includes("<rPh") ? item.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "") : item;
  let out = "";
  let at = 0;
  for (;;) {
    const open = body.indexOf("<t", at);
    if (open < 0) break;
    const after = body.charCodeAt(open + 2);
    // <t>, <t xml:space…>, <t/>; not <tabColor…> or similar.
    if (after !== 62 && after !== 32 && after !== 47 && after !== 9 && after !== 10 && after !== 13) {
      at = open + 2;
      continue;
    }
    const gt = body.indexOf(">", open);
    if (body.charCodeAt(gt - 1) === 47) {
      at = gt + 1;
      continue;
    }
    const close = body.indexOf("</t>", gt);
    out += body.slice(gt + 1, close);
    at = close + 4;
  }
  return out.includes("&") ? unescapeXml(out) : out;
}
