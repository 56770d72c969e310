import { simpleParser } from "mailparser";
import { callMessageDraft } from "../../../src/core/email/callMessage";
import { offerDraft, rejectionDraft } from "../../../src/core/email/candidateLetters";
import { toEml } from "../../../src/core/email/eml";
import { formatDateTime, formatDay, formatMoney, formatQty } from "../../../src/core/email/format";
import { toMailto } from "../../../src/core/email/links";
import { serviceRequestDraft } from "../../../src/core/email/serviceRequest";

const company = "Bureau & Cie";
const signature = "Zoë Brontë\nOffice manager";

describe("serviceRequestDraft", () => {
  const input = {
    to: "Service Desk <service@copyfix.example>",
    vendor: "CopyFix",
    vendorContact: "Marc",
    machine: {
      assetTag: "EQ-0003",
      type: "Copier",
      make: "Ricoh",
      model: "IM C3000",
      serial: "G176R500123",
      location: "2nd floor, by the kitchen",
    },
    fault: "Paper jam in tray 2 <every time>\nError code SC-542",
    ticketId: "SRV-0012",
    contact: "Zoë Brontë, +33 1 23 45 67 89",
    company,
    signature,
  };

  it("gives the vendor every machine detail, the fault and who to ask for", () => {
    const { draft, problems } = serviceRequestDraft(input);
    expect(problems).toEqual([]);
    expect(draft.to).toEqual(["service@copyfix.example"]);
    expect(draft.subject).toBe("Service request: Ricoh IM C3000 (EQ-0003)");
    for (const line of [
      "Dear Marc,",
      "Asset tag: EQ-0003",
      "Machine: Copier Ricoh IM C3000",
      "Serial no.: G176R500123",
      "Location: 2nd floor, by the kitchen",
      "Our reference: SRV-0012",
      "Paper jam in tray 2 <every time>\nError code SC-542",
      "On-site contact: Zoë Brontë, +33 1 23 45 67 89",
    ]) {
      expect(draft.text).toContain(line);
    }
    expect(draft.html).toContain("Paper jam in tray 2 &lt;every time&gt;<br>\nError code SC-542");
  });

  it("still drafts for a vendor with no address, saying so", () => {
    const { draft, problems } = serviceRequestDraft({
      ...input,
      to: "",
      vendorContact: undefined,
      ticketId: undefined,
    });
    expect(draft.text).toContain("Dear Sir or Madam,");
    expect(draft.text).toContain("Our reference: none");
    expect(problems.map((p) => p.kind)).toEqual(["no-recipient"]);
  });
});

describe("callMessageDraft", () => {
  const call = {
    caller: "Jean Dupont",
    company: "Dupont SARL",
    number: "+33 6 12 34 56 78 ext. 12",
    channel: "Phone",
    subject: "Invoice 2026-114",
    message: "Says invoice was paid twice.\nPlease call back before Friday.",
    priority: "Urgent",
    receivedAt: new Date(2026, 10, 27, 14, 5),
    followUpBy: new Date(2026, 10, 30),
    takenBy: "Zoë",
  };

  it("passes a call on to the colleague it is for", async () => {
    const { draft, problems } = callMessageDraft({ to: "ann@bureau.example", for: "Ann", call, company });
    expect(problems).toEqual([]);
    expect(draft.subject).toBe("Message for Ann from Jean Dupont: Invoice 2026-114");
    expect(draft.text).toContain("Jean Dupont (Dupont SARL) called at Fri 27 Nov 2026, 14:05.");
    expect(draft.text).toContain("Number: +33 6 12 34 56 78 ext. 12");
    expect(draft.text).toContain("Says invoice was paid twice.\nPlease call back before Friday.");
    expect(draft.text).toContain("Please follow up by: Mon 30 Nov 2026");
    const parsed = await simpleParser(toEml(draft, { date: new Date(Date.UTC(2026, 10, 27, 14)) }));
    expect(parsed.subject).toBe(draft.subject);
    expect(toMailto(draft).ok).toBe(true);
  });

  it("reads Excel serials for the times and fills gaps sensibly", () => {
    const { draft } = callMessageDraft({
      to: "ann@bureau.example",
      for: "Ann",
      call: { caller: "Unknown caller", receivedAt: 46353.5, subject: "" },
      company,
    });
    expect(draft.subject).toBe("Message for Ann from Unknown caller: please call back");
    expect(draft.text).toContain("Unknown caller (no company given) called at Fri 27 Nov 2026, 12:00.");
    expect(draft.text).toContain("Number: not given");
    expect(draft.text).toContain("Please follow up by: no date set");
  });
});

describe("rejectionDraft and offerDraft", () => {
  it("drafts a rejection addressed to the candidate", () => {
    const { draft, problems } = rejectionDraft({
      to: "zoe@mail.example",
      candidate: "Zoë Martin",
      position: "Receptionist",
      company,
      signature,
    });
    expect(problems).toEqual([]);
    expect(draft.subject).toBe("Your application for Receptionist at Bureau & Cie");
    expect(
      draft.text.startsWith(
        "Dear Zoë Martin,\n\nThank you for your interest in the position of Receptionist",
      ),
    ).toBe(true);
  });

  it("drafts an offer with a start date, or 'to be agreed' without one", () => {
    const base = {
      to: "zoe@mail.example",
      candidate: "Zoë Martin",
      position: "Receptionist",
      company,
      signature,
    };
    expect(offerDraft({ ...base, startDate: new Date(2027, 0, 4) }).draft.text).toContain(
      "starting Mon 4 Jan 2027.",
    );
    expect(offerDraft(base).draft.text).toContain("starting on a date to be agreed.");
  });

  it("reports an invalid candidate address", () => {
    const { draft, problems } = rejectionDraft({
      to: "zoe@",
      candidate: "Z",
      position: "P",
      company,
      signature,
    });
    expect(draft.to).toEqual([]);
    expect(problems.map((p) => p.kind)).toEqual(["invalid-address", "no-recipient"]);
  });
});

describe("format", () => {
  it("spells dates out, from Dates, Excel serials or text", () => {
    expect(formatDay(new Date(2026, 11, 1))).toBe("Tue 1 Dec 2026");
    expect(formatDay(46357)).toBe("Tue 1 Dec 2026");
    expect(formatDay("next week")).toBe("next week");
    expect(formatDay(null)).toBe("");
    expect(formatDay(-1)).toBe("");
    expect(formatDateTime(46357.4375)).toBe("Tue 1 Dec 2026, 10:30");
  });

  it("formats money with two decimals and quantities without noise", () => {
    expect(formatMoney(1234.5)).toBe("1,234.50");
    expect(formatMoney(null)).toBe("");
    expect(formatMoney(Number.NaN)).toBe("");
    expect(formatQty(0.1 + 0.2)).toBe("0.3");
    expect(formatQty(2500)).toBe("2,500");
  });
});
