import {
  DEFAULT_TEMPLATES,
  TEMPLATE_PLACEHOLDERS,
  type TemplateKind,
} from "../../../src/core/email/defaultTemplates";
import { SAMPLE_VALUES } from "../../../src/core/email/sampleValues";
import { renderTemplate } from "../../../src/core/email/template";
import { checkPlaceholders } from "../../../src/core/email/templateCheck";

describe("checkPlaceholders", () => {
  it("suggests the known placeholder a typo most resembles", () => {
    const issues = checkPlaceholders(
      "Order {{poNumbr}} by {{datewanted}} for {{suplier}}",
      TEMPLATE_PLACEHOLDERS.supplierOrder,
    );
    expect(issues.map((i) => [i.name, i.suggestion])).toEqual([
      ["poNumbr", "poNumber"],
      ["suplier", "supplier"],
    ]);
    expect(issues[0].message).toBe(
      "{{poNumbr}} is not a placeholder this draft knows. Did you mean {{poNumber}}?",
    );
  });

  it("lists the known placeholders when nothing is close", () => {
    const [issue] = checkPlaceholders("{{zzzzzzzz}}", TEMPLATE_PLACEHOLDERS.rejection);
    expect(issue.suggestion).toBeUndefined();
    expect(issue.message).toBe(
      "{{zzzzzzzz}} is not a placeholder this draft knows. Known: {{company}}, {{candidate}}, {{position}}, {{signature}}.",
    );
  });

  it("has nothing to say about a correct template", () => {
    expect(checkPlaceholders(DEFAULT_TEMPLATES.callMessage, TEMPLATE_PLACEHOLDERS.callMessage)).toEqual([]);
  });
});

describe("SAMPLE_VALUES", () => {
  it.each(Object.keys(DEFAULT_TEMPLATES) as TemplateKind[])(
    "fills every placeholder of the default %s template for the preview",
    (kind) => {
      const values = { ...SAMPLE_VALUES[kind], company: "Acme", signature: "Ann" };
      const rendered = renderTemplate(DEFAULT_TEMPLATES[kind], values);
      expect(rendered.unknown).toEqual([]);
      expect(rendered.text).not.toContain("{{");
      expect(Object.keys(values).sort()).toEqual([...TEMPLATE_PLACEHOLDERS[kind]].sort());
    },
  );
});
