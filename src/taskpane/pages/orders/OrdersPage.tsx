// Orders: what to order from whom, drafts to each supplier, Mark as sent, and receiving.
import { useMemo, useState } from "react";
import { addDays } from "date-fns";
import { Button, Field, Input, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { Notice } from "../../components/Notice";
import { nextPoNumbers } from "../../../core/orders/poNumber";
import type { SupplierOrder } from "../../../core/orders/types";
import type { PageProps } from "../../pages";
import { PageHeading } from "../../components/PageHeading";
import { onSettingsChanged } from "../../../excel/events";
import { PageLoadStatus } from "../../components/PageLoadStatus";
import { usePageData } from "../../components/usePageData";
import { localDayFromDateInput } from "../../components/dateInputs";
import { errorSentence } from "../../components/ActionError";
import {
  loadOrdersPage,
  markOrderSent,
  receivePurchaseOrder,
  type MarkSentResult,
  type OrdersPageData,
  type ReceiveResult,
} from "./ordersApi";
import { OpenOrders } from "./OpenOrders";
import { ProblemsList } from "./ProblemsList";
import { SupplierOrderCard } from "./SupplierOrderCard";

const useStyles = makeStyles({
  // min-width 0 on the items lets long supplier text wrap instead of widening a narrow pane.
  stack: { display: "grid", gap: tokens.spacingVerticalM, "& > *": { minWidth: 0 } },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalM },
  text: { margin: 0 },
  h3: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
});

type Note = { intent: "success" | "error" | "warning"; title: string; text: string };

function sentText(r: MarkSentResult): string {
  const raised = r.onOrder.length;
  return [
    `${r.lineCount} line${r.lineCount === 1 ? "" : "s"} written to Purchase orders${r.createdRegister ? " (register created)" : ""}; On order raised for ${raised} item${raised === 1 ? "" : "s"}.`,
    ...r.notes,
  ].join(" ");
}

function receivedText(r: ReceiveResult): string {
  const items = r.stock.map((s) => `${s.itemId}: ${s.onHand} on hand, ${s.onOrder} on order`).join("; ");
  return [
    `${r.poNumber} is ${r.status === "Received" ? "fully received" : "partly received"}.`,
    items ? `${items}.` : "",
    ...r.notes,
  ]
    .filter(Boolean)
    .join(" ");
}

export default function OrdersPage({ focusHeading }: PageProps) {
  const styles = useStyles();
  // A co-author's new template or signature shows in the drafts without a manual refresh.
  const { load, data, refresh } = usePageData(loadOrdersPage, { watch: onSettingsChanged });
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<Note | null>(null);
  const [wantedText, setWantedText] = useState("");
  const dateWanted = useMemo(() => localDayFromDateInput(wantedText), [wantedText]);

  const poNumbers = useMemo(
    () => (data ? nextPoNumbers(data.view.poNumbers, new Date(), data.view.orders.length) : []),
    [data],
  );

  const act = async (title: string, action: () => Promise<string>) => {
    setBusy(true);
    setNote(null);
    try {
      setNote({ intent: "success", title, text: await action() });
      refresh();
    } catch (error) {
      setNote({ intent: "error", title: "That did not work", text: errorSentence(error) });
    } finally {
      setBusy(false);
    }
  };

  const markSent = (order: SupplierOrder, poNumber: string) => {
    const lead = data?.view.leadTimes[order.supplier.trim().toLowerCase()];
    const now = new Date();
    const expectedBy = dateWanted ?? (lead !== undefined ? addDays(now, lead) : null);
    void act(`Order to ${order.supplier} marked as sent`, async () => {
      const r = await markOrderSent(order, { poNumber, date: now, expectedBy });
      return `${r.poNumber}: ${sentText(r)}`;
    });
  };

  const receive = (poNumber: string, quantities?: Map<string, number>) =>
    void act(`Received on ${poNumber}`, async () =>
      receivedText(await receivePurchaseOrder(poNumber, { quantities })),
    );

  return (
    <section aria-labelledby="orders-heading" className={styles.stack}>
      <PageHeading id="orders-heading" focusOnMount={focusHeading}>
        Orders
      </PageHeading>
      <p className={styles.text}>
        One email per supplier for everything low on stock. The add-in drafts; you send. Then mark the order
        as sent and, when the goods arrive, receive it.
      </p>
      <div className={styles.toolbar}>
        <Field label="Date wanted (optional)" hint="Goes into the drafts and the expected date.">
          <Input type="date" value={wantedText} onChange={(_, d) => setWantedText(d.value)} />
        </Field>
        <Button onClick={refresh} disabled={busy || load.status === "loading"}>
          Refresh
        </Button>
      </div>
      {note && (
        <Notice intent={note.intent} aria-live="polite">
          <MessageBarTitle>{note.title}</MessageBarTitle>
          {note.text}
        </Notice>
      )}
      <PageLoadStatus
        load={load}
        reading="Reading stock, suppliers and orders…"
        failed="Could not read the workbook"
        onRetry={refresh}
      />
      {data && (
        <OrdersContent
          data={data}
          poNumbers={poNumbers}
          dateWanted={dateWanted}
          busy={busy}
          onMarkSent={markSent}
          onReceive={receive}
        />
      )}
    </section>
  );
}

interface ContentProps {
  data: OrdersPageData;
  poNumbers: string[];
  dateWanted: Date | null;
  busy: boolean;
  onMarkSent: (order: SupplierOrder, poNumber: string) => void;
  onReceive: (poNumber: string, quantities?: Map<string, number>) => void;
}

function OrdersContent({ data, poNumbers, dateWanted, busy, onMarkSent, onReceive }: ContentProps) {
  const styles = useStyles();
  const { view, settings } = data;
  if (!view.found.inventory) {
    return (
      <Notice intent="info">
        There is no Inventory register in this workbook yet. Create it, or convert your supplies sheet, on the
        Inventory page; then the items to reorder appear here.
      </Notice>
    );
  }
  return (
    <>
      {!view.found.suppliers && (
        <Notice intent="warning">
          There is no Suppliers register, so no draft has an email address. Create it on the Suppliers page.
        </Notice>
      )}
      {!settings.companyName && (
        <Notice intent="info">Drafts are signed without a company name. Set it in Settings.</Notice>
      )}
      <section aria-labelledby="orders-to-order" className={styles.stack}>
        <h3 id="orders-to-order" className={styles.h3}>
          To order
        </h3>
        {view.orders.length === 0 ? (
          <p className={styles.text}>
            Nothing to order: every item is above its reorder point or already on order.
          </p>
        ) : (
          <ul className={styles.list} aria-label="Orders by supplier">
            {view.orders.map((order, i) => (
              <li key={order.supplier}>
                <SupplierOrderCard
                  suggested={order}
                  settings={settings}
                  poNumber={poNumbers[i]}
                  dateWanted={dateWanted}
                  problems={view.problems.filter((p) => p.supplier === order.supplier)}
                  busy={busy}
                  onMarkSent={onMarkSent}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
      <ProblemsList problems={view.problems} />
      <section aria-labelledby="orders-open" className={styles.stack}>
        <h3 id="orders-open" className={styles.h3}>
          Waiting for goods
        </h3>
        <OpenOrders orders={view.openOrders} busy={busy} onReceive={onReceive} />
      </section>
    </>
  );
}
