// The shared strings part: each item's text, by index.
import { stringItemText, withoutPrefix } from "./xmlScan";

export function readSharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const text = withoutPrefix(xml, "sst");
  const out: string[] = [];
  let at = 0;
  for (;;) {
    const open = text.indexOf("<si", at);
    if (open < 0) break;
    const gt = text.indexOf(">", open);
    if (text.charCodeAt(gt - 1) === 47) {
      out.push("");
      at = gt + 1;
      continue;
    }
    const close = text.indexOf("</si>", gt);
    out.push(stringItemText(text.slice(gt + 1, close)));
    at = close + 5;
  }
  return out;
}
