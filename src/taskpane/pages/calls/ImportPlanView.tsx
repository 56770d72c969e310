// What an import would do, before anything is written: the kind of file, "N new, M already in the log,
// K legs merged, P lines skipped (why)", each skipped line once with its text, notes, and the calls.
import {
  MessageBarTitle,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { importSummary, type CallImportPlan } from "../../../core/calls";
import { Notice } from "../../components/Notice";
import { showDate } from "../../components/dateInputs";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  scroll: { overflowX: "auto", maxWidth: "100%" },
  raw: {
    display: "block",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: "anywhere",
  },
  text: { margin: 0 },
});

/** Lines and calls listed one by one; the rest are counted. */
export const MAX_LISTED = 20;
/** Rows of the calls table: an export of thousands is counted, not drawn. */
const MAX_ROWS = 200;

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function More({ total, shown }: { total: number; shown: number }) {
  return total > shown ? <li>…and {total - shown} more.</li> : null;
}

/** Lines no call came from, each once: why, and the text of a line that could not be read. */
function SkippedLines({ plan }: { plan: CallImportPlan }) {
  const styles = useStyles();
  if (plan.skipped.length === 0) return null;
  const shown = plan.skipped.slice(0, MAX_LISTED);
  return (
    <>
      <p className={styles.text}>Lines left out:</p>
      <ul className={styles.list} aria-label="Lines left out">
        {shown.map((s) => (
          <li key={s.line}>
            {`Line ${s.line}: ${s.reason}.`}
            {s.raw !== undefined && <code className={styles.raw}>{s.raw}</code>}
          </li>
        ))}
        <More total={plan.skipped.length} shown={shown.length} />
      </ul>
    </>
  );
}

/** Problems that stop the import (a call list's unreadable values, a file with nothing to read). */
export function BlockingProblems({ plan }: { plan: CallImportPlan }) {
  const styles = useStyles();
  const problems = [
    ...plan.fileErrors,
    ...plan.lineErrors.map((e) => `Line ${e.line}, ${e.column}: ${e.message}`),
  ];
  return (
    <Notice intent="error">
      <MessageBarTitle>Nothing can be imported from this file yet.</MessageBarTitle>
      {plan.lineErrors.length > 0
        ? `${plural(plan.lineErrors.length, "value")} cannot be read. Correct the file and choose it again; no call is added until every line reads.`
        : ""}
      <ul className={styles.list}>
        {problems.slice(0, MAX_LISTED).map((p, i) => (
          // One entry per problem, in file order; the same words may describe two lines.
          <li key={i}>{p}</li>
        ))}
        <More total={problems.length} shown={Math.min(problems.length, MAX_LISTED)} />
      </ul>
      <SkippedLines plan={plan} />
    </Notice>
  );
}

export function ImportPlanView({ plan }: { plan: CallImportPlan }) {
  const styles = useStyles();
  const rows = plan.toAdd.slice(0, MAX_ROWS);
  return (
    <>
      <Notice intent={plan.toAdd.length > 0 ? "info" : "warning"}>
        <MessageBarTitle>
          {plan.toAdd.length > 0
            ? `${plural(plan.toAdd.length, "new call")} to add.`
            : "No new calls in this file."}
        </MessageBarTitle>
        {plan.format.id !== "generic" && (
          <p className={styles.text}>{`Read as ${plan.format.name} (${plan.format.layout}).`}</p>
        )}
        <p className={styles.text}>{`${importSummary(plan)}.`}</p>
        <ul className={styles.list}>
          {plan.alreadyInLog.length > 0 && (
            <li>
              {`${plural(plan.alreadyInLog.length, "call")} already in the log: ${plan.alreadyInLog
                .slice(0, MAX_LISTED)
                .map((a) => `line ${a.line} (${a.callId})`)
                .join(", ")}${plan.alreadyInLog.length > MAX_LISTED ? ", …" : ""}.`}
            </li>
          )}
          {plan.duplicatesInFile.length > 0 && (
            <li>
              {`${plural(plan.duplicatesInFile.length, "line")} repeat an earlier line: ${plan.duplicatesInFile
                .slice(0, MAX_LISTED)
                .map((d) => `line ${d.line} (same as line ${d.sameAs})`)
                .join(", ")}${plan.duplicatesInFile.length > MAX_LISTED ? ", …" : ""}.`}
            </li>
          )}
          {plan.notes.slice(0, MAX_LISTED).map((n, i) => (
            <li key={i}>{n}</li>
          ))}
          <More total={plan.notes.length} shown={Math.min(plan.notes.length, MAX_LISTED)} />
        </ul>
        <SkippedLines plan={plan} />
      </Notice>
      {rows.length > 0 && (
        <div className={styles.scroll}>
          <Table size="small" aria-label="Calls to add">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Line</TableHeaderCell>
                <TableHeaderCell>Received at</TableHeaderCell>
                <TableHeaderCell>Direction</TableHeaderCell>
                <TableHeaderCell>Channel</TableHeaderCell>
                <TableHeaderCell>Caller</TableHeaderCell>
                <TableHeaderCell>Number</TableHeaderCell>
                {plan.format.id !== "generic" && <TableHeaderCell>Subject</TableHeaderCell>}
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.line}>
                  <TableCell>{r.line}</TableCell>
                  <TableCell>{showDate(r.values.receivedAt, true)}</TableCell>
                  <TableCell>{showDate(r.values.direction)}</TableCell>
                  <TableCell>{showDate(r.values.channel)}</TableCell>
                  <TableCell>{showDate(r.values.caller)}</TableCell>
                  <TableCell>{showDate(r.values.number)}</TableCell>
                  {plan.format.id !== "generic" && <TableCell>{showDate(r.values.subject)}</TableCell>}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      {plan.toAdd.length > rows.length && (
        <p
          className={styles.text}
        >{`The first ${rows.length} are shown; all ${plan.toAdd.length} are added.`}</p>
      )}
    </>
  );
}
