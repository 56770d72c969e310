import { simpleParser, type AddressObject } from "mailparser";
import type { Draft } from "../../../src/core/email/draft";
import { emlFilename, rfc5322Date, toEml } from "../../../src/core/email/eml";

const date = new Date(Date.UTC(2026, 10, 29, 7, 5, 57));
const ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nSUMMARY:Entretien — Zoë\r\nEND:VCALENDAR\r\n";

const draft = (over: Partial<Draft> = {}): Draft => ({
  to: ["orders@acme.com", "sales@acme.com"],
  cc: ["boss@office.org"],
  subject: "Commande PO-2026-0001 : café, thé & 📦",
  text: "Bonjour Zoë,\n\nVeuillez livrer 5 × papier A4.\n\nMerci 😀",
  html: "<p>Bonjour Zoë,</p>\n<p>Veuillez livrer 5 × papier A4.</p>",
  ...over,
});

const addresses = (a: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(a) ? a : a ? [a] : []).flatMap((o) => o.value.map((v) => v.address));
const lf = (s: string | undefined | false) => (s || "").replace(/\r\n/g, "\n").replace(/\n+$/, "");

describe("toEml", () => {
  it("parses back with the draft's recipients, subject, date and X-Unsent", async () => {
    const parsed = await simpleParser(toEml(draft(), { date }));
    expect(addresses(parsed.to)).toEqual(["orders@acme.com", "sales@acme.com"]);
    expect(addresses(parsed.cc)).toEqual(["boss@office.org"]);
    expect(parsed.subject).toBe("Commande PO-2026-0001 : café, thé & 📦");
    expect(parsed.date?.getTime()).toBe(date.getTime());
    expect(parsed.headers.get("x-unsent")).toBe("1");
    expect(parsed.headers.get("mime-version")).toBe("1.0");
    expect(parsed.messageId).toMatch(/^<[^<>@\s]+@[^<>@\s]+>$/);
  });

  it("keeps UTF-8 text and HTML bodies intact", async () => {
    const d = draft();
    const parsed = await simpleParser(toEml(d, { date }));
    expect(lf(parsed.text)).toBe(d.text);
    expect(lf(parsed.html)).toBe(d.html);
  });

  it("has no From without a sender, so the mail app uses the person's own account", async () => {
    const raw = toEml(draft(), { date });
    expect(raw).not.toMatch(/^From:/im);
    expect((await simpleParser(raw)).from).toBeUndefined();
  });

  it("writes a sender with an accented name when one is given, and ignores an invalid one", async () => {
    const parsed = await simpleParser(
      toEml(draft(), { date, from: { email: "office@acme.com", name: "Zoë Brontë" } }),
    );
    expect(parsed.from?.value).toEqual([{ address: "office@acme.com", name: "Zoë Brontë" }]);
    expect(parsed.messageId).toMatch(/@acme\.com>$/);
    expect(toEml(draft(), { date, from: "not an address" })).not.toMatch(/^From:/im);
  });

  it("is plain 7-bit ASCII with CRLF line ends and no line over 78 characters, even for very long lines", async () => {
    const longLine = "Lorem ipsum dolor sit amet, consectetur — ".repeat(150);
    const longSubject = "Très long sujet 📦 ".repeat(40);
    const d = draft({ text: longLine, html: `<p>${longLine}</p>`, subject: longSubject });
    const raw = toEml(d, { date });
    expect(raw).toMatch(/^[\x20-\x7e\r\n\t]*$/);
    expect(raw.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of raw.split("\r\n")) expect(line.length).toBeLessThanOrEqual(78);
    const parsed = await simpleParser(raw);
    expect(lf(parsed.text)).toBe(longLine);
    // The subject is cut to Outlook's 255 characters and survives the folding intact.
    expect(parsed.subject).toBe(Array.from(longSubject).slice(0, 255).join("").trimEnd());
  });

  it("carries an .ics attachment with its type and content", async () => {
    const parsed = await simpleParser(
      toEml(
        draft({
          attachments: [
            { filename: "invitation.ics", contentType: "text/calendar; method=REQUEST", content: ics },
          ],
        }),
        {
          date,
        },
      ),
    );
    expect(parsed.attachments).toHaveLength(1);
    const [a] = parsed.attachments;
    expect(a.filename).toBe("invitation.ics");
    expect(a.contentType).toBe("text/calendar");
    expect(a.headers.get("content-type")).toMatchObject({
      params: expect.objectContaining({ method: "REQUEST" }),
    });
    expect(a.content.toString("utf8")).toBe(ics);
    expect(lf(parsed.text)).toBe(draft().text);
  });

  it("works for a draft without recipients or Cc", async () => {
    const parsed = await simpleParser(toEml(draft({ to: [], cc: undefined }), { date }));
    expect(parsed.to).toBeUndefined();
    expect(parsed.subject).toBe(draft().subject);
  });

  it("uses a given Message-ID", async () => {
    const parsed = await simpleParser(toEml(draft(), { date, messageId: "po-2026-0001@acme.com" }));
    expect(parsed.messageId).toBe("<po-2026-0001@acme.com>");
  });
});

describe("rfc5322Date and emlFilename", () => {
  it("formats the date in UTC with a numeric zone", () => {
    expect(rfc5322Date(date)).toBe("Sun, 29 Nov 2026 07:05:57 +0000");
  });

  it("names the file after the subject without characters Windows refuses", () => {
    expect(emlFilename(draft({ subject: 'Order: PO/1 "urgent"?' }))).toBe("Order_ PO_1 _urgent__.eml");
    expect(emlFilename(draft({ subject: "" }))).toBe("draft.eml");
  });
});
