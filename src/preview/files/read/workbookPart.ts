// The workbook part: sheet states, the date system, the sheet that was active, and defined names.
import { boolAttr, element, elements, innerText, startTagOf, tagAttr, withoutPrefix } from "./xmlScan";

export interface WorkbookRead {
  date1904: boolean;
  activeTab: number;
  /** Sheet states by relationship id ("hidden", "veryHidden"). */
  states: Map<string, string>;
  names: { name: string; text: string; localSheetId?: number }[];
}

export function readWorkbookPart(part: string): WorkbookRead {
  const xml = withoutPrefix(part, "workbook");
  const pr = /<workbookPr\b[^>]*>/.exec(xml)?.[0];
  const view = /<workbookView\b[^>]*>/.exec(xml)?.[0];
  const states = new Map<string, string>();
  for (const sheet of elements(element(xml, "sheets") ?? "", "sheet")) {
    const state = tagAttr(sheet, "state");
    const id = tagAttr(sheet, "r:id");
    if (state && id) states.set(id, state);
  }
  const names = elements(element(xml, "definedNames") ?? "", "definedName").map((n) => {
    const tag = startTagOf(n);
    const local = tagAttr(tag, "localSheetId");
    return {
      name: tagAttr(tag, "name") ?? "",
      text: innerText(n),
      ...(local === undefined ? {} : { localSheetId: Number(local) }),
    };
  });
  return {
    date1904: pr ? boolAttr(pr, "date1904") : false,
    activeTab: Number((view && tagAttr(view, "activeTab")) ?? 0) || 0,
    states,
    names,
  };
}

const RANGE = /^(?:'(?:[^']|'')+'|[^'!,]+)!\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?$/;

/**
 * The ranges a defined name refers to ("Stock!$B$2:$B$3,Stock!$D$2"); a name that is a constant or a
 * formula refers to none (the simulator's names are ranges).
 */
export function nameRanges(text: string): string[] {
  const out: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of text) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      out.push(current);
      current = "";
    } else current += ch;
  }
  out.push(current);
  return out.map((r) => r.trim()).filter((r) => RANGE.test(r));
}
