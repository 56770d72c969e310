// Reads the requirement sets that @types/office-js writes into its JSDoc. Two spellings occur:
//   Excel.*:   "@remarks [Api set: ExcelApi 1.4]" (sometimes "1.1 for get, 1.8 for set")
//   Office.*:  "**Requirement set**: {@link https://… | SharedRuntime 1.1}" (or a bulleted list of links)

export interface Requirement {
  set: string;
  version: string;
  /** Some properties need a newer set to be written than to be read ("1.1 for get, 1.8 for set"). */
  writeVersion?: string;
  /** The annotation's own words when it is conditional, shown in the report. */
  note?: string;
}

const API_SET = /\[Api set:\s*([^\]]*)\]/g;
const SET_AND_VERSION = /^([A-Za-z][\w]*)\s+(\d+(?:\.\d+)*)/;
const WRITE_CLAUSE = /(\d+(?:\.\d+)*)\s+for\s+(?:set|setting)\b/i;
const REQUIREMENT_SECTION = /\*\*(?:Minimum\s+)?Requirement sets?\*\*:([\s\S]*?)(?=\n\s*\*\s*(?:@|\*\*)|$)/gi;
const LINKED_SET = /\|\s*([A-Za-z][\w]*)(?:\s+(\d+(?:\.\d+)*))?\s*\}/g;

/** Every requirement a JSDoc comment states; empty when it names none. */
export function parseRequirements(jsdoc: string): Requirement[] {
  const found: Requirement[] = [];
  for (const m of jsdoc.matchAll(API_SET)) {
    const text = m[1].trim();
    const head = SET_AND_VERSION.exec(text);
    if (!head) continue; // e.g. "[Api set:  1.1]" in other hosts' namespaces
    const req: Requirement = { set: head[1], version: head[2] };
    const write = WRITE_CLAUSE.exec(text);
    if (write) req.writeVersion = write[1];
    if (/\bfor\b/i.test(text)) req.note = text;
    found.push(req);
  }
  for (const section of jsdoc.matchAll(REQUIREMENT_SECTION)) {
    for (const link of section[1].matchAll(LINKED_SET)) {
      // A set named without a version ("| DialogApi}") means its first version.
      found.push({ set: link[1], version: link[2] ?? "1.1" });
    }
  }
  return found;
}
