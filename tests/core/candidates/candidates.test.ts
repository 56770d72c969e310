import {
  allowedMoves,
  checkInterviewTime,
  checkMove,
  checkNewCandidate,
  duplicateEmails,
  parseScore,
  parseWeights,
  planRemoval,
  rowFingerprint,
  rowsWithEmail,
  isPastRetention,
} from "../../../src/core/candidates";

describe("stage rules", () => {
  test("forward one step at a time through the pipeline", () => {
    expect(checkMove("Applied", "Screening").ok).toBe(true);
    expect(checkMove("Screening", "Interview").ok).toBe(true);
    expect(checkMove("Interview", "Offer").ok).toBe(true);
    expect(checkMove("Offer", "Hired").ok).toBe(true);
    const skip = checkMove("Applied", "Offer");
    expect(skip).toEqual({ ok: false, reason: "From Applied the next stage is Screening, not Offer." });
  });
  test("Rejected and Withdrawn from any open stage; a blank stage counts as Applied", () => {
    for (const from of ["Applied", "Screening", "Interview", "Offer"] as const) {
      expect(checkMove(from, "Rejected").ok).toBe(true);
      expect(checkMove(from, "Withdrawn").ok).toBe(true);
    }
    expect(checkMove(null, "Screening").ok).toBe(true);
    expect(checkMove(null, "Interview").ok).toBe(false);
  });
  test("Hired, Rejected and Withdrawn are final unless reopened", () => {
    for (const from of ["Hired", "Rejected", "Withdrawn"] as const) {
      const r = checkMove(from, "Screening");
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(`${from} is final`);
      expect(allowedMoves(from)).toEqual([]);
      expect(checkMove(from, "Screening", { reopen: true }).ok).toBe(true);
    }
  });
  test("the stages offered from Interview", () => {
    expect(allowedMoves("Interview")).toEqual(["Applied", "Screening", "Offer", "Rejected", "Withdrawn"]);
  });
  test("moving to the same stage is refused", () => {
    expect(checkMove("Offer", "Offer").ok).toBe(false);
  });
});

describe("bad input", () => {
  test("scores: blank, in range, outside 1–5, not a number", () => {
    expect(parseScore("", "Fit")).toEqual({ value: null });
    expect(parseScore(" 4 ", "Fit")).toEqual({ value: 4 });
    expect(parseScore("3,5", "Fit")).toEqual({ value: 3.5 });
    expect(parseScore("6", "Skills")).toEqual({
      error: "Skills: 6 is outside 1–5. Enter a number from 1 to 5.",
    });
    expect(parseScore("0", "Skills")).toHaveProperty("error");
    expect(parseScore("good", "Experience")).toEqual({ error: "Experience: enter a number from 1 to 5." });
  });
  test("a new candidate: missing name and position, invalid email and CV link", () => {
    expect(checkNewCandidate({ name: " ", email: "jo@", position: "", cvLink: "files/cv.pdf" })).toEqual([
      "Enter the candidate's name.",
      "Enter the position the candidate applied for.",
      '"jo@" is not a valid email address.',
      "The CV link must start with https:// or http://.",
    ]);
    expect(checkNewCandidate({ name: "Jo", email: "jo@example.com", position: "Clerk" })).toEqual([]);
  });
  test("an interview in the past", () => {
    const now = new Date(2026, 10, 29, 9, 0);
    expect(checkInterviewTime(new Date(2026, 10, 28, 9, 0), now)).toBe(
      "The interview time is in the past. Choose a future date and time.",
    );
    expect(checkInterviewTime(new Date(2026, 11, 1, 9, 0), now)).toBeNull();
    expect(checkInterviewTime(new Date(Number.NaN), now)).toBe("Enter the interview's date and time.");
  });
  test("weights: numbers ≥ 0, not all zero", () => {
    expect(parseWeights({ experience: 1, skills: 2, fit: 0 })).toEqual({ experience: 1, skills: 2, fit: 0 });
    expect(parseWeights({ experience: -1, skills: 2, fit: 1 })).toBeNull();
    expect(parseWeights({ experience: 0, skills: 0, fit: 0 })).toBeNull();
    expect(parseWeights("0.4,0.4,0.2")).toBeNull();
  });
});

describe("duplicates", () => {
  const rows = [
    { key: "CAN-0001", values: { email: "Priya.Raman@example.com" } },
    { key: "CAN-0002", values: { email: "d.okafor@example.net" } },
    { key: "CAN-0003", values: { email: " priya.raman@EXAMPLE.com " } },
    { key: "CAN-0004", values: { email: null } },
  ];
  test("the same address ignoring case and spaces", () => {
    expect(rowsWithEmail(rows, "PRIYA.raman@example.com").map((r) => r.key)).toEqual([
      "CAN-0001",
      "CAN-0003",
    ]);
    expect(rowsWithEmail(rows, "new@example.com")).toEqual([]);
    expect(rowsWithEmail(rows, "")).toEqual([]);
  });
  test("addresses used twice in the register", () => {
    expect(duplicateEmails(rows)).toEqual([
      { email: "priya.raman@example.com", keys: ["CAN-0001", "CAN-0003"] },
    ]);
  });
});

describe("retention", () => {
  test("past Retain until means before today; blank or text is not past", () => {
    expect(isPastRetention(46000, 46001)).toBe(true);
    expect(isPastRetention(46001, 46001)).toBe(false);
    expect(isPastRetention(null, 46001)).toBe(false);
    expect(isPastRetention("2020-01-01", 46001)).toBe(false);
  });
  test("only confirmed, unchanged rows are deleted; changed and missing ones are reported", () => {
    const a = ["CAN-0001", "Ann", 45000];
    const b = ["CAN-0002", "Ben", 45000];
    const c = ["CAN-0003", "Cy", 45000];
    const shown = [a, b, c, ["CAN-0009", "Gone", 45000]].map((cells) => ({
      key: String(cells[0]),
      fingerprint: rowFingerprint(cells),
    }));
    const current = [["CAN-0000", "Keep", 47000], a, ["CAN-0002", "Ben", 47000], c];
    const plan = planRemoval(shown, current, 0);
    expect(plan.removed).toEqual(["CAN-0001", "CAN-0003"]);
    expect(plan.deleteIndexes).toEqual([3, 1]);
    expect(plan.changed).toEqual(["CAN-0002"]);
    expect(plan.missing).toEqual(["CAN-0009"]);
  });
});
