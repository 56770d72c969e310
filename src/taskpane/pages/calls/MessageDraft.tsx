// "Message for …": the call passed on to the colleague it is for, through the same draft machinery as
// supplier emails (core callMessageDraft → draftOffers; mail app, Outlook on the web, .eml, copy).
import { useEffect, useMemo, useState } from "react";
import { Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { Notice } from "../../components/Notice";
import type { FollowUp } from "../../../core/calls/followUps";
import type { CellValue } from "../../../core/cells/types";
import { callMessageDraft } from "../../../core/email/callMessage";
import { draftOffers } from "../../../core/email/offers";
import type { WorkbookSettings } from "../../../core/settings/values";
import { DraftButtons } from "../../components/DraftButtons";
import { readSettings, templateFor } from "./callsApi";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
});

const str = (v: CellValue | undefined) => (v === null || v === undefined ? "" : String(v));

export function MessageDraft({
  call,
  loadSettings = readSettings,
}: {
  call: FollowUp;
  loadSettings?: () => Promise<WorkbookSettings>;
}) {
  const styles = useStyles();
  const forName = str(call.values.for).trim();
  const [to, setTo] = useState("");
  const [settings, setSettings] = useState<WorkbookSettings | null>(null);
  const [settingsError, setSettingsError] = useState(false);

  useEffect(() => {
    let live = true;
    loadSettings().then(
      (s) => live && setSettings(s),
      () => live && setSettingsError(true),
    );
    return () => {
      live = false;
    };
  }, [loadSettings]);

  const composed = useMemo(() => {
    const v = call.values;
    return callMessageDraft({
      to,
      for: forName,
      company: settings?.companyName ?? "",
      signature: settings?.signature,
      template: settings ? templateFor(settings, "callMessage") : undefined,
      call: {
        caller: str(v.caller),
        company: str(v.company),
        number: str(v.number),
        channel: str(v.channel),
        subject: str(v.subject),
        message: str(v.message),
        priority: str(v.priority),
        receivedAt: typeof v.receivedAt === "number" ? v.receivedAt : undefined,
        followUpBy: typeof v.followUpBy === "number" ? v.followUpBy : undefined,
        takenBy: str(v.handledBy),
      },
    });
  }, [call, forName, to, settings]);
  const offers = useMemo(() => draftOffers(composed.draft), [composed]);
  const addressProblems = composed.problems.filter((p) => p.kind !== "unknown-placeholder");

  return (
    <div className={styles.root}>
      <Field
        label={`Email address of ${forName}`}
        hint="Their address is not kept in the Call log; type it here."
        validationState={to.trim() !== "" && addressProblems.length > 0 ? "error" : "none"}
        validationMessage={to.trim() !== "" ? addressProblems.map((p) => p.message).join(" ") : undefined}
      >
        <Input type="email" autoComplete="email" value={to} onChange={(_, d) => setTo(d.value)} />
      </Field>
      {settingsError && (
        <Notice intent="warning">
          The workbook&apos;s settings could not be read; the default template is used.
        </Notice>
      )}
      <DraftButtons name={forName} draft={composed.draft} offers={offers} />
    </div>
  );
}
