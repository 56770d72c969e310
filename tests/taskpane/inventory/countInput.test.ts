import { readCount } from "../../../src/taskpane/pages/inventory/countInput";

describe("reading a typed count", () => {
  it("leaves blank fields uncounted, reads numbers as core does, refuses words and negatives", () => {
    expect(readCount("  ")).toEqual({ kind: "blank" });
    expect(readCount("12")).toEqual({ kind: "ok", value: 12 });
    expect(readCount("1,200")).toEqual({ kind: "ok", value: 1200 });
    expect(readCount("0")).toEqual({ kind: "ok", value: 0 });
    expect(readCount("twelve")).toEqual({ kind: "bad", message: '"twelve" is not a number.' });
    expect(readCount("-3")).toEqual({ kind: "bad", message: "A count cannot be below 0." });
  });
});
