import {
  findIdCollisions,
  makeClientTag,
  nextId,
  nextIds,
  parseId,
  repairIdCollisions,
} from "../../../src/core/registers/ids";

describe("IDs", () => {
  it("starts at 0001 and continues after the largest, leaving gaps alone", () => {
    expect(nextId("INV-", [])).toBe("INV-0001");
    expect(nextId("INV-", ["INV-0001", "INV-0002"])).toBe("INV-0003");
    expect(nextId("INV-", ["INV-0007", "INV-0002"])).toBe("INV-0008");
    expect(nextIds("CALL-", ["CALL-0009"], 3)).toEqual(["CALL-0010", "CALL-0011", "CALL-0012"]);
  });

  it("reads mixed formats and ignores cells without the prefix", () => {
    const existing = [
      "inv-0003",
      "INV12",
      "INV 5",
      " INV-0009 ",
      "X-50",
      "50",
      77,
      null,
      "",
      "INVOICE-99",
      "INV-0011-K7Q",
    ];
    expect(nextId("INV-", existing)).toBe("INV-0013");
    expect(parseId("INV-", "INV-0011-k7q")).toEqual({ number: 11, width: 4, tag: "K7Q" });
    expect(parseId("INV-", "INVOICE-99")).toBeNull();
    expect(parseId("INV-", 12)).toBeNull();
    // A year-numbered PO is not a prefix-sequence ID (core/orders numbers those).
    expect(parseId("PO-", "PO-2026-0042")).toBeNull();
    expect(nextId("PO-", ["PO-2026-0042"])).toBe("PO-0001");
  });

  it("grows past 9999 and keeps wider padding that is already in use", () => {
    expect(nextId("INV-", ["INV-9999"])).toBe("INV-10000");
    expect(nextId("SR-", ["SR-000041"])).toBe("SR-000042");
  });

  it("treats prefixes literally (no regular-expression surprises)", () => {
    expect(nextId("P.O.", ["PXOX7"])).toBe("P.O.0001");
    expect(nextId("P.O.", ["P.O.0007"])).toBe("P.O.0008");
  });

  describe("co-authoring: two clients add a row at once", () => {
    it("detects the collision after the write and repairs only this client's row, uniquely per client", () => {
      const before = ["INV-0040", "INV-0041"];
      const mine = nextIds("INV-", before, 1); // both clients compute INV-0042
      const theirs = nextIds("INV-", before, 1);
      expect(mine).toEqual(theirs);
      const keysNow = [...before, ...theirs, ...mine];
      expect(findIdCollisions(keysNow, mine)).toEqual(["INV-0042"]);

      const tagA = makeClientTag(0.1);
      const tagB = makeClientTag(0.9);
      const fixA = repairIdCollisions("INV-", keysNow, ["INV-0042"], tagA);
      const fixB = repairIdCollisions("INV-", keysNow, ["INV-0042"], tagB);
      expect(fixA["INV-0042"]).toBe(`INV-0043-${tagA}`);
      expect(fixA["INV-0042"]).not.toBe(fixB["INV-0042"]);
      // After both repairs every key is unique.
      const final = [...before, fixA["INV-0042"], fixB["INV-0042"]];
      expect(new Set(final).size).toBe(final.length);
      expect(findIdCollisions(final, [fixA["INV-0042"]])).toEqual([]);
    });

    it("compares keys as Excel does, ignoring case and surrounding spaces", () => {
      expect(findIdCollisions(["inv-0005 ", "INV-0005"], ["INV-0005"])).toEqual(["INV-0005"]);
      expect(findIdCollisions(["INV-0005", "INV-0006"], ["INV-0006"])).toEqual([]);
    });

    it("makes 3-character client tags that start with a letter", () => {
      expect(makeClientTag(0)).toBe("A00");
      expect(makeClientTag(0.999999)).toMatch(/^Z[0-9A-Z]{2}$/);
      expect(makeClientTag(Number.NaN)).toBe("A00");
      expect(makeClientTag(0.5)).not.toBe(makeClientTag(0.25));
    });
  });
});
