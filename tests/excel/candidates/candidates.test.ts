import { localDateToExcelSerial } from "../../../src/core/calendar/excelTime";
import { rowFingerprint } from "../../../src/core/candidates";
import { todaySerial } from "../../../src/core/cells/excelDates";
import { weightedScoreFormula } from "../../../src/core/registers/calculatedFormulas";
import { candidates } from "../../../src/core/registers/definitions/candidates";
import {
  addCandidate,
  listRetained,
  loadCandidates,
  moveStage,
  readScoreWeights,
  removeRetained,
  scheduleInterview,
  setScores,
  writeScoreWeights,
} from "../../../src/excel/candidates";
import { convertToRegister } from "../../../src/excel/convertToRegister";
import { inspectSheet } from "../../../src/excel/inspectSheet";
import { readRegister } from "../../../src/excel/readRegister";
import { createSampleWorkbook } from "../../../src/preview/sample";
import { installExcel } from "../../../src/preview/simulator";
import { lastSyncs, seedRegister, setup, syncsSince } from "../support";

async function convertedSample() {
  const wb = createSampleWorkbook();
  const excel = installExcel(wb);
  const inspection = await inspectSheet({ sheet: "Applicants" }, candidates);
  // The sample's "Experience (1-5)" headers match no alias; in the mapping review the person picks the
  // score columns for them, as here.
  const pick: Record<string, string> = {
    "Experience (1-5)": "scoreExperience",
    "Skills (1-5)": "scoreSkills",
    "Fit (1-5)": "scoreFit",
  };
  const mapping = inspection.headers.map((h, i) => pick[h] ?? inspection.mapping[i]);
  await convertToRegister(candidates, { ...inspection, mapping });
  return { wb, excel };
}

const byName = async (name: string) => (await loadCandidates()).candidates.find((c) => c.name === name)!;

describe("Candidates actions on the converted sample", () => {
  test("the pipeline counts each stage of the Applicants sheet", async () => {
    await convertedSample();
    const view = await loadCandidates();
    expect(view.found).toBe(true);
    expect(Object.fromEntries(view.pipeline.map((p) => [p.stage, p.candidates.length]))).toEqual({
      Applied: 3,
      Screening: 2,
      Interview: 3,
      Offer: 1,
      Hired: 1,
      Rejected: 1,
      Withdrawn: 1,
    });
    expect(view.duplicates).toEqual([]);
  });

  test("Screening → Interview sets Stage and Stage since on that row only, 2 syncs", async () => {
    const { excel } = await convertedSample();
    const daniel = await byName("Daniel Okafor");
    const now = new Date(2026, 10, 29, 10, 0);
    const from = excel.stats.runs.length;
    const result = await moveStage(daniel.key, "Interview", { from: daniel.stage, now });
    expect(syncsSince(excel, from)).toBe(2);
    expect(result.updated.map((u) => u.key)).toEqual([daniel.key]);
    const after = await byName("Daniel Okafor");
    expect(after.stage).toBe("Interview");
    expect(after.stageSince).toBe(todaySerial(now));
    expect((await byName("Samuel Osei")).stage).toBe("Screening");
  });

  test("a move the rules forbid writes nothing", async () => {
    await convertedSample();
    const grace = await byName("Grace Adeyemi");
    await expect(moveStage(grace.key, "Hired", { from: grace.stage })).rejects.toThrow(
      "From Applied the next stage is Screening, not Hired.",
    );
    const oliver = await byName("Oliver Grant");
    await expect(moveStage(oliver.key, "Offer", { from: oliver.stage })).rejects.toThrow(/Hired is final/);
    expect((await byName("Grace Adeyemi")).stage).toBe("Applied");
    // Shown as Applied, but a co-author moved Grace to Screening meanwhile: the move is refused.
    await moveStage(grace.key, "Screening", { from: "Applied" });
    await expect(moveStage(grace.key, "Screening", { from: "Applied" })).rejects.toThrow(
      `${grace.key} is now at Screening (changed since the page was shown); nothing was changed.`,
    );
    await moveStage(oliver.key, "Offer", { from: oliver.stage, reopen: true });
    expect((await byName("Oliver Grant")).stage).toBe("Offer");
  });

  test("schedule an interview: Interview at and Interviewer; a past time is refused", async () => {
    const { excel } = await convertedSample();
    const daniel = await byName("Daniel Okafor");
    const now = new Date(2026, 10, 29, 10, 0);
    const at = new Date(2026, 11, 2, 14, 30);
    await scheduleInterview(daniel.key, at, "Alex Kim", now);
    expect(lastSyncs(excel)).toBe(2);
    const after = await byName("Daniel Okafor");
    expect(after.interviewAt).toBeCloseTo(localDateToExcelSerial(at)!, 6);
    expect(after.interviewer).toBe("Alex Kim");
    await expect(scheduleInterview(daniel.key, new Date(2026, 10, 1, 9), "Alex Kim", now)).rejects.toThrow(
      "The interview time is in the past.",
    );
  });

  test("scores: written, the native formula gives the weighted score; outside 1–5 refused", async () => {
    await convertedSample();
    const grace = await byName("Grace Adeyemi");
    await setScores(grace.key, { scoreExperience: 5, scoreSkills: 3, scoreFit: 4 });
    const after = await byName("Grace Adeyemi");
    expect(after.scores).toEqual({ scoreExperience: 5, scoreSkills: 3, scoreFit: 4 });
    // default weights 0.4, 0.4, 0.2
    expect(after.weightedScore).toBeCloseTo(5 * 0.4 + 3 * 0.4 + 4 * 0.2, 9);
    await expect(setScores(grace.key, { scoreFit: 6 })).rejects.toThrow("Fit: 6 is outside 1–5.");
    expect((await byName("Grace Adeyemi")).scores.scoreFit).toBe(4);
  });

  test("new weights are stored and every row's Weighted score formula follows, 2 syncs", async () => {
    const { wb, excel } = await convertedSample();
    const weights = { experience: 1, skills: 1, fit: 2 };
    const { rowsUpdated } = await writeScoreWeights(weights);
    expect(lastSyncs(excel)).toBe(2);
    expect(rowsUpdated).toBe(12);
    expect(await readScoreWeights()).toEqual(weights);
    const priya = await byName("Priya Raman"); // 4, 4, 5
    expect(priya.weightedScore).toBeCloseTo((4 + 4 + 5 * 2) / 4, 9);
    // Every row's cell holds the native formula with the new weights.
    const headers = wb.getValues("Applicants", "A1:Z1")[0];
    const col = headers.indexOf("Weighted score");
    expect(col).toBeGreaterThan(0);
    for (let r = 1; r <= 12; r++) {
      expect(wb.getCell("Applicants", r, col).formula).toBe(weightedScoreFormula(weights));
    }
  });

  test("adding a candidate whose email is already in the register is flagged, nothing written", async () => {
    await convertedSample();
    const result = await addCandidate({
      name: "Priya R.",
      email: " PRIYA.RAMAN@example.com",
      position: "Receptionist",
    });
    expect(result.added).toBe(false);
    if (!result.added) expect(result.duplicates.map((d) => d.name)).toEqual(["Priya Raman"]);
    expect((await loadCandidates()).candidates).toHaveLength(12);

    const added = await addCandidate({
      name: "Jo Park",
      email: "jo.park@example.com",
      position: "Receptionist",
    });
    expect(added.added).toBe(true);
    const view = await loadCandidates();
    expect(view.candidates).toHaveLength(13);
    expect(view.candidates.at(-1)).toMatchObject({ name: "Jo Park", stage: "Applied" });
    await expect(addCandidate({ name: "X", email: "not-an-email", position: "" })).rejects.toThrow(
      /Enter the position.*"not-an-email" is not a valid email address/,
    );
  });
});

