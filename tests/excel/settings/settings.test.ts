import { DEFAULT_TEMPLATES } from "../../../src/core/email/defaultTemplates";
import {
  DEFAULT_SETTINGS,
  parseServiceLevel,
  parseWarnDays,
  templateFor,
} from "../../../src/core/settings/values";
import { readSettings, writeSettings } from "../../../src/excel/settings";
import { lastSyncs, setup } from "../support";

describe("workbook settings", () => {
  test("a new workbook reads the defaults in 1 sync", async () => {
    const { excel } = setup();
    const s = await readSettings();
    expect(lastSyncs(excel)).toBe(1);
    expect(s).toEqual(DEFAULT_SETTINGS);
    expect(templateFor(s, "supplierOrder")).toEqual(DEFAULT_TEMPLATES.supplierOrder);
  });

  test("round trip: what is written is read back, by every co-author (stored in the workbook)", async () => {
    const { wb } = setup();
    const template = { subject: "PO {{poNumber}}", body: "Hello {{contact}}\n{{items}}" };
    await writeSettings({
      companyName: "Acme Ltd",
      signature: "Zoë\nOffice manager",
      serviceLevel: 0.9,
      warnDays: 7,
      templates: { supplierOrder: template },
    });
    expect(wb.getSetting("BackOffice.companyName")).toBe("Acme Ltd");
    const s = await readSettings();
    expect(s).toMatchObject({
      companyName: "Acme Ltd",
      signature: "Zoë\nOffice manager",
      serviceLevel: 0.9,
      warnDays: 7,
    });
    expect(templateFor(s, "supplierOrder")).toEqual(template);

    // Only what is named changes; a null template goes back to the default.
    await writeSettings({ warnDays: 10, templates: { supplierOrder: null } });
    const t = await readSettings();
    expect(t.companyName).toBe("Acme Ltd");
    expect(t.warnDays).toBe(10);
    expect(templateFor(t, "supplierOrder")).toEqual(DEFAULT_TEMPLATES.supplierOrder);
  });

  test("values a co-author's older client stored badly fall back to the defaults", async () => {
    const { wb } = setup();
    wb.setSetting("BackOffice.serviceLevel", 3);
    wb.setSetting("BackOffice.warnDays", "soon");
    wb.setSetting("BackOffice.template.supplierOrder", { subject: 1 });
    const s = await readSettings();
    expect(s.serviceLevel).toBe(DEFAULT_SETTINGS.serviceLevel);
    expect(s.warnDays).toBe(DEFAULT_SETTINGS.warnDays);
    expect(s.templates.supplierOrder).toBeUndefined();
  });

  test("refuses to store values a reader would drop", async () => {
    setup();
    await expect(writeSettings({ serviceLevel: 1 })).rejects.toThrow(/service level/);
    await expect(writeSettings({ warnDays: -1 })).rejects.toThrow(/Warning days/);
  });

  test("service level and warning days as a person types them", () => {
    expect(parseServiceLevel("95")).toBe(0.95);
    expect(parseServiceLevel("97.5 %")).toBeCloseTo(0.975, 10);
    expect(parseServiceLevel("0.9")).toBe(0.9);
    expect(parseServiceLevel("100")).toBeNull();
    expect(parseServiceLevel("abc")).toBeNull();
    expect(parseWarnDays("14")).toBe(14);
    expect(parseWarnDays("1.5")).toBeNull();
    expect(parseWarnDays("")).toBeNull();
  });
});
