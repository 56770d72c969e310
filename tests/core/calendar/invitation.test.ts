import ICAL from "ical.js";
import { simpleParser } from "mailparser";
import { excelSerialToLocalDate, localDateToExcelSerial } from "../../../src/core/calendar/excelTime";
import { interviewInvitationDraft } from "../../../src/core/calendar/interviewDraft";
import { interviewInvitation, type InterviewInvitationInput } from "../../../src/core/calendar/invitation";
import { toEml } from "../../../src/core/email/eml";

const input = (over: Partial<InterviewInvitationInput> = {}): InterviewInvitationInput => ({
  start: new Date(Date.UTC(2026, 11, 1, 9, 30)),
  durationMinutes: 45,
  title: "Interview: Zoë Brontë, office manager; round 1",
  location: "Room 2, 1st floor",
  organizer: { name: "Ann O'Hara", email: "ann@acme.com" },
  attendee: { name: "Zoë Brontë", email: "zoe@mail.example" },
  description: "Bring an ID.\nAsk for Ann at reception.",
  uid: "CAN-0007-interview@acme.com",
  stamp: new Date(Date.UTC(2026, 10, 29, 8)),
  ...over,
});

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevent = calendar.getFirstSubcomponent("vevent");
  if (!vevent) throw new Error("no VEVENT");
  return { calendar, vevent, event: new ICAL.Event(vevent) };
}

describe("interviewInvitation", () => {
  it("makes a METHOD:REQUEST invitation that parses back with start, end, summary, location and people", () => {
    const result = interviewInvitation(input());
    if (!result.ok) throw new Error(result.errors.join());
    const { calendar, vevent, event } = parse(result.ics);
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-12-01T09:30:00.000Z");
    expect(event.endDate.toJSDate().toISOString()).toBe("2026-12-01T10:15:00.000Z");
    expect(event.startDate.zone?.tzid).toBe("UTC");
    expect(event.summary).toBe("Interview: Zoë Brontë, office manager; round 1");
    expect(event.location).toBe("Room 2, 1st floor");
    expect(event.description).toBe("Bring an ID.\nAsk for Ann at reception.");
    expect(event.uid).toBe("CAN-0007-interview@acme.com");
    expect(event.organizer.toLowerCase()).toBe("mailto:ann@acme.com");
    expect(event.attendees).toHaveLength(1);
    const attendee = event.attendees[0];
    expect(String(attendee.getFirstValue()).toLowerCase()).toBe("mailto:zoe@mail.example");
    expect(attendee.getParameter("cn")).toBe("Zoë Brontë");
    expect(attendee.getParameter("rsvp")).toBe("TRUE");
    expect(attendee.getParameter("partstat")).toBe("NEEDS-ACTION");
    expect(vevent.getFirstPropertyValue("dtstamp")?.toString()).toBe("2026-11-29T08:00:00Z");
    expect(result.ics.endsWith("\r\n")).toBe(true);
  });

  it("puts a meeting link as the location, the URL and in the description", () => {
    const link = "https://teams.example.com/l/meetup?id=1&tenant=2";
    const result = interviewInvitation(input({ location: "", meetingLink: link }));
    if (!result.ok) throw new Error(result.errors.join());
    const { vevent, event } = parse(result.ics);
    expect(event.location).toBe(link);
    expect(vevent.getFirstPropertyValue("url")).toBe(link);
    expect(event.description).toContain(link);
  });

  it("reads an Excel serial as the wall-clock time of this computer", () => {
    // 46357.4375 is 2026-12-01 10:30 on the sheet.
    const result = interviewInvitation(input({ start: { excelSerial: 46357.4375 }, durationMinutes: 90 }));
    if (!result.ok) throw new Error(result.errors.join());
    const start = parse(result.ics).event.startDate.toJSDate();
    expect([
      start.getFullYear(),
      start.getMonth() + 1,
      start.getDate(),
      start.getHours(),
      start.getMinutes(),
    ]).toEqual([2026, 12, 1, 10, 30]);
    expect(parse(result.ics).event.endDate.toJSDate().getTime() - start.getTime()).toBe(90 * 60_000);
  });

  it("reads a 1904-system serial (old Mac workbooks) as the same day", () => {
    const result = interviewInvitation(
      input({ start: { excelSerial: 46357.4375 - 1462, dateSystem: 1904 } }),
    );
    if (!result.ok) throw new Error(result.errors.join());
    const start = parse(result.ics).event.startDate.toJSDate();
    expect([start.getFullYear(), start.getMonth() + 1, start.getDate(), start.getHours()]).toEqual([
      2026, 12, 1, 10,
    ]);
  });

  it.each([
    ["America/New_York", "2026-12-01T15:30:00.000Z"],
    ["Asia/Tokyo", "2026-12-01T01:30:00.000Z"],
    ["Europe/Paris", "2026-12-01T09:30:00.000Z"],
    ["UTC", "2026-12-01T10:30:00.000Z"],
  ])("reads the sheet's 10:30 in the office's zone %s as %s", (timeZone, utc) => {
    const result = interviewInvitation(input({ start: { excelSerial: 46357.4375, timeZone } }));
    if (!result.ok) throw new Error(result.errors.join());
    expect(result.ics).toContain(`DTSTART:${utc.replace(/[-:]|\.000/g, "")}`);
    expect(parse(result.ics).event.startDate.toJSDate().toISOString()).toBe(utc);
  });

  it("follows summer time: 10:30 in Paris in July is 08:30 UTC", () => {
    // 46217.4375 is 2026-07-14 10:30 on the sheet.
    const result = interviewInvitation(
      input({ start: { excelSerial: 46217.4375, timeZone: "Europe/Paris" } }),
    );
    expect(result.ok && result.start.toISOString()).toBe("2026-07-14T08:30:00.000Z");
  });

  it.each([
    [{ start: new Date(Number.NaN) }, "valid date and time"],
    [{ start: { excelSerial: -3 } }, "valid date and time"],
    [{ start: { excelSerial: 46357.4375, timeZone: "Mars/Olympus" } }, "valid date and time"],
    [{ durationMinutes: 0 }, "length"],
    [{ durationMinutes: 60 * 24 }, "length"],
    [{ attendee: { email: "zoe at mail" } }, "candidate needs a valid email"],
    [{ organizer: { email: "" } }, "organizer needs a valid email"],
    [{ uid: " " }, "identifier"],
    [{ meetingLink: "javascript:alert(1)" }, "https://"],
  ] as [Partial<InterviewInvitationInput>, string][])("refuses %j with a clear message", (over, message) => {
    const result = interviewInvitation(input(over));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.join(" ")).toContain(message);
  });

  it("keeps line breaks typed in names and titles out of the calendar properties", () => {
    const result = interviewInvitation(
      input({
        title: "Interview\r\nATTENDEE:mailto:evil@x.com",
        attendee: { name: 'Zoë\r\n"X"', email: "zoe@mail.example" },
      }),
    );
    if (!result.ok) throw new Error(result.errors.join());
    const { event } = parse(result.ics);
    expect(event.attendees).toHaveLength(1);
    expect(event.summary).toBe("Interview ATTENDEE:mailto:evil@x.com");
    expect(result.ics).not.toMatch(/^ATTENDEE:mailto:evil/m);
  });
});

