// Data validation and conditional formats between the simulator's models (Excel API shapes) and
// exceljs's file shapes (ECMA-376 dataValidation and cfRule).
import type { ConditionalFormattingRule, DataValidation, Style } from "exceljs";
import type { ConditionalFormatModel, ValidationModel } from "../simulator/model";
import { dateToSerial } from "../../core/cells/excelDates";
import { fromArgb, toArgb } from "./xlsxStyles";

type ApiKind = "list" | "wholeNumber" | "decimal" | "date" | "time" | "textLength" | "custom";
// exceljs's type list lacks "time", which the file format and exceljs's reader have.
type FileKind = DataValidation["type"] | "time";

const KIND_TO_FILE: Record<ApiKind, FileKind> = {
  list: "list",
  wholeNumber: "whole",
  decimal: "decimal",
  date: "date",
  time: "time",
  textLength: "textLength",
  custom: "custom",
};

/** Excel.DataValidationOperator / ConditionalCellValueOperator and the file's operator names. */
const OPERATORS: [api: string, file: string][] = [
  ["Between", "between"],
  ["NotBetween", "notBetween"],
  ["EqualTo", "equal"],
  ["NotEqualTo", "notEqual"],
  ["GreaterThan", "greaterThan"],
  ["LessThan", "lessThan"],
  ["GreaterThanOrEqualTo", "greaterThanOrEqual"],
  ["LessThanOrEqualTo", "lessThanOrEqual"],
  // The conditional-format enum spells these two without "To".
  ["GreaterThanOrEqual", "greaterThanOrEqual"],
  ["LessThanOrEqual", "lessThanOrEqual"],
];

const operatorToFile = (api: unknown) => OPERATORS.find(([a]) => a === api)?.[1];
const operatorFromFile = (file: unknown, cf: boolean) =>
  OPERATORS.filter(([, f]) => f === file).map(([a]) => a)[cf ? 1 : 0] ??
  OPERATORS.find(([, f]) => f === file)?.[0];

const ALERT_STYLES: [api: string, file: "stop" | "warning" | "information"][] = [
  ["Stop", "stop"],
  ["Warning", "warning"],
  ["Information", "information"],
];

/** A formula as the file stores it: without the leading "=" (numbers stay numbers). */
function fileFormula(v: unknown): string | number {
  if (typeof v === "number") return v;
  return String(v ?? "").replace(/^=/, "");
}

/** A formula as the API gives it: numbers as numbers, anything else with its "=". */
function apiFormula(v: unknown): string | number {
  if (typeof v === "number") return v;
  if (v instanceof Date) return dateToSerial(v) ?? Number.NaN;
  const text = String(v ?? "");
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : `=${text}`;
}

/** A list source: "a,b,c" is stored quoted ("\"a,b,c\""), a range reference as it is. */
function listToFile(source: string): string {
  return source.startsWith("=") ? source.slice(1) : `"${source.replace(/"/g, '""')}"`;
}

function listFromFile(formula: string): string {
  return formula.startsWith('"') ? formula.slice(1, -1).replace(/""/g, '"') : `=${formula}`;
}

/** The exceljs data validation for one of the simulator's, or null when the rule is of no known kind. */
export function validationToFile(v: ValidationModel): DataValidation | null {
  const kind = Object.keys(v.rule)[0] as ApiKind;
  const body = v.rule[kind] as Record<string, unknown> | undefined;
  const type = KIND_TO_FILE[kind];
  if (!type || !body) return null;
  const out: DataValidation = {
    type: type as DataValidation["type"],
    allowBlank: v.ignoreBlanks,
    formulae: [],
  };
  if (kind === "list") out.formulae = [listToFile(String(body.source))];
  else if (kind === "custom") out.formulae = [fileFormula(body.formula)];
  else {
    out.operator = operatorToFile(body.operator) as DataValidation["operator"];
    out.formulae = [fileFormula(body.formula1)];
    if (body.formula2 !== undefined) out.formulae.push(fileFormula(body.formula2));
  }
  // Excel shows the error alert unless told not to; the file's default is the opposite.
  const alert = v.errorAlert ?? {};
  out.showErrorMessage = alert.showAlert !== false;
  const style = ALERT_STYLES.find(([api]) => api === alert.style)?.[1];
  if (style) out.errorStyle = style;
  if (alert.title) out.errorTitle = String(alert.title);
  if (alert.message) out.error = String(alert.message);
  const prompt = v.prompt ?? {};
  if (prompt.showPrompt) out.showInputMessage = true;
  if (prompt.title) out.promptTitle = String(prompt.title);
  if (prompt.message) out.prompt = String(prompt.message);
  return out;
}

