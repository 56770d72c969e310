import { coerceCell } from "../../../src/core/cells/coerce";
import { col } from "../../../src/core/registers/columnDefaults";
import type { ColumnDef } from "../../../src/core/registers/types";

const onHand = col("onHand", "On hand", "number", { min: 0 });
const cost = col("unitCost", "Unit cost", "currency", { min: 0 });
const meter = col("meterNow", "Meter now", "integer", { min: 0 });
const pack = col("packSize", "Pack size", "number", { min: 0, minExclusive: true });
const score = col("score", "Score: fit", "number", { min: 1, max: 5 });
const date = col("lastCounted", "Last counted", "date");
const when = col("receivedAt", "Received at", "datetime");
const status = col("status", "Status", "choice", { choices: ["Open", "Done", "No action"] });
const supplier = col("supplier", "Supplier", "choice", {
  choicesFrom: { register: "suppliers", column: "supplier" },
});
const email = col("email", "Email", "email");
const phone = col("phone", "Phone", "phone");
const link = col("cv", "CV link", "url");
const flag = col("flag", "Flag", "boolean");
const notes = col("notes", "Notes", "longText");

const read = (raw: unknown, column: ColumnDef, opts = {}) => coerceCell(raw, column, opts);

describe("coerceCell", () => {
  it("reads blanks as null in every column type", () => {
    for (const c of [onHand, date, status, email, notes]) {
      for (const raw of [null, undefined, "", "   "]) expect(read(raw, c)).toEqual({ ok: true, value: null });
    }
  });

  it("keeps real numbers, and converts numbers stored as text with a warning", () => {
    expect(read(12, onHand)).toEqual({ ok: true, value: 12 });
    const r = read(" 1,200 ", onHand);
    expect(r).toMatchObject({
      ok: true,
      value: 1200,
      problem: { code: "numberAsText", severity: "warning", suggestion: 1200 },
    });
    expect(read("$4.50", cost)).toMatchObject({ ok: true, value: 4.5 });
  });

  it("refuses text that is not a number, saying what was found", () => {
    expect(read("twelve", onHand)).toEqual({
      ok: false,
      problem: { code: "notANumber", message: '"twelve" is not a number', severity: "error" },
    });
    expect(read(true, onHand)).toMatchObject({ ok: false, problem: { message: "TRUE is not a number" } });
  });

  it("checks ranges: negative counts, pack size 0, scores outside 1–5, whole numbers", () => {
    expect(read(-3, onHand)).toMatchObject({
      ok: false,
      problem: { code: "belowMin", message: "-3 cannot be negative" },
    });
    expect(read("-3", onHand)).toMatchObject({ ok: false, problem: { code: "belowMin" } });
    expect(read(0, pack)).toMatchObject({
      ok: false,
      problem: { code: "belowMin", message: "0 must be more than 0" },
    });
    expect(read(0.5, pack)).toEqual({ ok: true, value: 0.5 });
    expect(read(6, score)).toMatchObject({
      ok: false,
      problem: { code: "aboveMax", message: "6 is above the largest allowed value, 5" },
    });
    expect(read(0, score)).toMatchObject({ ok: false, problem: { code: "belowMin" } });
    expect(read(2.5, meter)).toMatchObject({
      ok: false,
      problem: { code: "notAWholeNumber", suggestion: 3 },
    });
  });

  it("reports Excel error values in any column", () => {
    for (const c of [onHand, notes, date, status]) {
      expect(read("#N/A", c)).toMatchObject({
        ok: false,
        problem: { code: "errorValue", message: "the cell shows the error #N/A" },
      });
    }
    expect(read("#DIV/0!", onHand)).toMatchObject({ ok: false, problem: { code: "errorValue" } });
  });

  describe("dates", () => {
    it("keeps serials and converts dates stored as text, with a warning and the serial as the fix", () => {
      expect(read(46095, date)).toEqual({ ok: true, value: 46095 });
      expect(read("14.03.2026", date)).toMatchObject({
        ok: true,
        value: 46095,
        problem: {
          code: "dateAsText",
          severity: "warning",
          message: '"14.03.2026" is a date stored as text (2026-03-14)',
          suggestion: 46095,
        },
      });
      expect(read("3/14/2026 9:30 AM", when)).toMatchObject({
        ok: true,
        problem: { message: '"3/14/2026 9:30 AM" is a date stored as text (2026-03-14 09:30)' },
      });
      expect(read("46095", date)).toMatchObject({ ok: true, value: 46095, problem: { code: "dateAsText" } });
    });

    it("reports ambiguous dates with both readings instead of guessing", () => {
      expect(read("03/04/2026", date)).toEqual({
        ok: false,
        problem: {
          code: "ambiguousDate",
          severity: "error",
          message: '"03/04/2026" could be 4 March 2026 or 3 April 2026; type it as 2026-03-04 or 2026-04-03',
        },
      });
      expect(read("03/04/2026", date, { dateOrder: "dmy" })).toMatchObject({ ok: true, value: 46115 });
    });

    it("reads JS dates and the 1904 system", () => {
      expect(read(new Date(Date.UTC(2026, 2, 14)), date)).toEqual({ ok: true, value: 46095 });
      expect(read("2026-03-14", date, { dateSystem: 1904 })).toMatchObject({ ok: true, value: 44633 });
      expect(read(0, date, { dateSystem: 1904 })).toEqual({ ok: true, value: 0 });
      expect(read(0, date)).toMatchObject({ ok: false, problem: { code: "notADate" } });
    });

    it("refuses what is not a date", () => {
      expect(read("next week", date)).toMatchObject({
        ok: false,
        problem: { code: "notADate", message: '"next week" is not a date' },
      });
      expect(read(99999999, date)).toMatchObject({ ok: false, problem: { code: "notADate" } });
    });
  });

  describe("choices", () => {
    it("accepts a listed choice, fixes its case, and suggests the closest for a typo", () => {
      expect(read("Open", status)).toEqual({ ok: true, value: "Open" });
      expect(read("no ACTION", status)).toMatchObject({
        ok: true,
        value: "No action",
        problem: { code: "choiceCase", suggestion: "No action" },
      });
      expect(read("Dne", status)).toEqual({
        ok: false,
        problem: {
          code: "unknownChoice",
          severity: "error",
          message: '"Dne" is not one of the choices: Open, Done, No action. Did you mean "Done"?',
          suggestion: "Done",
        },
      });
      expect(read("Banana", status)).toMatchObject({ ok: false, problem: { code: "unknownChoice" } });
      expect(
        (read("Banana", status) as { problem: { suggestion?: unknown } }).problem.suggestion,
      ).toBeUndefined();
    });

    it("checks choices from another register when the caller passes them", () => {
      expect(read("Acme", supplier)).toEqual({ ok: true, value: "Acme" });
      expect(read("Acme Ltd", supplier, { choices: ["Acme Ltd.", "Office Direct"] })).toMatchObject({
        ok: false,
        problem: { suggestion: "Acme Ltd." },
      });
    });
  });

  describe("text kinds", () => {
    it("checks email shape", () => {
      expect(read("ann@example.com", email)).toEqual({ ok: true, value: "ann@example.com" });
      for (const bad of ["ann@", "ann example.com", "ann@example", "a@b.c", "Ann <ann@example.com>"]) {
        expect(read(bad, email)).toMatchObject({
          ok: false,
          problem: { code: "invalidEmail", message: `"${bad}" is not an email address` },
        });
      }
    });

    it("keeps phone numbers as text and warns when one was stored as a number", () => {
      expect(read("+44 20 7946 0018", phone)).toEqual({ ok: true, value: "+44 20 7946 0018" });
      expect(read("(555) 010-2030 ext. 12", phone)).toEqual({ ok: true, value: "(555) 010-2030 ext. 12" });
      expect(read(7700900123, phone)).toMatchObject({
        ok: true,
        value: "7700900123",
        problem: { code: "numberInTextColumn" },
      });
      expect(read("ask reception", phone)).toMatchObject({
        ok: true,
        value: "ask reception",
        problem: { code: "invalidPhone", severity: "warning" },
      });
    });

    it("checks links loosely", () => {
      expect(read("https://drive.example.com/cv/ann.pdf", link)).toEqual({
        ok: true,
        value: "https://drive.example.com/cv/ann.pdf",
      });
      expect(read("see email", link)).toMatchObject({ ok: true, problem: { code: "invalidUrl" } });
    });

    it("keeps free text exactly, numbers included", () => {
      expect(read("  spaced  ", notes)).toEqual({ ok: true, value: "  spaced  " });
      expect(read(42, notes)).toEqual({ ok: true, value: "42" });
    });

    it("keeps emoji and right-to-left text, and refuses text longer than a cell can hold", () => {
      expect(read("Toner 🖨️ – طابعة", notes)).toEqual({ ok: true, value: "Toner 🖨️ – طابعة" });
      expect(read("x".repeat(32_767), notes).ok).toBe(true);
      expect(read("x".repeat(40_000), notes)).toMatchObject({
        ok: false,
        problem: { code: "tooLong", message: "the text is 40,000 characters; a cell holds at most 32,767" },
      });
    });

    it("reads booleans", () => {
      expect(read(true, flag)).toEqual({ ok: true, value: true });
      expect(read("yes", flag)).toMatchObject({ ok: true, value: true });
      expect(read("maybe", flag)).toMatchObject({ ok: false, problem: { code: "notABoolean" } });
    });
  });
});
