// Two things Excel writes that exceljs cannot take as they are, rewritten in the file before exceljs
// reads it:
// - a table column with a child element (<calculatedColumnFormula>, which Excel writes for every
//   calculated column) makes exceljs fail on the whole file: the children are dropped (the cells keep
//   the formulas, and the simulator finds calculated columns from them);
// - exceljs lists a data validation under every cell it covers, so a rule on whole columns
//   (B2:B1048576, what Excel writes when a person validates a column) takes it most of a minute: each
//   rule's cells are replaced by one stand-in cell, XFD<n>, and the real ranges are kept aside here;
// - a rule whose list comes from another sheet is written by Excel 2010 and later in the sheet's
//   extension list (<x14:dataValidation>, [MS-XLSX] 2.6.4), which exceljs does not read: each is copied
//   into the standard <dataValidations> block, where such references are valid too.
import { loadJsZip } from "./libraries";

const SHEET_PART = /^xl\/worksheets\/sheet\d+\.xml$/;
const TABLE_PART = /^xl\/tables\/table\d+\.xml$/;

/** The stand-in cell of the n-th validation rule (1-based) and back. */
export const standInCell = (n: number) => `XFD${n}`;
export const standInIndex = (address: string) => {
  const m = /^XFD(\d+)$/.exec(address);
  return m ? Number(m[1]) : null;
};

export interface PreparedFile {
  bytes: Uint8Array;
  /** The real ranges (space-separated A1 ranges) of each validation rule, by stand-in number − 1. */
  validationRanges: string[];
}

/** A table part with every column as an empty element, as exceljs can read it. */
export function withoutColumnChildren(xml: string): string {
  return xml.replace(/<tableColumn\b([^>]*?)(?<!\/)>[\s\S]*?<\/tableColumn>/g, "<tableColumn$1/>");
}

/** The extension-list rules of a sheet part as standard <dataValidation> elements. */
function extensionValidations(xml: string): string[] {
  const out: string[] = [];
  const rule = /<x14:dataValidation\b([^>]*)>([\s\S]*?)<\/x14:dataValidation>/g;
  for (let m = rule.exec(xml); m; m = rule.exec(xml)) {
    const body = m[2];
    const sqref = /<xm:sqref>([^<]*)<\/xm:sqref>/.exec(body)?.[1];
    if (!sqref) continue;
    const formulas = [1, 2]
      .map((n) => new RegExp(`<x14:formula${n}>\\s*<xm:f>([^<]*)</xm:f>`).exec(body)?.[1])
      .map((f, i) => (f === undefined ? "" : `<formula${i + 1}>${f}</formula${i + 1}>`))
      .join("");
    out.push(`<dataValidation${m[1]} sqref="${sqref}">${formulas}</dataValidation>`);
  }
  return out;
}

/** The sheet part with its extension-list rules in the standard block (created before <extLst>). */
export function withExtensionValidations(xml: string): string {
  const extra = extensionValidations(xml);
  if (extra.length === 0) return xml;
  const rules = extra.join("");
  if (/<dataValidations\b[^>]*\/>/.test(xml))
    return xml.replace(/<dataValidations\b[^>]*\/>/, `<dataValidations>${rules}</dataValidations>`);
  if (xml.includes("</dataValidations>"))
    return xml.replace("</dataValidations>", `${rules}</dataValidations>`);
  return xml.replace("<extLst>", `<dataValidations>${rules}</dataValidations><extLst>`);
}

/** A sheet part with each validation's sqref replaced by its stand-in cell (ranges appended to `kept`). */
export function withStandInValidations(xml: string, kept: string[]): string {
  return xml.replace(
    /(<dataValidation\b[^>]*?\ssqref=")([^"]*)(")/g,
    (_, open: string, sqref: string, close: string) => {
      kept.push(sqref);
      return `${open}${standInCell(kept.length)}${close}`;
    },
  );
}

export async function prepareForExcelJs(bytes: Uint8Array): Promise<PreparedFile> {
  const JSZip = await loadJsZip();
  const zip = await JSZip.loadAsync(bytes);
  const validationRanges: string[] = [];
  let changed = false;
  for (const part of zip.file(TABLE_PART)) {
    const xml = await part.async("string");
    const plain = withoutColumnChildren(xml);
    if (plain !== xml) {
      zip.file(part.name, plain);
      changed = true;
    }
  }
  for (const part of zip.file(SHEET_PART)) {
    const xml = withExtensionValidations(await part.async("string"));
    if (!/<dataValidation\s/.test(xml)) continue;
    zip.file(part.name, withStandInValidations(xml, validationRanges));
    changed = true;
  }
  const out = changed ? await zip.generateAsync({ type: "uint8array", compression: "STORE" }) : bytes;
  return { bytes: out, validationRanges };
}
