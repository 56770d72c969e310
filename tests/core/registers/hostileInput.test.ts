import fc from "fast-check";
import { coerceCell } from "../../../src/core/cells/coerce";
import { asLiteralCellValue, wouldExcelConvert } from "../../../src/core/cells/textSafety";
import { planConversion } from "../../../src/core/registers/convertPlan";
import { REGISTERS } from "../../../src/core/registers/definitions";
import { matchHeaders } from "../../../src/core/registers/matchHeaders";
import { validateRows } from "../../../src/core/registers/validate";

// Whatever a sheet holds, the engine answers with results and problems, never an exception.
const cell = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    "#N/A",
    "#REF!",
    "=1+1",
    "+44 20",
    "-",
    "@",
    "\t",
    "03/04/2026",
    "1,200",
    "$4.50",
    "  ",
    "🖨️",
    "مرحبا",
  ),
);
const sheet = fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 14 });

describe("hostile input", () => {
  it("coerceCell never throws and always returns a result with a message when not ok", () => {
    const columns = REGISTERS.flatMap((r) => r.columns);
    fc.assert(
      fc.property(cell, fc.integer({ min: 0, max: columns.length - 1 }), (raw, i) => {
        const r = coerceCell(raw, columns[i]);
        if (!r.ok) expect(r.problem.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 3000 },
    );
  });

  it("matching, validating and planning a conversion of any sheet never throws", () => {
    fc.assert(
      fc.property(sheet, fc.integer({ min: 0, max: REGISTERS.length - 1 }), (values, r) => {
        const def = REGISTERS[r];
        const m = matchHeaders(def, values[0] ?? []);
        // One sheet column per field, and every sheet column either matched or kept as an extra.
        const keys = m.mapping.filter((k) => k !== null);
        expect(new Set(keys).size).toBe(keys.length);
        expect(keys.length + m.extras.length).toBe((values[0] ?? []).length);
        validateRows(
          def,
          values.map((row) =>
            Object.fromEntries(def.columns.map((c, i) => [c.key, (row[i] ?? null) as never])),
          ),
        );
        planConversion(def, values);
      }),
      { numRuns: 120 },
    );
  });

  it("what is written for person-typed text is never a formula and reads back as the same text", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.string({ unit: "binary" }),
          fc.constantFrom("=1", "+1", "-1", "@A", "\t=1", "\r=1", "'x"),
        ),
        (text) => {
          const written = asLiteralCellValue(text);
          expect(typeof written).toBe("string");
          const w = written as string;
          // Either Excel keeps it as it is, or the leading apostrophe makes it text (and is not part of the value).
          if (w !== text) expect(w).toBe(`'${text}`);
          else expect(wouldExcelConvert(text)).toBe(false);
          expect(/^[=+\-@\t\r]/.test(w)).toBe(false);
        },
      ),
      { numRuns: 3000 },
    );
  });
});