describe("excelTime", () => {
  it("goes from serial to local date and back", () => {
    const date = excelSerialToLocalDate(46357.4375);
    expect(date && localDateToExcelSerial(date)).toBeCloseTo(46357.4375, 9);
    expect(excelSerialToLocalDate(Number.NaN)).toBeUndefined();
    expect(excelSerialToLocalDate(60)).toBeUndefined();
  });
});

describe("interviewInvitationDraft", () => {
  const draftInput = {
    ...input(),
    candidate: "Zoë Brontë",
    position: "Office manager",
    company: "Acme & Sons",
    signature: "Ann O'Hara\nAcme & Sons",
  };

  it("drafts the invitation email to the candidate with the .ics attached", async () => {
    const result = interviewInvitationDraft(draftInput);
    if (!result.ok) throw new Error(result.errors.join());
    expect(result.problems).toEqual([]);
    expect(result.draft.to).toEqual(["zoe@mail.example"]);
    expect(result.draft.subject).toBe("Interview for Office manager at Acme & Sons");
    expect(result.draft.text).toContain("Dear Zoë Brontë,");
    expect(result.draft.text).toContain("45 minutes");
    expect(result.draft.text).toContain("Where: Room 2, 1st floor");
    expect(result.draft.text).toContain("With: Ann O'Hara");
    expect(result.draft.html).toContain("Acme &amp; Sons");

    const parsed = await simpleParser(toEml(result.draft, { date: new Date(Date.UTC(2026, 10, 29)) }));
    expect(parsed.attachments).toHaveLength(1);
    const [attachment] = parsed.attachments;
    expect(attachment.filename).toBe("invitation.ics");
    expect(attachment.contentType).toBe("text/calendar");
    const { event } = parse(attachment.content.toString("utf8"));
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-12-01T09:30:00.000Z");
    expect(event.attendees[0].getParameter("cn")).toBe("Zoë Brontë");
  });

  it("shows the time with its UTC offset for a candidate in another zone", () => {
    const result = interviewInvitationDraft({ ...draftInput, durationMinutes: 75 });
    if (!result.ok) throw new Error(result.errors.join());
    expect(result.draft.text).toMatch(
      /When: \w{3} \d{1,2} \w{3} 2026, \d\d:\d\d \(GMT[^)]*\) \(1 hour 15 minutes\)/,
    );
  });

  it("passes on the invitation's errors", () => {
    const result = interviewInvitationDraft({ ...draftInput, durationMinutes: -5 });
    expect(result.ok).toBe(false);
  });
});
