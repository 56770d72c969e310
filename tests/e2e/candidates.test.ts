// Candidates journey: convert the sample's Applicants sheet, move a candidate from Screening to
// Interview, schedule the interview and download the invitation (.ics, parsed back with ical.js), enter
// the three scores, make an offer and hire; the Candidates row in the workbook says so.
import ICAL from "ical.js";
import { partsToSerial } from "../../src/core/cells/excelDates";
import { SAMPLE_SHEETS } from "../../src/preview/sample";
import { describeE2E } from "./support/harness";
import { eventually } from "./support/poll";
import { convertAndContinue } from "./support/registers";

const applicants = SAMPLE_SHEETS.find((s) => s.name === "Applicants");
if (!applicants) throw new Error("The sample has no Applicants sheet");
const col = (header: string) => {
  const i = applicants.rows[0].indexOf(header);
  if (i < 0) throw new Error(`The sample's Applicants sheet has no "${header}" column`);
  return i;
};
const screening = applicants.rows.find((r) => r[col("Stage")] === "Screening");
if (!screening) throw new Error("The sample needs a candidate at Screening");
const name = String(screening[col("Name")]);
const position = String(screening[col("Job")]);

/** A week from now, 14:30 local time, as the date and time inputs take it. */
const inAWeek = new Date(Date.now() + 7 * 86_400_000);
const pad = (n: number) => String(n).padStart(2, "0");
const interview = {
  day: `${inAWeek.getFullYear()}-${pad(inAWeek.getMonth() + 1)}-${pad(inAWeek.getDate())}`,
  time: "14:30",
  parts: { year: inAWeek.getFullYear(), month: inAWeek.getMonth() + 1, day: inAWeek.getDate() },
  interviewer: "Alex Kim",
  place: "Meeting room 2",
};
const scores = { Experience: 4, Skills: 3, Fit: 5 };

describeE2E("candidates", ({ journey }) => {
  journey(
    "moves a candidate to interview, invites, scores and hires",
    "journey-candidates-hire",
    async (ui) => {
      await convertAndContinue(ui, { page: "Candidates", sheet: "Applicants", register: "Candidates" });
      const pipeline = ui.pane.getByRole("list", { name: "Pipeline" });
      await pipeline.waitFor();
      const stageList = (stage: string) =>
        pipeline.getByRole("list", { name: new RegExp(`^${stage}: \\d+$`) });
      await stageList("Screening").getByRole("button", { name, exact: true }).click();
      const detail = ui.pane.getByRole("region", { name, exact: true });
      await detail.waitFor();

      const moveTo = async (stage: string) => {
        const form = detail.getByRole("form", { name: "Move to stage" });
        await form.getByLabel("Move to stage").selectOption(stage);
        await form.getByRole("button", { name: "Move" }).click();
        await form.getByText(`${name} is now at ${stage}.`).waitFor();
        await stageList(stage).getByRole("button", { name, exact: true }).waitFor();
      };
      await moveTo("Interview");
      expect(await stageList("Screening").getByRole("button", { name, exact: true }).count()).toBe(0);

      // Schedule the interview and download the invitation.
      const schedule = detail.getByRole("form", { name: "Schedule interview" });
      await schedule.getByLabel("Date").fill(interview.day);
      await schedule.getByLabel("Time").fill(interview.time);
      await schedule.getByLabel("Interviewer").fill(interview.interviewer);
      await schedule.getByLabel("Place").fill(interview.place);
      await schedule.getByLabel("Your email (sends the invitation)").fill("office@example.com");
      await schedule.getByRole("button", { name: "Schedule and draft invitation" }).click();
      await schedule.getByText(`Interview set for ${name}.`).waitFor();
      const invitation = detail.getByRole("region", { name: "Invitation draft" });
      const ics = await ui.download(() => invitation.getByRole("button", { name: "Download .ics" }).click());
      expect(ics.name).toMatch(/\.ics$/);
      const event = new ICAL.Event(
        new ICAL.Component(ICAL.parse(ics.text)).getFirstSubcomponent("vevent") ?? undefined,
      );
      // The instant the person meant: 14:30 on that day in the browser's own time zone.
      const meant = await ui.page.evaluate(([day, time]) => new Date(`${day}T${time}:00`).getTime(), [
        interview.day,
        interview.time,
      ] as const);
      expect(event.startDate.toJSDate().getTime()).toBe(meant);
      expect(event.summary).toContain(name);
      expect(event.summary).toContain(position);
      expect(event.location).toContain(interview.place);

      // The three scores.
      const scoreForm = detail.getByRole("form", { name: "Scores" });
      for (const [label, value] of Object.entries(scores)) {
        await scoreForm.getByLabel(`${label} (1–5)`).fill(String(value));
      }
      await scoreForm.getByRole("button", { name: "Save scores" }).click();
      await scoreForm.getByText(`Scores saved for ${name}.`).waitFor();

      await moveTo("Offer");
      await moveTo("Hired");

      const row = await eventually(
        async () => (await ui.tableRecords("Candidates"))?.find((r) => r.Name === name),
        (r) => expect(r?.Stage).toBe("Hired"),
      );
      const expectedAt = partsToSerial({ ...interview.parts, hours: 14, minutes: 30 });
      expect(typeof row?.["Interview at"]).toBe("number");
      expect(row?.["Interview at"] as number).toBeCloseTo(expectedAt ?? NaN, 6);
      expect({
        interviewer: row?.Interviewer,
        experience: row?.["Score: experience"],
        skills: row?.["Score: skills"],
        fit: row?.["Score: fit"],
      }).toEqual({
        interviewer: interview.interviewer,
        experience: scores.Experience,
        skills: scores.Skills,
        fit: scores.Fit,
      });
    },
  );
});
