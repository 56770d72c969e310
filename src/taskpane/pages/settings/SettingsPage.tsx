// Settings (docs/design.md, "Settings"): company name, signature, the supplier-order template, service level
// and
// warning days, kept in the workbook so every co-author drafts and computes with the same.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import {
  Button,
  Field,
  Input,
  MessageBarTitle,
  Spinner,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Notice } from "../../components/Notice";
import { DEFAULT_TEMPLATES } from "../../../core/email/defaultTemplates";
import type { EmailTemplate } from "../../../core/email/template";
import {
  SERVICE_LEVEL_HINT,
  WARN_DAYS_HINT,
  parseServiceLevel,
  parseWarnDays,
  readSettings,
  type WorkbookSettings,
  templateFor,
  writeSettings,
} from "../../../excel/settings";
import type { PageProps } from "../../pages";
import { PageHeading } from "../../components/PageHeading";
import { errorSentence } from "../../components/ActionError";
import { TemplateEditor } from "./TemplateEditor";
import { useSettingsChanged } from "./useSettingsChanged";

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

type Load = { status: "loading" } | { status: "ready" } | { status: "error"; message: string };
type Note = { intent: "success" | "error"; text: string };

/** 0.95 → "95" (a percentage as a person reads it). */
const percent = (level: number) => String(Math.round(level * 10000) / 100);

export default function SettingsPage({ focusHeading }: PageProps) {
  const styles = useStyles();
  const [load, setLoad] = useState<Load>({ status: "loading" });
  const [form, setForm] = useState<Form | null>(null);
  const [saving, setSaving] = useState(false);
  const [note, setNote] = useState<Note | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [stale, setStale] = useState(false);
  // What the workbook held when last read or saved here, to tell a co-author's change from our own save.
  const baseline = useRef<string>("");

  useSettingsChanged(
    useCallback(() => {
      readSettings().then(
        (s) => setStale(JSON.stringify(s) !== baseline.current),
        () => undefined,
      );
    }, []),
  );

  useEffect(() => {
    let live = true;
    readSettings().then(
      (s) => {
        if (!live) return;
        baseline.current = JSON.stringify(s);
        setStale(false);
        setForm({
          companyName: s.companyName,
          signature: s.signature,
          serviceLevel: percent(s.serviceLevel),
          warnDays: String(s.warnDays),
          template: { ...templateFor(s, "supplierOrder") },
        });
        setLoad({ status: "ready" });
      },
      (error: unknown) => live && setLoad({ status: "error", message: errorSentence(error) }),
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  const level = useMemo(() => (form ? parseServiceLevel(form.serviceLevel) : null), [form]);
  const days = useMemo(() => (form ? parseWarnDays(form.warnDays) : null), [form]);
  const set = (patch: Partial<Form>) => {
    setNote(null);
    setForm((f) => (f ? { ...f, ...patch } : f));
  };

  const save = async () => {
    if (!form || level === null || days === null) return;
    setSaving(true);
    try {
      const d = DEFAULT_TEMPLATES.supplierOrder;
      const isDefault = form.template.subject === d.subject && form.template.body === d.body;
      const saved: WorkbookSettings = {
        companyName: form.companyName.trim(),
        signature: form.signature,
        serviceLevel: level,
        warnDays: days,
        templates: isDefault ? {} : { supplierOrder: form.template },
      };
      baseline.current = JSON.stringify(saved);
      await writeSettings({ ...saved, templates: { supplierOrder: isDefault ? null : form.template } });
      setNote({
        intent: "success",
        text: "Saved in this workbook. Every co-author now drafts with these settings.",
      });
    } catch (error) {
      setNote({ intent: "error", text: errorSentence(error) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <section aria-labelledby="settings-heading">
      <PageHeading id="settings-heading" focusOnMount={focusHeading}>
        Settings
      </PageHeading>
      {load.status === "loading" && <Spinner size="small" label="Reading the settings…" />}
      {load.status === "error" && (
        <Notice intent="error">
          <MessageBarTitle>Could not read the settings</MessageBarTitle>
          {load.message}
        </Notice>
      )}
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
          <Field label="Company name" hint="Used in email drafts.">
            <Input value={form.companyName} onChange={(_, d) => set({ companyName: d.value })} />
          </Field>
          <Field label="Signature" hint="Ends every draft.">
            <Textarea
              value={form.signature}
              resize="vertical"
              onChange={(_, d) => set({ signature: d.value })}
            />
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
            <Input
              inputMode="numeric"
              value={form.warnDays}
              onChange={(_, d) => set({ warnDays: d.value })}
            />
          </Field>
          <TemplateEditor
            template={form.template}
            companyName={form.companyName}
            signature={form.signature}
            onChange={(template) => set({ template })}
          />
          {note && (
            <Notice intent={note.intent} aria-live="polite">
              {note.text}
            </Notice>
          )}
          <div className={styles.actions}>
            <Button type="submit" appearance="primary" disabled={saving || level === null || days === null}>
              Save settings
            </Button>
            <Button disabled={saving} onClick={() => setAttempt((n) => n + 1)}>
              Reload from the workbook
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}
