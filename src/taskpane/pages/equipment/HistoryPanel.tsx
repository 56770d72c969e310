// A machine's history: its tickets newest first, what they cost and how long it was down.
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { formatSerial } from "../../../core/cells/excelDates";
import type { MachineHistory } from "../../../core/equipment/history";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalS, overflowX: "auto" },
  text: { margin: 0 },
});

const date = (v: unknown) => (typeof v === "number" ? (formatSerial(v) ?? "") : String(v ?? ""));
const money = (n: number) =>
  n.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function HistoryPanel({ history }: { history: MachineHistory }) {
  const styles = useStyles();
  const { tickets } = history;
  return (
    <div className={styles.root}>
      <p className={styles.text}>
        {tickets.length === 0
          ? `No tickets for ${history.assetTag} yet.`
          : `${tickets.length} ticket${tickets.length === 1 ? "" : "s"}, total cost ${money(history.totalCost)}, downtime ${history.downtimeHours.toLocaleString("en-US")} hours, ${history.openTickets} open.`}
      </p>
      {tickets.length > 0 && (
        <Table size="small" aria-label={`Service history of ${history.assetTag}`}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Ticket</TableHeaderCell>
              <TableHeaderCell>Opened</TableHeaderCell>
              <TableHeaderCell>Kind</TableHeaderCell>
              <TableHeaderCell>Problem / action</TableHeaderCell>
              <TableHeaderCell>Status</TableHeaderCell>
              <TableHeaderCell>Cost</TableHeaderCell>
              <TableHeaderCell>Hours down</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {tickets.map((t) => (
              <TableRow key={`${t.key}-${t.row}`}>
                <TableCell>{t.key}</TableCell>
                <TableCell>{date(t.values.openedOn)}</TableCell>
                <TableCell>{String(t.values.kind ?? "")}</TableCell>
                <TableCell>
                  {[t.values.problem, t.values.actionTaken]
                    .filter((x) => x !== null && x !== "" && x !== undefined)
                    .join(" → ")}
                </TableCell>
                <TableCell>
                  {String(t.values.status ?? "")}
                  {typeof t.values.closedOn === "number" ? ` ${date(t.values.closedOn)}` : ""}
                </TableCell>
                <TableCell>{typeof t.values.cost === "number" ? money(t.values.cost) : ""}</TableCell>
                <TableCell>
                  {typeof t.values.downtimeHours === "number" ? t.values.downtimeHours : ""}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
