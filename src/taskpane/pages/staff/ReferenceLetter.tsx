// The reference letter for a person who is leaving or has left: drafted from their Staff row and the
// workbook's company name and signature, offered as an email draft (to whoever asked for it) or as a
// text file to print. Names and roles as typed go in as text, never as markup.
import { useState } from "react";
import { Button, Field, Input, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { draftOffers } from "../../../core/email/offers";
import { referenceDraft, type StaffMember } from "../../../core/staff";
import { DraftButtons } from "../../components/DraftButtons";
import { downloadFile } from "../../components/downloadFile";
import type { WorkbookSettings } from "./staffApi";

const useStyles = makeStyles({
  box: { display: "grid", gap: tokens.spacingVerticalS },
  h4: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

/** A file name from a person's name: letters, digits, spaces and dashes only. */
const fileName = (name: string) =>
  `Reference - ${
    name
      .replace(/[^\p{L}\p{N} -]+/gu, " ")
      .replace(/\s+/g, " ")
      .trim() || "staff"
  }.txt`;

export function ReferenceLetter({ person, settings }: { person: StaffMember; settings: WorkbookSettings }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [to, setTo] = useState("");
  const { draft } = referenceDraft({
    to,
    name: person.name,
    company: settings.companyName,
    role: person.role,
    startDate: person.startDate,
    leavingDate: person.leavingDate,
    signature: settings.signature,
  });
  const letter = `${draft.subject}\n\n${draft.text}`;

  return (
    <section className={styles.box} aria-label="Reference letter">
      <h4 className={styles.h4}>Reference letter</h4>
      <div>
        <Button aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          {open ? "Hide the reference letter" : "Draft the reference letter"}
        </Button>
      </div>
      {open && (
        <>
          <Field
            label="Reference letter text"
            hint="Drafted from the Staff row; change it in your mail app or editor."
          >
            <Textarea readOnly value={letter} resize="vertical" rows={8} />
          </Field>
          <div>
            <Button onClick={() => downloadFile(letter, fileName(person.name), "text/plain;charset=utf-8")}>
              Download as text
            </Button>
          </div>
          <Field label="Send to (who asked for the reference)">
            <Input type="email" value={to} onChange={(_, d) => setTo(d.value)} />
          </Field>
          <DraftButtons name={`the reference for ${person.name}`} draft={draft} offers={draftOffers(draft)} />
        </>
      )}
    </section>
  );
}
