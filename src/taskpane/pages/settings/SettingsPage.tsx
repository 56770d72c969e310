// Settings (docs/design.md, "Settings"): company name, signature, the supplier-order template, service level
// and warning days, kept in the workbook so every co-author drafts and computes with the same.
import { useState } from "react";
import { Button, Field, Input, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { Notice } from "../../components/Notice";
import { DEFAULT_TEMPLATES } from "../../../core/email/defaultTemplates";
import type { EmailTemplate } from "../../../core/email/template";
import { onSettingsChanged } from "../../../excel/events";
import {
  SERVICE_LEVEL_HINT,
  WARN_DAYS_HINT,
  parseServiceLevel,
  parseWarnDays,
  type WorkbookSettings,
  templateFor,
} from "../../../core/settings/values";
import { readSettings, writeSettings } from "../../../excel/settings";
import type { PageProps } from "../../pages";
import { PageHeading } from "../../components/PageHeading";
import { ActionError } from "../../components/ActionError";
import { PageLoadStatus } from "../../components/PageLoadStatus";
import { usePageData } from "../../components/usePageData";
import { TemplateEditor } from "./TemplateEditor";

const useStyles = makeStyles({
  form: { display: "grid", gap: tokens.spacingVerticalM },
  narrow: { maxWidth: "12em" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  text: { margin: 0 },
});

interface Form {
  companyName: string;
  signature: string;
  serviceLevel: string;
  warnDays: string;
  template: EmailTemplate;
}

/** 0.95 → "95" (a percentage as a person reads it). */
const percent = (level: number) => String(Math.round(level * 10000) / 100);

function formFor(s: WorkbookSettings): Form {
  return {
    companyName: s.companyName,
    signature: s.signature,
    serviceLevel: percent(s.serviceLevel),
    warnDays: String(s.warnDays),
    template: { ...templateFor(s, "supplierOrder") },
  };
}

/** The settings a saved form leaves in the workbook, as readSettings returns them. */
function settingsFor(form: Form, serviceLevel: number, warnDays: number): WorkbookSettings {
  const d = DEFAULT_TEMPLATES.supplierOrder;
  const isDefault = form.template.subject === d.subject && form.template.body === d.body;
  return {
    companyName: form.companyName.trim(),
    signature: form.signature,
    serviceLevel,
    warnDays,
    templates: isDefault ? {} : { supplierOrder: form.template },
  };
}

/** Settings compared by value (readSettings lists them in a fixed order). */
const same = (a: WorkbookSettings, b: WorkbookSettings) => JSON.stringify(a) === JSON.stringify(b);

function useSettingsForm() {
  // Anyone's change to the settings re-reads them; the form keeps what the person typed and says when
  // the workbook now holds something else, rather than replacing their edits under them.
  const { load, data, reload, busy, error, run } = usePageData(readSettings, { watch: onSettingsChanged });
  const [form, setForm] = useState<Form | null>(null);
  // What the workbook held when the form was filled or last saved: a later read that differs is a
  // co-author's change, one that matches is our own save coming back.
  const [baseline, setBaseline] = useState<WorkbookSettings | null>(null);
  // The form is filled from the first read, and again from the read after "Reload from the workbook".
  const [fillFromRead, setFillFromRead] = useState(true);
  const [filledFrom, setFilledFrom] = useState<WorkbookSettings | null>(null);
  const [saved, setSaved] = useState(false);
  if (data && fillFromRead && data !== filledFrom) {
    setFilledFrom(data);
    setForm(formFor(data));
    setBaseline(data);
    setFillFromRead(false);
  }
  const stale = data !== null && baseline !== null && !same(data, baseline);

  const level = form ? parseServiceLevel(form.serviceLevel) : null;
  const days = form ? parseWarnDays(form.warnDays) : null;
  const set = (patch: Partial<Form>) => {
    setSaved(false);
    setForm((f) => (f ? { ...f, ...patch } : f));
  };

  const save = async () => {
    if (!form || level === null || days === null) return;
    setSaved(false);
    const next = settingsFor(form, level, days);
    const before = baseline;
    setBaseline(next);
    const template = next.templates.supplierOrder ?? null;
    const done = await run(async () => {
      await writeSettings({ ...next, templates: { supplierOrder: template } });
      return true;
    });
    if (done) setSaved(true);
    else setBaseline(before);
  };

  const reloadForm = () => {
    setSaved(false);
    setFillFromRead(true);
    void reload();
  };

  return { load, reload, busy, error, form, stale, level, days, set, save, saved, reloadForm };
}

type SettingsForm = ReturnType<typeof useSettingsForm>;

/** Company name, Signature, Service level and Warning days. */
function SettingsFields({ settings, form }: { settings: SettingsForm; form: Form }) {
  const styles = useStyles();
  const { set, level, days } = settings;
  return (
    <>
      <Field label="Company name" hint="Used in email drafts.">
        <Input value={form.companyName} onChange={(_, d) => set({ companyName: d.value })} />
      </Field>
      <Field label="Signature" hint="Ends every draft.">
        <Textarea value={form.signature} resize="vertical" onChange={(_, d) => set({ signature: d.value })} />
      </Field>
      <Field
        className={styles.narrow}
        label="Service level for safety stock (%)"
        validationState={level === null ? "error" : "none"}
        validationMessage={level === null ? SERVICE_LEVEL_HINT : undefined}
      >
        <Input
          inputMode="decimal"
          value={form.serviceLevel}
          onChange={(_, d) => set({ serviceLevel: d.value })}
        />
      </Field>
      <Field
        className={styles.narrow}
        label="Warning days"
        hint="How many days ahead counts as due soon."
        validationState={days === null ? "error" : "none"}
        validationMessage={days === null ? WARN_DAYS_HINT : undefined}
      >
        <Input inputMode="numeric" value={form.warnDays} onChange={(_, d) => set({ warnDays: d.value })} />
      </Field>
    </>
  );
}

export default function SettingsPage({ focusHeading }: PageProps) {
  const styles = useStyles();
  const settings = useSettingsForm();
  const { load, reload, busy, error, form, stale, level, days, set, save, saved, reloadForm } = settings;

  return (
    <section aria-labelledby="settings-heading">
      <PageHeading id="settings-heading" focusOnMount={focusHeading}>
        Settings
      </PageHeading>
      <PageLoadStatus
        load={load}
        reading="Reading the settings…"
        failed="Could not read the settings"
        onRetry={() => void reload()}
      />
      {stale && (
        <Notice intent="info" aria-live="polite">
          Someone changed the settings in this workbook. Reload to see their changes (edits not saved here are
          replaced).
        </Notice>
      )}
      {form && (
        <form
          className={styles.form}
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <p className={styles.text}>Kept in this workbook, so everyone who edits it sees the same.</p>
          <SettingsFields settings={settings} form={form} />
          <TemplateEditor
            template={form.template}
            companyName={form.companyName}
            signature={form.signature}
            onChange={(template) => set({ template })}
          />
          {error !== null && <ActionError error={error} />}
          {saved && (
            <Notice intent="success" aria-live="polite">
              Saved in this workbook. Every co-author now drafts with these settings.
            </Notice>
          )}
          <div className={styles.actions}>
            <Button type="submit" appearance="primary" disabled={busy || level === null || days === null}>
              Save settings
            </Button>
            <Button disabled={busy} onClick={reloadForm}>
              Reload from the workbook
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