describe("retention", () => {
  function seed() {
    const { wb, excel } = setup();
    const row = (n: number, retainUntil: number | null) => ({
      candidateId: `CAN-000${n}`,
      name: `Person ${n}`,
      position: "Clerk",
      stage: "Rejected",
      retainUntil,
    });
    seedRegister(wb, candidates, [row(1, 46000), row(2, 47000), row(3, 45990), row(4, null), row(5, 45000)]);
    return { wb, excel };
  }
  const now = new Date(2026, 0, 15); // serial 46037

  test("lists only rows past Retain until, 1 sync", async () => {
    const { excel } = seed();
    const list = await listRetained(now);
    expect(lastSyncs(excel)).toBe(1);
    expect(list.map((c) => c.key)).toEqual(["CAN-0001", "CAN-0003", "CAN-0005"]);
  });

  test("removes exactly the confirmed rows; a row changed since is kept and reported; 2 syncs", async () => {
    const { wb, excel } = seed();
    const list = await listRetained(now);
    // The person confirms two of the three; meanwhile a co-author edits one of them.
    const confirmed = list.filter((c) => c.key !== "CAN-0005");
    wb.setValues(candidates.sheetName, "B4", [["Person 3 (rehire?)"]]);
    const result = await removeRetained(confirmed);
    expect(lastSyncs(excel)).toBe(2);
    expect(result).toEqual({ removed: ["CAN-0001"], changed: ["CAN-0003"], missing: [] });
    const keys = (await readRegister(candidates)).rows.map((r) => r.key);
    expect(keys).toEqual(["CAN-0002", "CAN-0003", "CAN-0004", "CAN-0005"]);
  });

  test("a confirmed row deleted by someone else is reported missing; nothing else goes", async () => {
    const { excel } = seed();
    const result = await removeRetained([{ key: "CAN-0009", fingerprint: rowFingerprint(["x"]) }]);
    expect(lastSyncs(excel)).toBe(1);
    expect(result).toEqual({ removed: [], changed: [], missing: ["CAN-0009"] });
    expect((await readRegister(candidates)).rows).toHaveLength(5);
  });
});
