// A table's calculated columns: Excel fills their formula into every row a person adds only when the
// table part names it (<calculatedColumnFormula>, ECMA-376 Part 1, 18.5.1.1). exceljs does not write that
// element, so it is added to exceljs's output here (readPrepared.ts takes it out before exceljs reads).
import { loadJsZip } from "./libraries";

export const TABLE_PART = /^xl\/tables\/table\d+\.xml$/;

/** By table name: each column's formula in file form (no "="), or undefined for a plain column. */
export type CalculatedColumns = Map<string, (string | undefined)[]>;

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

const unescapeXml = (text: string) =>
  text
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCharCode(parseInt(n, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** One table part with its columns' formulas added (exceljs writes each column as an empty element). */
export function withCalculatedColumns(xml: string, formulas: (string | undefined)[]): string {
  let index = 0;
  return xml.replace(/<tableColumn\b([^>]*?)\/>/g, (whole, attributes: string) => {
    const formula = formulas[index++];
    if (formula === undefined) return whole;
    return `<tableColumn${attributes}><calculatedColumnFormula>${escapeXml(formula)}</calculatedColumnFormula></tableColumn>`;
  });
}

export async function addCalculatedColumnFormulas(
  bytes: Uint8Array,
  calculated: CalculatedColumns,
): Promise<Uint8Array> {
  const byName = new Map([...calculated].map(([name, f]) => [name.toLowerCase(), f]));
  if (![...byName.values()].some((f) => f.some((x) => x !== undefined))) return bytes;
  const JSZip = await loadJsZip();
  const zip = await JSZip.loadAsync(bytes);
  const parts = zip.file(TABLE_PART);
  for (const part of parts) {
    const xml = await part.async("string");
    const name = /<table\b[^>]*?\sname="([^"]*)"/.exec(xml)?.[1];
    const formulas = name === undefined ? undefined : byName.get(unescapeXml(name).toLowerCase());
    if (formulas) zip.file(part.name, withCalculatedColumns(xml, formulas));
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
