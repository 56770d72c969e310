// The package's shared strings, added to but never rewritten (every index an untouched sheet uses stays
// valid). A text already there as plain text is reused.
import { escapeXml, unescapeXml } from "./xml";

export const SHARED_STRINGS_PART = "xl/sharedStrings.xml";

export class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly extra: string[] = [];
  private count: number;

  constructor(readonly original: string | undefined) {
    let n = 0;
    const si = /<si>(?:<t(?:\s[^>]*)?>([^<]*)<\/t>|<t\/>)<\/si>|<si\b[\s\S]*?<\/si>|<si\/>/g;
    for (let m = si.exec(original ?? ""); m; m = si.exec(original ?? "")) {
      // Only a plain run is reused: a rich-text entry of the same text would bring its formatting along.
      if (m[0].startsWith("<si><t")) {
        const text = unescapeXml(m[1] ?? "");
        if (!this.index.has(text)) this.index.set(text, n);
      }
      n++;
    }
    this.count = n;
  }

  /** The index of a text, added at the end when it is not there. */
  indexOf(text: string): number {
    const found = this.index.get(text);
    if (found !== undefined) return found;
    const at = this.count++;
    this.index.set(text, at);
    this.extra.push(text);
    return at;
  }

  get changed(): boolean {
    return this.extra.length > 0;
  }

  toXml(): string {
    const added = this.extra
      .map((t) => {
        const space = /^\s|\s$/.test(t) ? ' xml:space="preserve"' : "";
        return `<si><t${space}>${escapeXml(t)}</t></si>`;
      })
      .join("");
    if (!this.original)
      return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.count}" uniqueCount="${this.count}">${added}</sst>`
      );
    if (!this.changed) return this.original;
    const withItems = /<sst\b[^>]*\/>/.test(this.original)
      ? this.original.replace(/<sst\b([^>]*)\/>/, `<sst$1>${added}</sst>`)
      : this.original.replace(/<\/sst>\s*$/, `${added}</sst>`);
    // count is the number of references in the workbook, which Excel recounts; uniqueCount the entries.
    return withItems.replace(/<sst\b[^>]*>/, (open) =>
      open
        .replace(/\suniqueCount="\d*"/, ` uniqueCount="${this.count}"`)
        .replace(/\scount="\d*"/, ` count="${this.count}"`),
    );
  }
}