/** The simulator's rule, alert and prompt for an exceljs data validation; null for "any value". */
export function validationFromFile(dv: DataValidation): Omit<ValidationModel, "rect"> | null {
  const kind = (Object.keys(KIND_TO_FILE) as ApiKind[]).find((k) => KIND_TO_FILE[k] === dv.type);
  if (!kind) return null;
  const [f1, f2] = dv.formulae ?? [];
  let body: Record<string, unknown>;
  if (kind === "list") body = { inCellDropDown: true, source: listFromFile(String(f1 ?? "")) };
  else if (kind === "custom") body = { formula: `=${String(f1 ?? "")}` };
  else {
    body = { formula1: apiFormula(f1), operator: operatorFromFile(dv.operator ?? "between", false) };
    if (f2 !== undefined) body.formula2 = apiFormula(f2);
  }
  const out: Omit<ValidationModel, "rect"> = { rule: { [kind]: body }, ignoreBlanks: dv.allowBlank === true };
  const style = ALERT_STYLES.find(([, file]) => file === dv.errorStyle)?.[0];
  if (!dv.showErrorMessage || style || dv.errorTitle || dv.error) {
    out.errorAlert = {
      showAlert: dv.showErrorMessage === true,
      style: style ?? "Stop",
      title: dv.errorTitle ?? "",
      message: dv.error ?? "",
    };
  }
  if (dv.showInputMessage || dv.promptTitle || dv.prompt) {
    out.prompt = {
      showPrompt: dv.showInputMessage === true,
      title: dv.promptTitle ?? "",
      message: dv.prompt ?? "",
    };
  }
  return out;
}

type CfFormat = ConditionalFormatModel["format"];

function formatToDxf(format: CfFormat): Partial<Style> {
  const style: Partial<Style> = {};
  const font: Record<string, unknown> = {};
  if (format.bold) font.bold = true;
  if (format.italic) font.italic = true;
  if (format.fontColor) font.color = { argb: toArgb(format.fontColor) };
  if (Object.keys(font).length > 0) style.font = font;
  // A differential format's solid fill is its background colour (ECMA-376 Part 1, 18.8.32 patternFill).
  if (format.fillColor)
    style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: toArgb(format.fillColor) } };
  if (format.numberFormat) style.numFmt = format.numberFormat;
  return style;
}

function formatFromDxf(style: Partial<Style> | undefined): CfFormat {
  const out: CfFormat = {};
  if (!style) return out;
  if (style.font?.bold) out.bold = true;
  if (style.font?.italic) out.italic = true;
  const font = fromArgb(style.font?.color?.argb);
  if (font) out.fontColor = font;
  const fill = style.fill?.type === "pattern" ? style.fill : undefined;
  const color = fromArgb(fill?.bgColor?.argb) ?? fromArgb(fill?.fgColor?.argb);
  if (color) out.fillColor = color;
  if (typeof style.numFmt === "string" && style.numFmt) out.numberFormat = style.numFmt;
  return out;
}

/** The exceljs rule for one of the simulator's conditional formats, or null for kinds it does not model. */
export function conditionalFormatToFile(
  cf: ConditionalFormatModel,
  priority: number,
): ConditionalFormattingRule | null {
  const common = { priority, style: formatToDxf(cf.format), ...(cf.stopIfTrue ? { stopIfTrue: true } : {}) };
  if (cf.type === "Custom" && cf.formula)
    return {
      type: "expression",
      formulae: [fileFormula(cf.formula)],
      ...common,
    } as ConditionalFormattingRule;
  if (cf.type === "CellValue" && cf.rule) {
    const operator = operatorToFile(cf.rule.operator);
    if (!operator) return null;
    const formulae = [fileFormula(cf.rule.formula1)];
    if (cf.rule.formula2 !== undefined) formulae.push(fileFormula(cf.rule.formula2));
    return { type: "cellIs", operator, formulae, ...common } as unknown as ConditionalFormattingRule;
  }
  return null;
}

/** The simulator's part of a conditional format read from a file, or null for kinds it does not model. */
export function conditionalFormatFromFile(
  rule: ConditionalFormattingRule,
): Pick<ConditionalFormatModel, "type" | "formula" | "rule" | "format" | "stopIfTrue"> | null {
  const r = rule as unknown as {
    type: string;
    operator?: string;
    formulae?: unknown[];
    style?: Partial<Style>;
    stopIfTrue?: boolean;
  };
  const format = formatFromDxf(r.style);
  const stopIfTrue = r.stopIfTrue === true;
  if (r.type === "expression" && r.formulae?.[0] !== undefined)
    return { type: "Custom", formula: `=${String(r.formulae[0])}`, format, stopIfTrue };
  if (r.type === "cellIs" && r.formulae?.[0] !== undefined) {
    const ruleBody: Record<string, unknown> = {
      formula1: `=${String(r.formulae[0])}`,
      operator: operatorFromFile(r.operator, true),
    };
    if (r.formulae[1] !== undefined) ruleBody.formula2 = `=${String(r.formulae[1])}`;
    return { type: "CellValue", rule: ruleBody, format, stopIfTrue };
  }
  return null;
}
