// Reading and writing the workbook's settings (Excel.SettingCollection: stored in the file, shared by
// every co-author). One sync each way.
import type { TemplateKind } from "../../core/email/defaultTemplates";
import type { EmailTemplate } from "../../core/email/template";
import { runExcel } from "../run";
import {
  SETTING_KEYS,
  TEMPLATE_KINDS,
  checkSettingsChange,
  settingsFromStored,
  templateKey,
  type SettingsChange,
  type WorkbookSettings,
} from "../../core/settings/values";

export async function readSettings(): Promise<WorkbookSettings> {
  return runExcel("Reading the workbook's settings", async (context) => {
    const settings = context.workbook.settings;
    const get = (key: string) => settings.getItemOrNullObject(key).load("value");
    const plain = Object.fromEntries(Object.entries(SETTING_KEYS).map(([name, key]) => [name, get(key)]));
    const templates = TEMPLATE_KINDS.map((kind) => ({ kind, item: get(templateKey(kind)) }));
    await context.sync();
    const stored = (item: Excel.Setting) => (item.isNullObject ? undefined : (item.value as unknown));
    return settingsFromStored(
      (name) => stored(plain[name]),
      Object.fromEntries(templates.map(({ kind, item }) => [kind, stored(item)])),
    );
  });
}

/** Writes the given settings (others are left as they are). Refuses values a reader would drop. */
export async function writeSettings(change: SettingsChange): Promise<void> {
  const problem = checkSettingsChange(change);
  if (problem) throw new RangeError(problem);
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
