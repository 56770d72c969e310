// A drafted invitation (interview, training session): its email through the draft buttons, its
// calendar file to download, and what the draft could not fill in.
import { Button } from "@fluentui/react-components";
import type { Draft } from "../../core/email/draft";
import { draftOffers, type DraftOffers } from "../../core/email/offers";
import { DraftButtons } from "./DraftButtons";
import { downloadFile } from "./downloadFile";
import { Outcome } from "./Outcome";

export interface InvitationMade {
  draft: Draft;
  offers: DraftOffers;
  ics: string;
  problems: string[];
}

/** What an invitation drafter made, ready to show. */
export function invitationMade(result: {
  draft: Draft;
  ics: string;
  problems: readonly { message: string }[];
}): InvitationMade {
  return {
    draft: result.draft,
    offers: draftOffers(result.draft),
    ics: result.ics,
    problems: result.problems.map((p) => p.message),
  };
}

export function InvitationDraft({
  label,
  name,
  made,
}: {
  label: string;
  name: string;
  made: InvitationMade;
}) {
  return (
    <section aria-label={label}>
      {made.problems.length > 0 && <Outcome note={{ intent: "warning", text: made.problems.join(" ") }} />}
      <DraftButtons name={name} draft={made.draft} offers={made.offers} />
      <Button
        size="small"
        onClick={() => downloadFile(made.ics, "invitation.ics", "text/calendar;charset=utf-8")}
      >
        Download .ics
      </Button>
    </section>
  );
}
