// The workbook's settings (docs/design.md, "Settings") as plain values, and how each stored value is read
// back.
// Stored values come from any co-author's client (or an older version), so every one is checked and a bad
// or missing one falls back to its default instead of breaking a page.
import { DEFAULT_TEMPLATES, type TemplateKind } from "../email/defaultTemplates";
import type { EmailTemplate } from "../email/template";
import { DEFAULT_WARN_DAYS } from "../registers/calculatedFormulas";

export interface WorkbookSettings {
  companyName: string;
  signature: string;
  /** Templates the person edited; a kind not here uses DEFAULT_TEMPLATES. */
  templates: Partial<Record<TemplateKind, EmailTemplate>>;
  /** Service level for safety stock, strictly between 0 and 1 (0.95 = 95 %). */
  serviceLevel: number;
  /** Days ahead that count as "Due soon". */
  warnDays: number;
}

export const DEFAULT_SERVICE_LEVEL = 0.95;

export const DEFAULT_SETTINGS: Readonly<WorkbookSettings> = {
  companyName: "",
  signature: "",
  templates: {},
  serviceLevel: DEFAULT_SERVICE_LEVEL,
  warnDays: DEFAULT_WARN_DAYS,
};

/** Setting names in the workbook; the prefix keeps them apart from other add-ins' settings. */
export const SETTING_KEYS = {
  companyName: "BackOffice.companyName",
  signature: "BackOffice.signature",
  serviceLevel: "BackOffice.serviceLevel",
  warnDays: "BackOffice.warnDays",
} as const;

export const templateKey = (kind: TemplateKind) => `BackOffice.template.${kind}`;

/**
 * The office's internal extensions ("201-204, 600"), confirmed by importing a phone system's call records
 * with them: the next import starts from them instead of a guess (src/excel/calls/importCalls.ts).
 */
export const CALL_EXTENSIONS_KEY = "BackOffice.internalExtensions";

/**
 * The columns the person chose for call files of unknown shape, by the file's shape (separator, width,
 * first line): the next file like it is read with them (src/excel/calls/importCalls.ts).
 */
export const CALL_READINGS_KEY = "BackOffice.callImportReadings";

export const TEMPLATE_KINDS = Object.keys(DEFAULT_TEMPLATES) as TemplateKind[];

/** The template a draft uses: the workbook's, else the default. */
export function templateFor(
  settings: Pick<WorkbookSettings, "templates">,
  kind: TemplateKind,
): EmailTemplate {
  return settings.templates[kind] ?? DEFAULT_TEMPLATES[kind];
}

export interface SettingsChange {
  companyName?: string;
  signature?: string;
  serviceLevel?: number;
  warnDays?: number;
  /** A template to store; null goes back to the default. */
  templates?: Partial<Record<TemplateKind, EmailTemplate | null>>;
}

/** Why a change would store a value a reader drops; null when it is fine. */
export function checkSettingsChange(change: SettingsChange): string | null {
  if (change.serviceLevel !== undefined && parseServiceLevel(change.serviceLevel) === null) {
    return "The service level must be above 0 and below 1.";
  }
  if (change.warnDays !== undefined && parseWarnDays(change.warnDays) === null) {
    return "Warning days must be a whole number from 0 to 365.";
  }
  return null;
}

/**
 * The settings from what the workbook stores (`stored` gives undefined for a setting not there, as does
 * `templates` for a kind): each value is checked and a bad or missing one is its default.
 */
export function settingsFromStored(
  stored: (name: keyof typeof SETTING_KEYS) => unknown,
  templates: Partial<Record<TemplateKind, unknown>>,
): WorkbookSettings {
  const out: WorkbookSettings = {
    companyName: readText(stored("companyName"), DEFAULT_SETTINGS.companyName),
    signature: readText(stored("signature"), DEFAULT_SETTINGS.signature),
    serviceLevel: parseServiceLevel(stored("serviceLevel")) ?? DEFAULT_SETTINGS.serviceLevel,
    warnDays: parseWarnDays(stored("warnDays")) ?? DEFAULT_SETTINGS.warnDays,
    templates: {},
  };
  for (const kind of TEMPLATE_KINDS) {
    const t = readTemplate(templates[kind]);
    if (t) out.templates[kind] = t;
  }
  return out;
}

export function readText(value: unknown, fallback: string): string {
  return typeof value === "string" ? value : fallback;
}

export function readTemplate(value: unknown): EmailTemplate | undefined {
  if (!value || typeof value !== "object") return undefined;
  const { subject, body } = value as Record<string, unknown>;
  return typeof subject === "string" && typeof body === "string" ? { subject, body } : undefined;
}

/** A service level as stored (0.95) or as a person types it ("95", "95 %", "0.95"); null when not one. */
export function parseServiceLevel(value: unknown): number | null {
  let n: number;
  if (typeof value === "number") n = value;
  else if (typeof value === "string" && value.trim() !== "") {
    const text = value.trim().replace(/%$/, "").trim().replace(",", ".");
    n = Number(text);
    if (Number.isFinite(n) && (value.trim().endsWith("%") || n >= 1)) n = n / 100;
  } else return null;
  return Number.isFinite(n) && n > 0 && n < 1 ? n : null;
}

/** Warning days: a whole number from 0 to 365; null when not one. */
export function parseWarnDays(value: unknown): number | null {
  const n = typeof value === "string" && value.trim() !== "" ? Number(value.trim()) : value;
  return typeof n === "number" && Number.isInteger(n) && n >= 0 && n <= 365 ? n : null;
}

export const SERVICE_LEVEL_HINT = "Enter a percentage above 0 and below 100, for example 95.";
export const WARN_DAYS_HINT = "Enter a whole number of days from 0 to 365.";
