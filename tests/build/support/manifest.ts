// manifest.xml parsed strictly, with the lookups the manifest tests share.
import { DOMParser } from "@xmldom/xmldom";

export const NS = {
  app: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  ov: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
};

type XmlDocument = ReturnType<DOMParser["parseFromString"]>;
export type XmlElement = NonNullable<XmlDocument["documentElement"]>;

/** Parses XML and throws on any error or warning, so a malformed manifest never passes quietly. */
export function parseXml(text: string): XmlDocument {
  const parser = new DOMParser({
    onError: (level, message) => {
      throw new Error(`manifest.xml is not well-formed XML (${level}): ${message}`);
    },
  });
  return parser.parseFromString(text, "text/xml");
}

export function childElements(element: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 1) out.push(node as unknown as XmlElement);
  }
  return out;
}

export function allElements(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (element: XmlElement) => {
    out.push(element);
    childElements(element).forEach(walk);
  };
  walk(root);
  return out;
}

export const byName = (root: XmlElement, localName: string): XmlElement[] =>
  allElements(root).filter((element) => element.localName === localName);

export const child = (element: XmlElement, localName: string): XmlElement | undefined =>
  childElements(element).find((c) => c.localName === localName);

export const xsiType = (element: XmlElement): string | null => element.getAttributeNS(NS.xsi, "type");
