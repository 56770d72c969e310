// Calls: the quick-entry form, open follow-ups (overdue first) with Mark done and "Message for …",
// and the import of a phone system's export. While the Call log is missing: the shared register setup.
import { useCallback, useRef } from "react";
import type { NewCall } from "../../../core/calls/newCall";
import type { CallImportOptions } from "../../../core/calls/callImport";
import type { PageProps } from "../../pages";
import { RegisterPageFrame, useRegisterPageStyles } from "../../components/RegisterPage";
import { RegisterSetup } from "../registerSetup/RegisterSetup";
import { useArrivalTarget } from "../../components/arrival";
import {
  addCallImport,
  loadCallLog,
  logCall,
  markCallsDone,
  previewCallImport,
  type CallLogView,
} from "./callsApi";
import { FollowUps } from "./FollowUps";
import { ImportCalls } from "./ImportCalls";
import { QuickEntryForm } from "./QuickEntryForm";
import { PageLoadStatus } from "../../components/PageLoadStatus";
import { usePageData, watchTables } from "../../components/usePageData";

const isFound = (view: CallLogView) => view.found;
const WATCH = watchTables(["CallLog"]);

/** What Mark done tells the person, and whether the follow-up left the list. */
function markedDone(callId: string, result: Awaited<ReturnType<typeof markCallsDone>>) {
  if (result.updated.length > 0) return { done: true, message: `${callId} is marked done.` };
  if (result.notFound.length > 0) {
    return {
      done: true,
      message: `${callId} is no longer in the Call log (a co-author may have deleted it).`,
    };
  }
  return {
    done: false,
    message: result.skipped.map((s) => s.reason).join(" ") || `${callId} was not changed.`,
  };
}

export default function CallsPage({ focusHeading }: PageProps) {
  const styles = useRegisterPageStyles();
  const { load, refresh } = usePageData(loadCallLog, { watch: WATCH, watchWhile: isFound });
  const followUpsHeading = useRef<HTMLHeadingElement>(null);
  // Once the Call log exists, the first thing to do is log a call.
  const callerField = useArrivalTarget<HTMLInputElement>("callLog");

  const onSave = useCallback(
    async (call: NewCall) => {
      const logged = await logCall(call);
      refresh();
      return logged;
    },
    [refresh],
  );

  const onMarkDone = useCallback(
    async (callId: string, handledBy: string) => {
      const result = await markCallsDone([callId], { handledBy });
      refresh();
      return markedDone(callId, result);
    },
    [refresh],
  );

  const onAdd = useCallback(
    async (csv: string, options: CallImportOptions) => {
      const result = await addCallImport(csv, options);
      refresh();
      return result;
    },
    [refresh],
  );

  const body = () => {
    if (load.status !== "ready") {
      return <PageLoadStatus load={load} reading="Reading the Call log…" onRetry={refresh} />;
    }
    const view = load.data;
    if (!view.found) return <RegisterSetup registerId="callLog" onReady={refresh} />;
    const overdue = view.followUps.filter((f) => f.overdue).length;
    return (
      <>
        <section className={styles.section} aria-labelledby="calls-log-heading">
          <h3 id="calls-log-heading" className={styles.h3}>
            Log a call
          </h3>
          <QuickEntryForm suggestions={view.suggestions} onSave={onSave} callerFieldRef={callerField} />
        </section>
        <section className={styles.section} aria-labelledby="calls-followups-heading">
          <h3 id="calls-followups-heading" ref={followUpsHeading} tabIndex={-1} className={styles.h3}>
            Open follow-ups
          </h3>
          <p className={styles.text}>
            {view.followUps.length === 0
              ? "Nothing is waiting."
              : `${view.followUps.length} open, ${overdue} overdue.`}
          </p>
          <FollowUps
            followUps={view.followUps}
            onMarkDone={onMarkDone}
            focusAfterDone={() => followUpsHeading.current?.focus()}
          />
        </section>
        <section className={styles.section} aria-labelledby="calls-import-heading">
          <h3 id="calls-import-heading" className={styles.h3}>
            Import calls
          </h3>
          <ImportCalls preview={previewCallImport} add={onAdd} />
        </section>
      </>
    );
  };

  return (
    <RegisterPageFrame id="calls" title="Calls" focusHeading={focusHeading}>
      {body()}
    </RegisterPageFrame>
  );
}
