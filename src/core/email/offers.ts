// The four ways a draft is offered (docs/design.md, "Drafting emails"), and what to tell the person when a
// link won't do.
import type { Draft } from "./draft";
import { emlFilename } from "./eml";
import { toClipboardText, toMailto, toOutlookWebCompose, type LinkResult } from "./links";

export interface DraftOffers {
  mailto: LinkResult;
  outlookWeb: LinkResult;
  /** Name for the .eml download; build the file itself with toEml when the person asks for it. */
  emlFilename: string;
  clipboardText: string;
  /** One sentence per way that is not available, saying why and what to use instead. */
  messages: string[];
}

const count = (n: number) => n.toLocaleString("en-US");

export function tooLongMessage(
  where: "mail app" | "Outlook on the web",
  result: LinkResult,
): string | undefined {
  if (result.ok) return undefined;
  return (
    `This message is too long to open in ${where === "mail app" ? "your mail app" : "Outlook on the web"} ` +
    `(${count(result.length)} characters; links stop at ${count(result.limit)}). ` +
    "Download the .eml draft or copy the message instead."
  );
}

export function draftOffers(draft: Draft): DraftOffers {
  const mailto = toMailto(draft);
  const outlookWeb = toOutlookWebCompose(draft);
  const messages = [
    tooLongMessage("mail app", mailto),
    tooLongMessage("Outlook on the web", outlookWeb),
  ].filter((m): m is string => m !== undefined);
  return {
    mailto,
    outlookWeb,
    emlFilename: emlFilename(draft),
    clipboardText: toClipboardText(draft),
    messages,
  };
}
