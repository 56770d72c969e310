// Data validation and conditional formats of the simulator as the sheet part's XML (ECMA-376 Part 1,
// 18.3.1.32 dataValidation and 18.3.1.10 cfRule), through the same mapping as reading (xlsxRules.ts).
import { columnLetters, type Rect } from "../../simulator/address";
import type { ConditionalFormatModel, ValidationModel } from "../../simulator/model";
import { conditionalFormatToFile, validationToFile } from "../xlsxRules";
import type { StyleSheet } from "./styleSheet";
import { escapeXml } from "./xml";

/** A range as the file writes it: "A2:C9", or "B2" for one cell, always with row numbers. */
export function fileRange(rect: Rect): string {
  const a = `${columnLetters(rect.c0)}${rect.r0 + 1}`;
  const b = `${columnLetters(rect.c1)}${rect.r1 + 1}`;
  return a === b ? a : `${a}:${b}`;
}

const attrs = (pairs: [string, unknown][]) =>
  pairs
    .filter(([, v]) => v !== undefined && v !== null && v !== false && v !== "")
    .map(([k, v]) => ` ${k}="${escapeXml(v === true ? "1" : String(v))}"`)
    .join("");

const formula = (tag: string, v: unknown) =>
  v === undefined || v === null || v === "" ? "" : `<${tag}>${escapeXml(String(v))}</${tag}>`;

/** One validation rule, or null for a kind the file format has no name for. */
export function validationXml(v: ValidationModel): string | null {
  const dv = validationToFile(v) as null | {
    type: string;
    operator?: string;
    allowBlank?: boolean;
    showInputMessage?: boolean;
    showErrorMessage?: boolean;
    errorStyle?: string;
    errorTitle?: string;
    error?: string;
    promptTitle?: string;
    prompt?: string;
    formulae: unknown[];
  };
  if (!dv) return null;
  const head = attrs([
    ["type", dv.type],
    ["errorStyle", dv.errorStyle],
    ["operator", dv.operator],
    ["allowBlank", dv.allowBlank],
    ["showInputMessage", dv.showInputMessage],
    ["showErrorMessage", dv.showErrorMessage],
    ["errorTitle", dv.errorTitle],
    ["error", dv.error],
    ["promptTitle", dv.promptTitle],
    ["prompt", dv.prompt],
    ["sqref", fileRange(v.rect)],
  ]);
  return `<dataValidation${head}>${formula("formula1", dv.formulae[0])}${formula("formula2", dv.formulae[1])}</dataValidation>`;
}

/** One conditional format as its own block, or null for a kind the simulator does not model. */
export function conditionalFormatXml(
  cf: ConditionalFormatModel,
  priority: number,
  styles: StyleSheet,
): string | null {
  const rule = conditionalFormatToFile(cf, priority) as null | {
    type: string;
    operator?: string;
    formulae: unknown[];
    stopIfTrue?: boolean;
  };
  if (!rule) return null;
  const head = attrs([
    ["type", rule.type],
    ["dxfId", styles.dxf(cf.format)],
    ["priority", priority],
    ["stopIfTrue", rule.stopIfTrue],
    ["operator", rule.operator],
  ]);
  const body = rule.formulae.map((f) => formula("formula", f)).join("");
  return `<conditionalFormatting sqref="${fileRange(cf.rect)}"><cfRule${head}>${body}</cfRule></conditionalFormatting>`;
}
