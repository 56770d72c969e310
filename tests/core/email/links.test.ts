import type { Draft } from "../../../src/core/email/draft";
import {
  MAILTO_MAX_LENGTH,
  OUTLOOK_WEB_COMPOSE,
  OUTLOOK_WEB_MAX_LENGTH,
  toClipboardText,
  toMailto,
  toOutlookWebCompose,
} from "../../../src/core/email/links";

const draft = (over: Partial<Draft> = {}): Draft => ({
  to: ["orders@acme.com", "sales@acme.com"],
  subject: "Order PO-2026-0001 — café & thé",
  text: "Dear Ann,\n\nPlease send 5 × Paper A4.\nThanks 😀",
  html: "<p>unused</p>",
  ...over,
});

/** The query fields of a mailto: URL, decoded (RFC 6068 hfields). */
function mailtoFields(url: string) {
  const [addr, query = ""] = url.slice("mailto:".length).split("?");
  const fields = new Map(
    query.split("&").map((pair) => {
      const [k, v = ""] = pair.split("=");
      return [k, decodeURIComponent(v)] as const;
    }),
  );
  return { to: decodeURIComponent(addr), fields, keys: [...fields.keys()] };
}

describe("toMailto", () => {
  it("encodes recipients, subject and body per RFC 6068, with CRLF line breaks", () => {
    const result = toMailto(draft({ cc: ["boss@office.org"] }));
    if (!result.ok) throw new Error("expected a link");
    expect(result.url.startsWith("mailto:orders@acme.com,sales@acme.com?")).toBe(true);
    const { fields, keys } = mailtoFields(result.url);
    expect(keys).toEqual(["cc", "subject", "body"]);
    expect(fields.get("cc")).toBe("boss@office.org");
    expect(fields.get("subject")).toBe("Order PO-2026-0001 — café & thé");
    expect(fields.get("body")).toBe("Dear Ann,\r\n\r\nPlease send 5 × Paper A4.\r\nThanks 😀");
    expect(result.url).toContain("%0D%0A");
    expect(result.url).not.toMatch(/[ +\n\r]/);
    expect(result.url).toContain("caf%C3%A9%20%26%20th%C3%A9");
  });

  it("works without recipients (the person fills them in)", () => {
    const result = toMailto(draft({ to: [] }));
    expect(result.ok && result.url.startsWith("mailto:?subject=")).toBe(true);
  });

  it("accepts a URL of exactly the limit and refuses one character more, saying how long it is", () => {
    const base = toMailto(draft({ text: "" }));
    if (!base.ok) throw new Error("expected a link");
    const room = MAILTO_MAX_LENGTH - base.url.length;
    const fits = toMailto(draft({ text: "x".repeat(room) }));
    expect(fits.ok && fits.url.length).toBe(MAILTO_MAX_LENGTH);
    expect(toMailto(draft({ text: "x".repeat(room + 1) }))).toEqual({
      ok: false,
      reason: "too-long",
      length: MAILTO_MAX_LENGTH + 1,
      limit: MAILTO_MAX_LENGTH,
    });
  });

  it("counts the encoded length: accents take six characters each", () => {
    const plain = toMailto(draft({ text: "e".repeat(400) }));
    const accented = toMailto(draft({ text: "é".repeat(400) }));
    expect(plain.ok).toBe(true);
    expect(accented.ok).toBe(false);
    if (!accented.ok) expect(accented.length).toBeGreaterThan(400 * 6);
  });

  it("does not throw on half an emoji left by an edit", () => {
    const result = toMailto(draft({ text: "broken \uD83D here", subject: "x\uDE00" }));
    expect(result.ok).toBe(true);
    if (result.ok) expect(mailtoFields(result.url).fields.get("body")).toBe("broken \uFFFD here");
  });
});

describe("toOutlookWebCompose", () => {
  it("builds an Outlook on the web compose deep link that decodes to the draft", () => {
    const result = toOutlookWebCompose(draft({ cc: ["boss@office.org"] }));
    if (!result.ok) throw new Error("expected a link");
    const url = new URL(result.url);
    expect(`${url.origin}${url.pathname}`).toBe(OUTLOOK_WEB_COMPOSE);
    expect(url.searchParams.get("to")).toBe("orders@acme.com,sales@acme.com");
    expect(url.searchParams.get("cc")).toBe("boss@office.org");
    expect(url.searchParams.get("subject")).toBe("Order PO-2026-0001 — café & thé");
    expect(url.searchParams.get("body")).toBe("Dear Ann,\n\nPlease send 5 × Paper A4.\nThanks 😀");
    // Spaces travel as %20: a "+" turns into a visible plus sign after Outlook's sign-in redirect.
    expect(result.url).not.toContain("+");
  });

  it("refuses a link over its limit", () => {
    const result = toOutlookWebCompose(draft({ text: "word ".repeat(OUTLOOK_WEB_MAX_LENGTH) }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe("too-long");
      expect(result.limit).toBe(OUTLOOK_WEB_MAX_LENGTH);
      expect(result.length).toBeGreaterThan(OUTLOOK_WEB_MAX_LENGTH);
    }
  });
});

describe("toClipboardText", () => {
  it("gives recipients, subject and the plain-text body", () => {
    expect(toClipboardText(draft({ cc: ["boss@office.org"], text: "Hi\r\nThere" }))).toBe(
      "To: orders@acme.com; sales@acme.com\nCc: boss@office.org\nSubject: Order PO-2026-0001 — café & thé\n\nHi\nThere",
    );
  });

  it("leaves out an empty To line", () => {
    expect(toClipboardText(draft({ to: [], text: "Body" }))).toBe(
      "Subject: Order PO-2026-0001 — café & thé\n\nBody",
    );
  });
});
