// The four ways to take a draft (docs/design.md, "Drafting emails"), with a plain message for any that can't be used.
import { useState } from "react";
import { Button, Field, Textarea, makeStyles, tokens, useId } from "@fluentui/react-components";
import { Notice } from "./Notice";
import type { Draft } from "../../core/email/draft";
import type { DraftOffers } from "../../core/email/offers";
import { copyText, downloadEml, openInBrowser, openMailto } from "./draftActions";

const useStyles = makeStyles({
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  messages: { display: "grid", gap: tokens.spacingVerticalXS, marginTop: tokens.spacingVerticalS },
});

export interface DraftButtonsProps {
  /** Who the draft is for, to tell the buttons of several drafts apart ("Paper World"). */
  name: string;
  draft: Draft;
  offers: DraftOffers;
  disabled?: boolean;
}

type Note = { intent: "success" | "warning" | "info"; text: string };

export function DraftButtons({ name, draft, offers, disabled }: DraftButtonsProps) {
  const styles = useStyles();
  const [note, setNote] = useState<Note | null>(null);
  const [manualCopy, setManualCopy] = useState(false);

  const messageId = useId("draft-limits");
  const mailApp = () => {
    if (offers.mailto.ok) openMailto(offers.mailto.url);
  };
  const outlook = () => {
    if (offers.outlookWeb.ok) openInBrowser(offers.outlookWeb.url);
  };
  // A link that is too long stays focusable but unavailable, pointing at the message that says why.
  const linkProps = (ok: boolean) =>
    ok ? { disabled } : { disabledFocusable: true, "aria-describedby": messageId };
  const download = () => {
    downloadEml(draft, offers.emlFilename);
    setNote({
      intent: "success",
      text: `Downloaded ${offers.emlFilename}. Open it to get a new message in your mail app, then send it.`,
    });
  };
  const copy = async () => {
    const ok = await copyText(offers.clipboardText);
    setManualCopy(!ok);
    setNote(
      ok
        ? { intent: "success", text: "The message is on the clipboard. Paste it into a new email." }
        : {
            intent: "warning",
            text: "This window may not copy to the clipboard. Select the message below and copy it (Ctrl+C or ⌘C).",
          },
    );
  };

  return (
    <div>
      <div className={styles.buttons} role="group" aria-label={`Draft for ${name}`}>
        <Button size="small" {...linkProps(offers.mailto.ok)} onClick={mailApp}>
          Open in mail app
        </Button>
        <Button size="small" {...linkProps(offers.outlookWeb.ok)} onClick={outlook}>
          Open in Outlook on the web
        </Button>
        <Button size="small" disabled={disabled} onClick={download}>
          Download .eml
        </Button>
        <Button size="small" disabled={disabled} onClick={() => void copy()}>
          Copy
        </Button>
      </div>
      <div className={styles.messages} aria-live="polite">
        {offers.messages.length > 0 && (
          <Notice intent="warning" id={messageId}>
            {offers.messages.join(" ")}
          </Notice>
        )}
        {note && <Notice intent={note.intent}>{note.text}</Notice>}
        {manualCopy && (
          <Field label={`Message to ${name}`}>
            <Textarea readOnly value={offers.clipboardText} resize="vertical" rows={8} />
          </Field>
        )}
      </div>
    </div>
  );
}
