import {
  DEFAULT_TEMPLATES,
  TEMPLATE_PLACEHOLDERS,
  type TemplateKind,
} from "../../../src/core/email/defaultTemplates";
import type { TableValue } from "../../../src/core/email/table";
import { tableToText } from "../../../src/core/email/table";
import {
  findPlaceholders,
  renderHtmlBody,
  renderTemplate,
  renderText,
  unknownPlaceholders,
} from "../../../src/core/email/template";

const table: TableValue = {
  kind: "table",
  columns: [
    { header: "Item", align: "left" },
    { header: "Qty", align: "right" },
  ],
  rows: [
    ["Paper A4 <80g>", "5"],
    ["Café filters", "120"],
  ],
  footer: ["Total", "125"],
};

describe("findPlaceholders and unknownPlaceholders", () => {
  it("lists each placeholder once, in order, in subject and body", () => {
    expect(
      findPlaceholders({
        subject: "{{poNumber}} {{ company }}",
        body: "{{contact|Sir}} {{company}} {{items}}",
      }),
    ).toEqual(["poNumber", "company", "contact", "items"]);
  });

  it("names the placeholders the editor does not know, whatever their case", () => {
    const template = "Dear {{Contact}}, order {{poNumbr}} for {{COMPANY}} by {{dateWanted}} {{price}}";
    expect(unknownPlaceholders(template, TEMPLATE_PLACEHOLDERS.supplierOrder)).toEqual(["poNumbr", "price"]);
  });

  it("ignores text that only looks like a placeholder", () => {
    expect(findPlaceholders("{{ }} {{1abc}} {single} {{a-b}}")).toEqual([]);
  });

  it.each(Object.keys(DEFAULT_TEMPLATES) as TemplateKind[])(
    "the default %s template uses only its own placeholders",
    (kind) => {
      expect(unknownPlaceholders(DEFAULT_TEMPLATES[kind], TEMPLATE_PLACEHOLDERS[kind])).toEqual([]);
      expect(findPlaceholders(DEFAULT_TEMPLATES[kind]).length).toBeGreaterThan(2);
    },
  );
});

describe("renderText", () => {
  it("fills values, uses the fallback for an empty value, and leaves unknown placeholders visible", () => {
    const unknown = new Set<string>();
    const out = renderText(
      "Dear {{contact|Sir or Madam}}, {{company}} {{mystery}}.",
      { contact: " ", company: "Acme" },
      unknown,
    );
    expect(out).toBe("Dear Sir or Madam, Acme {{mystery}}.");
    expect([...unknown]).toEqual(["mystery"]);
  });

  it("writes numbers and keeps values with line breaks as lines", () => {
    expect(renderText("Qty {{n}}\n{{signature}}", { n: 3, signature: "Ann\r\nOffice manager" })).toBe(
      "Qty 3\nAnn\nOffice manager",
    );
  });

  it("renders the item table as aligned text, numbers right-aligned", () => {
    const lines = renderText("Items:\n{{items}}\nEnd", { items: table }).split("\n");
    expect(lines).toEqual([
      "Items:",
      "Item            Qty",
      "--------------  ---",
      "Paper A4 <80g>    5",
      "Café filters    120",
      "--------------  ---",
      "Total           125",
      "End",
    ]);
  });

  it("does not touch values that contain placeholder syntax (no second pass)", () => {
    expect(renderText("{{a}} {{b}}", { a: "{{b}}", b: "B" })).toBe("{{b}} B");
  });
});

describe("renderHtmlBody", () => {
  it("escapes values and template text", () => {
    const html = renderHtmlBody("<b>Hi</b> {{name}}", { name: `<img src=x onerror="alert(1)">&co` });
    expect(html).toBe("<p>&lt;b&gt;Hi&lt;/b&gt; &lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;co</p>");
  });

  it("makes paragraphs of blank-line blocks and <br> of single line breaks", () => {
    expect(renderHtmlBody("Line 1\nLine 2\n\nNext", {})).toBe("<p>Line 1<br>\nLine 2</p>\n<p>Next</p>");
  });

  it("puts the item table as a <table> outside any paragraph, with escaped cells", () => {
    const html = renderHtmlBody("Please send:\n{{items}}\nThanks", { items: table });
    expect(html).toMatch(/^<p>Please send:<\/p>\n<table[^>]*>/);
    expect(html).toContain(">Paper A4 &lt;80g&gt;</td>");
    expect(html).toContain('text-align:right">120</td>');
    expect(html).toContain("<tfoot>");
    expect(html).toMatch(/<\/table>\n<p>Thanks<\/p>$/);
    expect(html).not.toMatch(/<p>\s*<table|<\/table>\s*<\/p>/);
  });

  it("turns a value that is just a web link into a link, and nothing else", () => {
    expect(renderHtmlBody("Join: {{link}}", { link: "https://meet.example.com/a?b=1&c=2" })).toBe(
      '<p>Join: <a href="https://meet.example.com/a?b=1&amp;c=2">https://meet.example.com/a?b=1&amp;c=2</a></p>',
    );
    expect(renderHtmlBody("{{link}}", { link: "javascript:alert(1)" })).toBe("<p>javascript:alert(1)</p>");
  });
});

describe("renderTemplate", () => {
  it("gives a one-line subject, a text body and an HTML document", () => {
    const out = renderTemplate(
      { subject: "Order {{poNumber}}\nfor {{company}} ({{items}})", body: "Hello {{contact}}\n\n{{items}}" },
      { poNumber: "PO-2026-0001", company: "Zoë & Co", contact: "Ann", items: table },
    );
    expect(out.subject).toBe("Order PO-2026-0001 for Zoë & Co (2 items)");
    expect(out.text).toBe(`Hello Ann\n\n${tableToText(table)}`);
    expect(out.html).toContain('<meta charset="utf-8">');
    expect(out.html).toContain("<p>Hello Ann</p>");
    expect(out.unknown).toEqual([]);
  });

  it("reports unknown placeholders from subject and body", () => {
    expect(renderTemplate({ subject: "{{a}}", body: "{{b}} {{a}}" }, {}).unknown).toEqual(["a", "b"]);
  });

  it("handles an empty template", () => {
    const out = renderTemplate({ subject: "", body: "" }, {});
    expect(out.subject).toBe("");
    expect(out.text).toBe("");
    expect(out.html).toContain("<body");
  });
});
