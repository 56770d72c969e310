import type { Draft } from "../../../src/core/email/draft";
import { MAILTO_MAX_LENGTH } from "../../../src/core/email/links";
import { draftOffers } from "../../../src/core/email/offers";

const draft = (text: string): Draft => ({ to: ["a@x.com"], subject: "Order PO-2026-0001", text, html: "" });

describe("draftOffers", () => {
  it("offers all four ways for a short message", () => {
    const offers = draftOffers(draft("Hello"));
    expect(offers.mailto.ok).toBe(true);
    expect(offers.outlookWeb.ok).toBe(true);
    expect(offers.emlFilename).toBe("Order PO-2026-0001.eml");
    expect(offers.clipboardText).toContain("Hello");
    expect(offers.messages).toEqual([]);
  });

  it("says why the links are not offered for a long message and what to do instead", () => {
    const offers = draftOffers(draft("x".repeat(MAILTO_MAX_LENGTH)));
    expect(offers.mailto.ok).toBe(false);
    expect(offers.messages).toHaveLength(2);
    const length = offers.mailto.ok ? 0 : offers.mailto.length;
    expect(offers.messages[0]).toBe(
      `This message is too long to open in your mail app (${length.toLocaleString("en-US")} characters; links stop at 2,000). Download the .eml draft or copy the message instead.`,
    );
    expect(offers.messages[1]).toMatch(/^This message is too long to open in Outlook on the web/);
  });
});
