import { partsToSerial } from "../../../src/core/cells/excelDates";
import {
  checkOutcome,
  nextStep,
  outcomeDefaults,
  stepAfterOutcome,
  offboardingChecklist,
  onboardingChecklist,
  trainingInvitationDraft,
  warningExpiresOn,
} from "../../../src/core/staff";

const d = (year: number, month: number, day: number) => partsToSerial({ year, month, day })!;

test("the fair process goes step by step, and ends", () => {
  expect(nextStep(null)).toBe("Invited in writing");
  expect(nextStep("Invited in writing")).toBe("Meeting held");
  expect(nextStep("Appeal offered")).toBe("Closed");
  expect(nextStep("Closed")).toBeNull();
});

test("warnings lapse after the set months; an informal talk and a dismissal have no lapse date", () => {
  expect(warningExpiresOn("Written warning", d(2026, 8, 31), 6)).toBe(d(2027, 2, 28));
  expect(warningExpiresOn("final written warning", d(2026, 8, 31), 12)).toBe(d(2027, 8, 31));
  expect(warningExpiresOn("Informal talk", d(2026, 8, 31), 12)).toBeNull();
  expect(warningExpiresOn("Dismissal", d(2026, 8, 31), 12)).toBeNull();
});

test("the offboarding checklist names each piece of equipment the person holds", () => {
  const items = offboardingChecklist({
    equipment: [{ assetTag: "EQ-0007", type: "Computer", make: "Lenovo", model: "T14" }],
    lastWorkingDay: d(2026, 12, 31),
  });
  expect(items.map((i) => i.text)).toEqual([
    "Collect Computer Lenovo T14 (EQ-0007)",
    "Revoke access: email, systems, building badge and keys",
    "Last working day: 2026-12-31",
    "Holiday to pay: untaken days up to the last working day",
    "Exit conversation",
    "Reference letter drafted",
  ]);
});

test("the onboarding checklist books each required course", () => {
  const items = onboardingChecklist({ requiredCourses: ["First aid"], probationEnds: d(2027, 3, 1) });
  expect(items.map((i) => i.text)).toContain("Required training booked: First aid");
  expect(items.map((i) => i.text)).toContain("Probation review before 2027-03-01");
});

test("a training invitation for several people: one email to all, one .ics with every attendee", () => {
  const r = trainingInvitationDraft({
    course: "Fire warden",
    start: new Date(Date.UTC(2026, 11, 10, 9, 0)),
    durationMinutes: 90,
    location: "Room 2",
    people: [
      { name: "Ana Lima", email: "ana@example.com" },
      { name: "Ben Cole", email: "ben@example.com" },
    ],
    organizer: { name: "Office", email: "office@example.com" },
    signature: "Sam",
    uid: "training-fire-warden-20261210",
  });
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.draft.to).toEqual(["ana@example.com", "ben@example.com"]);
  expect(r.draft.subject).toMatch(/^Training: Fire warden on /);
  expect(r.ics).toContain("ana@example.com");
  expect(r.ics).toContain("ben@example.com");
  expect(r.draft.attachments?.[0].filename).toBe("invitation.ics");
  const bad = trainingInvitationDraft({
    course: "Fire warden",
    start: new Date(Date.UTC(2026, 11, 10, 9, 0)),
    durationMinutes: 90,
    location: "Room 2",
    people: [
      { name: "Ana Lima", email: "ana@example.com" },
      { name: "Ben Cole", email: "not an address" },
    ],
    organizer: { name: "Office", email: "office@example.com" },
    signature: "Sam",
    uid: "x",
  });
  expect(bad).toEqual({ ok: false, errors: ["Ben Cole needs a valid email address."] });
});

test("an outcome's dates: appeal days after the letter, a warning from the letter's date; never back a step", () => {
  const rules = { appealDays: 7, warningMonths: 6 as const };
  expect(outcomeDefaults("Final written warning", d(2028, 2, 29), rules)).toEqual({
    appealBy: d(2028, 3, 7),
    warningExpires: d(2028, 8, 29),
  });
  expect(outcomeDefaults("Informal talk", d(2026, 12, 28), rules)).toEqual({
    appealBy: d(2027, 1, 4),
    warningExpires: null,
  });
  expect(stepAfterOutcome("Invited in writing")).toBe("Decided");
  expect(stepAfterOutcome("")).toBe("Decided");
  expect(stepAfterOutcome("Appeal offered")).toBe("Appeal offered");
  expect(
    checkOutcome(
      { outcome: " ", outcomeOn: d(2026, 9, 1), appealBy: d(2026, 8, 31), warningExpires: null },
      d(2026, 9, 2),
    ),
  ).toEqual([
    "Say what was decided (Outcome), in a sentence.",
    "The outcome letter (2026-09-01) is before the case was opened (2026-09-02).",
    "Appeal by 2026-08-31 is before the outcome letter (2026-09-01).",
  ]);
});
