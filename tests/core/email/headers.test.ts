import {
  cleanHeaderField,
  cleanSubject,
  isValidEmail,
  MAX_SUBJECT_LENGTH,
  parseAddressList,
} from "../../../src/core/email/headers";

describe("cleanHeaderField", () => {
  it("turns a subject typed with line breaks into one line", () => {
    expect(cleanHeaderField("Toner\r\nfor the\ncopier")).toBe("Toner for the copier");
    expect(cleanHeaderField("a\rb\u2028c\u2029d\u0085e")).toBe("a b c d e");
  });

  it("removes other control characters and keeps accents, emoji and right-to-left text", () => {
    expect(cleanHeaderField("Caf\u00e9\u0000 \u0007order\u007f \u{1F4E6}")).toBe("Café order 📦");
    expect(cleanHeaderField("طلب شراء")).toBe("طلب شراء");
  });

  it("treats tabs as spaces and collapses runs of spaces", () => {
    expect(cleanHeaderField("  PO\t\t12   ready ")).toBe("PO 12 ready");
  });

  it("gives an empty string for blank cells", () => {
    expect(cleanHeaderField(null)).toBe("");
    expect(cleanHeaderField(undefined)).toBe("");
    expect(cleanHeaderField(42)).toBe("42");
  });

  it("cuts a long subject at the limit without splitting an emoji", () => {
    const long = "📦".repeat(MAX_SUBJECT_LENGTH + 20);
    const cut = cleanSubject(long);
    expect(Array.from(cut)).toHaveLength(MAX_SUBJECT_LENGTH);
    expect(cut).toBe("📦".repeat(MAX_SUBJECT_LENGTH));
  });
});

describe("isValidEmail", () => {
  it.each(["orders@acme.com", "first.last+po@sub.example.co.uk", "o'brien@example.ie", "x@xn--bcher-kva.de"])(
    "accepts %s",
    (address) => expect(isValidEmail(address)).toBe(true),
  );

  it.each([
    "",
    "plainaddress",
    "@acme.com",
    "orders@",
    "orders@localhost",
    "orders@acme..com",
    "orders@-acme.com",
    "first..last@acme.com",
    ".first@acme.com",
    "a b@acme.com",
    "Jane <jane@acme.com>",
    "jane@acme.com\r\nBcc: evil@x.com",
    "jane@acme.com,evil@x.com",
    '"jane"@acme.com',
    "josé@acme.com",
    "a@b.c",
  ])("rejects %j", (address) => expect(isValidEmail(address)).toBe(false));

  it("rejects addresses over the RFC 5321 limits", () => {
    expect(isValidEmail(`${"a".repeat(65)}@acme.com`)).toBe(false);
    expect(isValidEmail(`a@${Array.from({ length: 5 }, () => "b".repeat(60)).join(".")}.com`)).toBe(false);
  });

  it("rejects what is not a string", () => {
    expect(isValidEmail(undefined)).toBe(false);
    expect(isValidEmail(12)).toBe(false);
  });
});

describe("parseAddressList", () => {
  it("splits on semicolons, commas and line breaks", () => {
    expect(parseAddressList("a@x.com; b@y.com,c@z.org\nd@w.net").addresses).toEqual([
      "a@x.com",
      "b@y.com",
      "c@z.org",
      "d@w.net",
    ]);
  });

  it("keeps only the address of a named entry, even with a comma in a quoted name", () => {
    expect(parseAddressList('"Roe, Rick" <rick@y.com>; Jane Doe <jane@x.com>')).toEqual({
      addresses: ["rick@y.com", "jane@x.com"],
      invalid: [],
    });
  });

  it("lists what is not an address and drops duplicates", () => {
    const list = parseAddressList("a@x.com; call Bob; A@X.com; ;");
    expect(list.addresses).toEqual(["a@x.com"]);
    expect(list.invalid).toEqual(["call Bob"]);
  });

  it("cannot be tricked into an extra header by a line break inside a name", () => {
    const list = parseAddressList("Jane\r\nBcc: evil@x.com <jane@x.com>");
    expect(list.addresses).not.toContain("evil@x.com");
    expect(list.invalid.every((entry) => !/[\r\n]/.test(entry))).toBe(true);
  });

  it("gives nothing for a blank cell", () => {
    expect(parseAddressList("")).toEqual({ addresses: [], invalid: [] });
    expect(parseAddressList(null)).toEqual({ addresses: [], invalid: [] });
  });
});
