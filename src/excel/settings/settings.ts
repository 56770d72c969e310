// Reading and writing the workbook's settings (Excel.SettingCollection: stored in the file, shared by
// every co-author). One sync each way.
import type { TemplateKind } from "../../core/email/defaultTemplates";
import type { EmailTemplate } from "../../core/email/template";
import { runExcel } from "../run";
import {
  DEFAULT_SETTINGS,
  SETTING_KEYS,
  TEMPLATE_KINDS,
  parseServiceLevel,
  parseWarnDays,
  readTemplate,
  readText,
  templateKey,
  type WorkbookSettings,
} from "./values";

export async function readSettings(): Promise<WorkbookSettings> {
  return runExcel("Reading the workbook's settings", async (context) => {
    const settings = context.workbook.settings;
    const get = (key: string) => settings.getItemOrNullObject(key).load("value");
    const plain = Object.fromEntries(Object.entries(SETTING_KEYS).map(([name, key]) => [name, get(key)]));
    const templates = TEMPLATE_KINDS.map((kind) => ({ kind, item: get(templateKey(kind)) }));
    await context.sync();
    const value = (name: keyof typeof SETTING_KEYS) =>
      plain[name].isNullObject ? undefined : (plain[name].value as unknown);
    const out: WorkbookSettings = {
      companyName: readText(value("companyName"), DEFAULT_SETTINGS.companyName),
      signature: readText(value("signature"), DEFAULT_SETTINGS.signature),
      serviceLevel: parseServiceLevel(value("serviceLevel")) ?? DEFAULT_SETTINGS.serviceLevel,
      warnDays: parseWarnDays(value("warnDays")) ?? DEFAULT_SETTINGS.warnDays,
      templates: {},
    };
    for (const { kind, item } of templates) {
      const t = item.isNullObject ? undefined : readTemplate(item.value);
      if (t) out.templates[kind] = t;
    }
    return out;
  });
}

export interface SettingsChange {
  companyName?: string;
  signature?: string;
  serviceLevel?: number;
  warnDays?: number;
  /** A template to store; null goes back to the default. */
  templates?: Partial<Record<TemplateKind, EmailTemplate | null>>;
}

/** Writes the given settings (others are left as they are). Refuses values a reader would drop. */
export async function writeSettings(change: SettingsChange): Promise<void> {
  if (change.serviceLevel !== undefined && parseServiceLevel(change.serviceLevel) === null) {
    throw new RangeError("The service level must be above 0 and below 1.");
  }
  if (change.warnDays !== undefined && parseWarnDays(change.warnDays) === null) {
    throw new RangeError("Warning days must be a whole number from 0 to 365.");
  }
  await runExcel("Saving the settings", async (context) => {
    const settings = context.workbook.settings;
    for (const name of Object.keys(SETTING_KEYS) as (keyof typeof SETTING_KEYS)[]) {
      const v = change[name];
      if (v !== undefined) settings.add(SETTING_KEYS[name], v);
    }
    const entries = Object.entries(change.templates ?? {}) as [TemplateKind, EmailTemplate | null][];
    // Going back to a default deletes the stored template; a missing one is found first (a second
    // sync only then), since a method called on a null object is not something to rely on.
    const resets = entries
      .filter(([, t]) => t === null)
      .map(([kind]) => settings.getItemOrNullObject(templateKey(kind)).load("key"));
    for (const [kind, t] of entries) {
      if (t !== null) settings.add(templateKey(kind), { subject: t.subject, body: t.body });
    }
    if (resets.length > 0) {
      await context.sync();
      for (const item of resets) if (!item.isNullObject) item.delete();
    }
    await context.sync();
  });
}
