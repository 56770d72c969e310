// Whatever a person types into a cell, a draft can never gain a header (Bcc, a second To, a new part).
import fc from "fast-check";
import { simpleParser } from "mailparser";
import { composeDraft } from "../../../src/core/email/compose";
import { DEFAULT_TEMPLATES, TEMPLATE_PLACEHOLDERS } from "../../../src/core/email/defaultTemplates";
import type { Draft } from "../../../src/core/email/draft";
import { toEml } from "../../../src/core/email/eml";
import { toMailto, toOutlookWebCompose } from "../../../src/core/email/links";

const date = new Date(Date.UTC(2026, 0, 5, 9));
const hostile = [
  "Hi\r\nBcc: evil@x.com",
  "Hi\nBcc: evil@x.com",
  "Hi\rBcc: evil@x.com",
  "Hi\u2028Bcc: evil@x.com",
  "Hi\u0085Bcc: evil@x.com",
  "Hi\r\n\r\n--boundary\r\nContent-Type: text/html\r\n\r\n<script>evil@x.com</script>",
];

/** Every header name at the top level of a raw message (unfolded). */
function topHeaderNames(raw: string): string[] {
  const head = raw.split("\r\n\r\n")[0].replace(/\r\n[ \t]/g, " ");
  return head.split("\r\n").map((line) => line.slice(0, line.indexOf(":")).toLowerCase());
}

async function expectNoInjection(draft: Draft) {
  const raw = toEml(draft, { date });
  const names = topHeaderNames(raw);
  expect(names).not.toContain("bcc");
  expect(names.filter((n) => n === "to").length).toBeLessThanOrEqual(1);
  expect(raw).not.toMatch(/^Bcc:/im);
  const parsed = await simpleParser(raw);
  expect(parsed.bcc).toBeUndefined();
  expect(parsed.subject ?? "").not.toMatch(/[\r\n]/);
  const everyone = JSON.stringify([parsed.to, parsed.cc, parsed.from, parsed.replyTo]);
  expect(everyone).not.toContain("evil@x.com");
  for (const link of [toMailto(draft, 100_000), toOutlookWebCompose(draft, 100_000)]) {
    if (!link.ok) throw new Error("expected a link");
    const query = link.url.slice(link.url.indexOf("?") + 1);
    const keys = query.split("&").map((pair) => pair.split("=")[0].toLowerCase());
    expect(keys).not.toContain("bcc");
    const subject = new URLSearchParams(query).get("subject") ?? "";
    expect(subject).not.toMatch(/[\r\n\u2028\u0085]/);
  }
}

describe("header injection", () => {
  it.each(hostile)("a subject typed as %j stays one line and adds no header", async (subject) => {
    const { draft } = composeDraft({
      to: "orders@acme.com",
      template: { subject: "{{s}}", body: "Body" },
      values: { s: subject },
    });
    expect(draft.subject).not.toMatch(/[\r\n\u2028\u0085]/);
    expect(draft.subject.startsWith("Hi ")).toBe(true);
    await expectNoInjection(draft);
  });

  it("a supplier name with a line break cannot add a Bcc through the default template", async () => {
    const { draft } = composeDraft({
      to: "orders@acme.com",
      template: DEFAULT_TEMPLATES.supplierOrder,
      known: TEMPLATE_PLACEHOLDERS.supplierOrder,
      values: { company: "Acme\r\nBcc: evil@x.com", poNumber: "PO-2026-0001\nBcc: evil@x.com" },
    });
    await expectNoInjection(draft);
  });

  it("addresses with a smuggled header or second address are refused and reported", async () => {
    const { draft, problems } = composeDraft({
      to: "orders@acme.com\r\nBcc: evil@x.com; sales@acme.com?bcc=evil@x.com",
      cc: "Boss <boss@acme.com>\r\nBcc: evil@x.com",
      template: { subject: "S", body: "B" },
      values: {},
    });
    expect(draft.to).toEqual(["orders@acme.com"]);
    expect(problems.filter((p) => p.kind === "invalid-address").length).toBeGreaterThan(0);
    await expectNoInjection(draft);
  });

  it("a hand-made draft with hostile fields is cleaned again by every output", async () => {
    const draft: Draft = {
      to: ["orders@acme.com\r\nBcc: evil@x.com", "ok@acme.com"],
      cc: ["x@acme.com\nBcc: evil@x.com"],
      subject: "Hi\r\nBcc: evil@x.com",
      text: "Body &bcc=evil@x.com",
      html: "<p>Body</p>",
      attachments: [
        {
          filename: 'a.ics"\r\nBcc: evil@x.com',
          contentType: "text/calendar\r\nBcc: evil@x.com",
          content: "X",
        },
      ],
    };
    await expectNoInjection(draft);
    const parsed = await simpleParser(
      toEml(draft, { date, from: { email: "me@acme.com", name: "Me\r\nBcc: evil@x.com" } }),
    );
    expect(parsed.bcc).toBeUndefined();
    expect(parsed.from?.value[0].address).toBe("me@acme.com");
    expect(parsed.attachments[0].filename).not.toMatch(/[\r\n"]/);
    const mailto = toMailto(draft);
    // The line break separates two entries: the address is kept, "Bcc: evil@x.com" is not an address.
    expect(mailto.ok && mailto.url.startsWith("mailto:orders@acme.com,ok@acme.com?")).toBe(true);
  });

  it("a body that looks like a header stays in the body", async () => {
    const { draft } = composeDraft({
      to: "orders@acme.com",
      template: { subject: "S", body: "{{m}}" },
      values: { m: "Bcc: evil@x.com\r\n\r\nText" },
    });
    const parsed = await simpleParser(toEml(draft, { date }));
    expect(parsed.bcc).toBeUndefined();
    expect(parsed.text).toContain("Bcc: evil@x.com");
  });
});

describe("header injection, any input", () => {
  // Text built from pieces that matter to headers, plus arbitrary Unicode.
  const hostileText = fc
    .array(
      fc.oneof(
        fc.constantFrom(
          "\r\n",
          "\n",
          "\r",
          "\u2028",
          "\u0085",
          "\t",
          "\u0000",
          "Bcc: evil@x.com",
          "=?utf-8?B?",
          ":",
          ";",
          ",",
          '"',
          "<",
          ">",
          "\uD83D",
        ),
        fc.string({ unit: "binary", maxLength: 20 }),
      ),
      { maxLength: 12 },
    )
    .map((parts) => parts.join(""));

  it("no subject, name, address or value ever yields a Bcc or an unparseable message", async () => {
    await fc.assert(
      fc.asyncProperty(hostileText, hostileText, hostileText, async (subject, to, value) => {
        const { draft } = composeDraft({
          to: `orders@acme.com; ${to}`,
          cc: to,
          template: { subject: "{{s}} {{v}}", body: "{{v}}" },
          values: { s: subject, v: value },
        });
        // eslint-disable-next-line no-control-regex
        expect(draft.subject).not.toMatch(/[\r\n\u2028\u2029\u0085\u0000]/);
        await expectNoInjection(draft);
      }),
      { numRuns: 60 },
    );
  });
});
