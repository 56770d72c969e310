import { isPoNumber, nextPoNumber, nextPoNumbers } from "../../../src/core/orders/poNumber";

const nov2026 = new Date(2026, 10, 29, 12);

describe("nextPoNumber", () => {
  it("starts each year at 0001", () => {
    expect(nextPoNumber([], nov2026)).toBe("PO-2026-0001");
    expect(nextPoNumber(["PO-2025-0042"], nov2026)).toBe("PO-2026-0001");
  });

  it("follows the highest number of the year, not the last one in the list", () => {
    expect(nextPoNumber(["PO-2026-0007", "PO-2026-0012", "PO-2026-0003"], nov2026)).toBe("PO-2026-0013");
  });

  it("reads numbers typed with other case or spaces, and ignores anything else", () => {
    expect(nextPoNumber([" po-2026-0009 ", "PO-2026-X", "2026-0100", null, 42, "", undefined], nov2026)).toBe(
      "PO-2026-0010",
    );
  });

  it("goes past 9999 without wrapping", () => {
    expect(nextPoNumber(["PO-2026-9999"], nov2026)).toBe("PO-2026-10000");
  });

  it("takes the year from the local calendar date", () => {
    expect(nextPoNumber([], new Date(2027, 0, 1, 0, 5))).toBe("PO-2027-0001");
  });

  it("gives consecutive numbers for several drafts at once", () => {
    expect(nextPoNumbers(["PO-2026-0004"], nov2026, 3)).toEqual([
      "PO-2026-0005",
      "PO-2026-0006",
      "PO-2026-0007",
    ]);
    expect(nextPoNumbers([], nov2026, 0)).toEqual([]);
  });

  it("counts numbers repaired after a co-authoring collision, and can tag its own", () => {
    expect(nextPoNumber(["PO-2026-0042", "PO-2026-0043-K7Q"], nov2026)).toBe("PO-2026-0044");
    expect(nextPoNumber(["PO-2026-0042"], nov2026, "k7q")).toBe("PO-2026-0043-K7Q");
  });

  it("recognises PO numbers", () => {
    expect(["PO-2026-0001", "po-2026-12-AB1", "PO-0001", "PO-26-1", 7].map(isPoNumber)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});
