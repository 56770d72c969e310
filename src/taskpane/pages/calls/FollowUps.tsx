// Open follow-ups, overdue first, each with "Mark done" and, when it is for someone, "Message for …".
import { useRef, useState } from "react";
import { Badge, Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { FollowUp } from "../../../core/calls/followUps";
import type { CellValue } from "../../../core/cells/types";
import { ActionError } from "../../components/ActionError";
import { showDate } from "../../components/dateInputs";
import { MessageDraft } from "./MessageDraft";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalS },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalS },
  item: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    display: "grid",
    gap: tokens.spacingVerticalXS,
  },
  title: { margin: 0, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  line: { margin: 0 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  status: { margin: 0, minHeight: "1.2em" },
});

const str = (v: CellValue | undefined) => (v === null || v === undefined ? "" : String(v).trim());

export interface FollowUpsProps {
  followUps: FollowUp[];
  /** Marks the call done; resolves once written. */
  onMarkDone: (callId: string, handledBy: string) => Promise<{ done: boolean; message: string }>;
  /** Where focus goes after a call leaves the list. */
  focusAfterDone: () => void;
}

/** One open follow-up: who, when, its badges, Mark done and the message for the colleague. */
function FollowUpItem({
  f,
  busy,
  onMarkDone,
  messageOpen,
  onToggleMessage,
}: {
  f: FollowUp;
  busy: boolean;
  onMarkDone: () => void;
  messageOpen: boolean;
  onToggleMessage: () => void;
}) {
  const styles = useStyles();
  const v = f.values;
  const who = [str(v.caller), str(v.company)].filter(Boolean).join(", ");
  const forName = str(v.for);
  const due = showDate(v.followUpBy);
  return (
    <li className={styles.item} aria-label={`${f.key} ${who}`}>
      <p className={styles.title}>
        {f.key}: {who}
        {str(v.channel) === "Fax" ? " (fax)" : ""}
      </p>
      {str(v.subject) && <p className={styles.line}>{str(v.subject)}</p>}
      <p className={styles.line}>
        {due ? `Follow up by ${due}` : "No follow-up date"}
        {forName ? ` · for ${forName}` : ""}
        {str(v.number) ? ` · ${str(v.number)}` : ""}
      </p>
      <div className={styles.buttons}>
        {f.overdue && (
          <Badge color="danger" appearance="filled">
            {`Overdue ${f.daysOverdue} day${f.daysOverdue === 1 ? "" : "s"}`}
          </Badge>
        )}
        {str(v.priority) === "Urgent" && (
          <Badge color="warning" appearance="tint">
            Urgent
          </Badge>
        )}
      </div>
      <div className={styles.buttons}>
        <Button size="small" disabled={busy} aria-label={`Mark done ${f.key}`} onClick={onMarkDone}>
          Mark done
        </Button>
        {forName && (
          <Button
            size="small"
            aria-expanded={messageOpen}
            aria-label={`Message for ${forName} (${f.key})`}
            onClick={onToggleMessage}
          >
            {`Message for ${forName}`}
          </Button>
        )}
      </div>
      {messageOpen && <MessageDraft call={f} />}
    </li>
  );
}

export function FollowUps({ followUps, onMarkDone, focusAfterDone }: FollowUpsProps) {
  const styles = useStyles();
  const [handledBy, setHandledBy] = useState("");
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [announcement, setAnnouncement] = useState("");
  const [messageFor, setMessageFor] = useState<string | null>(null);
  const busyRef = useRef(false);

  const markDone = async (call: FollowUp) => {
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(call.key);
    setError(null);
    try {
      const result = await onMarkDone(call.key, handledBy);
      setAnnouncement(result.message);
      if (result.done) focusAfterDone();
    } catch (err) {
      setError(err);
    } finally {
      busyRef.current = false;
      setBusy(null);
    }
  };

  return (
    <div className={styles.root}>
      <Field label="Handled by" hint="Your name, written to the calls you mark done.">
        <Input autoComplete="name" value={handledBy} onChange={(_, d) => setHandledBy(d.value)} />
      </Field>
      {error !== null && <ActionError error={error} />}
      <p role="status" aria-live="polite" className={styles.status}>
        {announcement}
      </p>
      {followUps.length === 0 ? (
        <p className={styles.line}>No open follow-ups.</p>
      ) : (
        <ul className={styles.list} aria-label="Open follow-ups">
          {followUps.map((f) => (
            <FollowUpItem
              key={f.key}
              f={f}
              busy={busy !== null}
              onMarkDone={() => void markDone(f)}
              messageOpen={messageFor === f.key}
              onToggleMessage={() => setMessageFor(messageFor === f.key ? null : f.key)}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
