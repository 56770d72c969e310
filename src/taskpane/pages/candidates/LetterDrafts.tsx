// Rejection and offer letters from the workbook's templates, offered the four usual ways.
import { useState } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Candidate } from "../../../core/candidates";
import { offerDraft, rejectionDraft } from "../../../core/email/candidateLetters";
import type { Draft } from "../../../core/email/draft";
import { draftOffers, type DraftOffers } from "../../../core/email/offers";
import { DraftButtons } from "../../components/DraftButtons";
import { Outcome } from "../../components/Outcome";
import { templateFor, type WorkbookSettings } from "./candidatesApi";

const useStyles = makeStyles({
  buttons: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

type Made = { kind: "rejection" | "offer"; draft: Draft; offers: DraftOffers; problems: string[] };

export function LetterDrafts({ candidate, settings }: { candidate: Candidate; settings: WorkbookSettings }) {
  const styles = useStyles();
  const [made, setMade] = useState<Made | null>(null);
  const make = (kind: Made["kind"]) => {
    const input = {
      to: candidate.email,
      candidate: candidate.name,
      position: candidate.position,
      company: settings.companyName,
      signature: settings.signature,
      template: templateFor(settings, kind),
    };
    const { draft, problems } = kind === "offer" ? offerDraft(input) : rejectionDraft(input);
    setMade({ kind, draft, offers: draftOffers(draft), problems: problems.map((p) => p.message) });
  };
  return (
    <div>
      <div className={styles.buttons}>
        <Button onClick={() => make("offer")}>Draft offer</Button>
        <Button onClick={() => make("rejection")}>Draft rejection</Button>
      </div>
      {made && (
        <section aria-label={made.kind === "offer" ? "Offer draft" : "Rejection draft"}>
          <p>Subject: {made.draft.subject}</p>
          {made.problems.length > 0 && (
            <Outcome note={{ intent: "warning", text: made.problems.join(" ") }} />
          )}
          <DraftButtons name={candidate.name} draft={made.draft} offers={made.offers} />
        </section>
      )}
    </div>
  );
}
