import { callSuggestions, openFollowUps, phoneMatchKey, type CallRow } from "../../../src/core/calls";

const today = 46000;
const call = (key: string, values: CallRow["values"]): CallRow => ({ key, row: 0, values });

describe("openFollowUps", () => {
  test("open calls only, overdue first, then by Follow-up by, then Urgent before Normal before Low", () => {
    const rows = [
      call("A", { status: "Open", followUpBy: today + 2, priority: "Normal" }),
      call("B", { status: "Done", followUpBy: today - 5 }),
      call("C", { status: "Open", followUpBy: today - 1, priority: "Low" }),
      call("D", { status: "Open", followUpBy: null, priority: "Urgent", receivedAt: today - 3 }),
      call("E", { status: "Open", followUpBy: today - 3, priority: "Normal" }),
      call("F", { status: "Open", followUpBy: today - 1, priority: "Urgent" }),
      call("G", { status: "No action", followUpBy: today - 9 }),
      call("H", { status: "", followUpBy: today, priority: "Normal" }),
      call("I", { status: "Open", followUpBy: null, priority: "Normal", receivedAt: today - 9 }),
      call("J", { status: null, followUpBy: null, receivedAt: today - 20 }),
    ];
    const list = openFollowUps(rows, today + 0.75);
    expect(list.map((f) => f.key)).toEqual(["E", "F", "C", "H", "A", "D", "I"]);
    expect(list.map((f) => f.overdue)).toEqual([true, true, true, false, false, false, false]);
    expect(list[0].daysOverdue).toBe(3);
  });
});

describe("callSuggestions and phone numbers", () => {
  test("callers once each, the latest company and number first", () => {
    const s = callSuggestions([
      call("1", { caller: "Ravi Mehta", company: "Contoso", number: "1", receivedAt: 10 }),
      call("2", { caller: "ravi mehta", company: "Contoso Imaging", number: "2", receivedAt: 20 }),
      call("3", { caller: "Lena", company: "contoso imaging", receivedAt: 5 }),
    ]);
    expect(s.callers).toEqual([
      { caller: "ravi mehta", company: "Contoso Imaging", number: "2" },
      { caller: "Lena", company: "contoso imaging", number: "" },
    ]);
    expect(s.companies).toEqual(["Contoso Imaging", "Contoso"]);
  });

  test("numbers compare by digits and extension", () => {
    expect(phoneMatchKey("+44 20 7946 0018 ext. 12")).toBe("+442079460018x12");
    expect(phoneMatchKey("00 44 20 7946 0018, x 12")).toBe("+442079460018x12");
    expect(phoneMatchKey("(212) 555-0178")).toBe("2125550178");
    expect(phoneMatchKey("Withheld")).toBe("");
  });
});
