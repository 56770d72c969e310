// Just enough XML for editing the parts of an .xlsx package as text: escaping, one start tag's
// attributes, and a root element's direct children. Untouched text is kept byte for byte, which a
// parse-and-serialise round trip through a DOM would not do (namespace prefixes, quoting, spacing).

export function escapeXml(text: string): string {
  return text.replace(/[&<>"\r\n\t]/g, (ch) =>
    ch === "&"
      ? "&amp;"
      : ch === "<"
        ? "&lt;"
        : ch === ">"
          ? "&gt;"
          : ch === '"'
            ? "&quot;"
            : `&#${ch.charCodeAt(0)};`,
  );
}

export function unescapeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, code: string) => {
    if (code[0] === "#")
      return String.fromCodePoint(
        code[1] === "x" || code[1] === "X" ? parseInt(code.slice(2), 16) : Number(code.slice(1)),
      );
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[code.toLowerCase()] ?? "";
  });
}

/** The start tag at the beginning of an element's text (all of it for an empty element). */
const startTag = (element: string) => /^<[^>]*>/.exec(element)?.[0] ?? element;

/** One attribute of an element's start tag (`<c r="A1" s="2">`), unescaped; undefined when absent. */
export function attr(element: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(
    startTag(element),
  );
  return m ? unescapeXml(m[1] ?? m[2] ?? "") : undefined;
}

/** The element with an attribute of its start tag set (escaped), or removed when `value` is undefined. */
export function setAttr(element: string, name: string, value: string | number | undefined): string {
  const current = attr(element, name);
  if (current === (value === undefined ? undefined : String(value))) return element;
  const tag = startTag(element);
  const rest = element.slice(tag.length);
  const pattern = new RegExp(`\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"[^"]*"|'[^']*')`);
  const without = tag.replace(pattern, "");
  if (value === undefined) return without + rest;
  const at = without.endsWith("/>") ? without.length - 2 : without.length - 1;
  return `${without.slice(0, at)} ${name}="${escapeXml(String(value))}"${without.slice(at)}${rest}`;
}

/** The text of an element's first child named `name` (`<v>12</v>` → "12"), unescaped. */
export function childText(xml: string, name: string): string | undefined {
  const m = new RegExp(`<${name}\\b[^>]*?(?:/>|>([\\s\\S]*?)</${name}>)`).exec(xml);
  return m ? unescapeXml(m[1] ?? "") : undefined;
}

export interface XmlElement {
  /** The element's name as written (with its prefix, e.g. "mc:AlternateContent"). */
  name: string;
  /** The whole element, start tag to end tag, as it stands in the text. */
  text: string;
}

export interface SplitRoot {
  /** Everything up to and including the root's start tag. */
  head: string;
  children: XmlElement[];
  /** The root's end tag and whatever follows it. */
  tail: string;
}

const TAG =
  /<(\/?)([A-Za-z_][\w.:-]*)[^>]*?(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>/g;

/** The root element's direct children, each kept as its exact text (white space between them is dropped). */
export function splitRoot(xml: string): SplitRoot {
  TAG.lastIndex = 0;
  let depth = 0;
  let headEnd = -1;
  let childStart = -1;
  let childName = "";
  const children: XmlElement[] = [];
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    if (m[2] === undefined) continue; // comment, declaration, CDATA
    const closing = m[1] === "/";
    const selfClosing = m[3] === "/";
    if (closing) {
      depth--;
      if (depth === 0) return { head: xml.slice(0, headEnd), children, tail: xml.slice(m.index) };
      if (depth === 1) children.push({ name: childName, text: xml.slice(childStart, m.index + m[0].length) });
      continue;
    }
    if (depth === 0) {
      headEnd = m.index + m[0].length;
      if (selfClosing)
        return { head: xml.slice(0, m.index) + m[0].replace(/\/>$/, ">"), children, tail: `</${m[2]}>` };
      depth = 1;
      continue;
    }
    if (depth === 1) {
      childStart = m.index;
      childName = m[2];
      if (selfClosing) {
        children.push({ name: childName, text: m[0] });
        continue;
      }
    }
    if (!selfClosing) depth++;
  }
  throw new Error("The part is not well-formed XML.");
}

export function joinRoot(root: SplitRoot): string {
  return root.head + root.children.map((c) => c.text).join("") + root.tail;
}

/** The local name of an element name ("x14:dataValidations" → "dataValidations"). */
export const localName = (name: string) => name.slice(name.indexOf(":") + 1);

/**
 * Puts `text` in place of the children named `name` (removing them when text is null), or, when there
 * are none, inserts it before the first child that the schema orders after it.
 */
export function placeChild(
  root: SplitRoot,
  name: string,
  text: string | null,
  order: readonly string[],
): void {
  const at = root.children.findIndex((c) => c.name === name);
  if (at >= 0) {
    root.children = root.children.filter((c, i) => c.name !== name || i === at);
    if (text === null) root.children.splice(at, 1);
    else root.children[at] = { name, text };
    return;
  }
  if (text === null) return;
  const rank = order.indexOf(name);
  const before = root.children.findIndex((c) => {
    const r = order.indexOf(localName(c.name));
    return r > rank;
  });
  const element = { name, text };
  if (before < 0) root.children.push(element);
  else root.children.splice(before, 0, element);
}
