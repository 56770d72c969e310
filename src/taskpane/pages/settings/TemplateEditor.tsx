// The supplier-order template: subject and body with {{placeholders}}, a live preview filled with sample
// values, and a message for each placeholder the draft cannot fill (with the likely intended one).
import { useMemo } from "react";
import { Button, Field, Input, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { Notice } from "../../components/Notice";
import { DEFAULT_TEMPLATES, TEMPLATE_PLACEHOLDERS } from "../../../core/email/defaultTemplates";
import { SAMPLE_VALUES } from "../../../core/email/sampleValues";
import { renderTemplate, type EmailTemplate } from "../../../core/email/template";
import { checkPlaceholders } from "../../../core/email/templateCheck";

const useStyles = makeStyles({
  stack: { display: "grid", gap: tokens.spacingVerticalS },
  preview: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
  },
  h4: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

export interface TemplateEditorProps {
  template: EmailTemplate;
  companyName: string;
  signature: string;
  onChange: (template: EmailTemplate) => void;
}

const KNOWN = TEMPLATE_PLACEHOLDERS.supplierOrder;

export function TemplateEditor({ template, companyName, signature, onChange }: TemplateEditorProps) {
  const styles = useStyles();
  const issues = useMemo(() => checkPlaceholders(template, KNOWN), [template]);
  const preview = useMemo(
    () =>
      renderTemplate(template, {
        ...SAMPLE_VALUES.supplierOrder,
        company: companyName || "Your company",
        signature: signature || "Your signature",
      }),
    [template, companyName, signature],
  );
  const isDefault =
    template.subject === DEFAULT_TEMPLATES.supplierOrder.subject &&
    template.body === DEFAULT_TEMPLATES.supplierOrder.body;

  return (
    <section aria-labelledby="template-heading" className={styles.stack}>
      <h3 id="template-heading" className={styles.h4}>
        Supplier order email
      </h3>
      <Field
        label="Subject"
        hint={`Placeholders: ${KNOWN.map((k) => `{{${k}}}`).join(", ")}. {{name|text}} shows the text when empty.`}
      >
        <Input value={template.subject} onChange={(_, d) => onChange({ ...template, subject: d.value })} />
      </Field>
      <Field label="Message">
        <Textarea
          value={template.body}
          resize="vertical"
          rows={12}
          onChange={(_, d) => onChange({ ...template, body: d.value })}
        />
      </Field>
      <div aria-live="polite" className={styles.stack}>
        {issues.map((issue) => (
          <Notice key={issue.name} intent="warning">
            {issue.message}
          </Notice>
        ))}
      </div>
      <div>
        <Button
          size="small"
          disabled={isDefault}
          onClick={() => onChange({ ...DEFAULT_TEMPLATES.supplierOrder })}
        >
          Use the default template
        </Button>
      </div>
      <h4 id="template-preview" className={styles.h4}>
        Preview with sample values
      </h4>
      <pre className={styles.preview} aria-labelledby="template-preview" role="region">
        {`Subject: ${preview.subject}\n\n${preview.text}`}
      </pre>
    </section>
  );
}
