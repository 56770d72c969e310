// Inventory: set up the register if it is missing; otherwise what is low (by supplier), the stock count,
// reorder-point suggestions and the problems list.
import { useCallback } from "react";
import { Button, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { Notice } from "../../components/Notice";
import type { PageProps } from "../../pages";
import { ActionError } from "../../components/ActionError";
import { ProblemsList, type SetupApi } from "../registerSetup";
import { RegisterGate } from "../registerSetup/RegisterGate";
import { PageLoadStatus } from "../../components/PageLoadStatus";
import { usePageData } from "../../components/usePageData";
import { useArrivalTarget } from "../../components/arrival";
import { workbookSetupApi } from "../registerSetup/setupApi";
import { workbookInventoryApi, type InventoryApi } from "./inventoryApi";
import { LowStockList } from "./LowStockList";
import { ReorderPointSuggestions } from "./ReorderPointSuggestions";
import { StockCountForm } from "./StockCountForm";

const useStyles = makeStyles({
  // Grid items default to min-width: auto; 0 lets long names and addresses wrap in a 320 px pane.
  root: { display: "grid", gap: tokens.spacingVerticalL, overflowWrap: "anywhere", "& > *": { minWidth: 0 } },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  section: { fontSize: tokens.fontSizeBase400, margin: 0 },
});

export interface InventoryPageProps extends PageProps {
  api?: InventoryApi;
  setupApi?: SetupApi;
}

export default function InventoryPage({
  focusHeading,
  api = workbookInventoryApi,
  setupApi = workbookSetupApi,
}: InventoryPageProps) {
  const styles = useStyles();
  return (
    <RegisterGate
      registerId="inventory"
      title="Inventory"
      focusHeading={focusHeading}
      setupApi={setupApi}
      className={styles.root}
    >
      <InventoryView api={api} />
    </RegisterGate>
  );
}

function InventoryView({ api }: { api: InventoryApi }) {
  const styles = useStyles();
  // A co-author's edit (or a settings change) re-reads the register, so the page never shows stale
  // stock. Typed counts and ticked suggestions live in their forms and survive the re-read.
  const read = useCallback(() => api.load(), [api]);
  const { load, busy, error, run, reload } = usePageData(read, { watch: api.watch });
  // Once the register exists, the person lands on what is low, the first thing the page tells.
  const lowHeading = useArrivalTarget<HTMLHeadingElement>("inventory");

  // Each write is followed by a fresh read, so the low list and the problems show the workbook as it is.
  const afterWrite = async <T,>(action: () => Promise<T>) => {
    const result = await run(action);
    if (result) await run(reload);
    return result;
  };

  if (load.status !== "ready")
    return <PageLoadStatus load={load} reading="Reading the register…" onRetry={() => void reload()} />;
  const data = load.data;
  return (
    <>
      {error !== null && <ActionError error={error} />}
      <div className={styles.toolbar}>
        <Button onClick={() => void run(reload)} disabled={busy}>
          Refresh
        </Button>
        {busy && <Spinner size="tiny" label="Working…" />}
      </div>
      {data.items.length === 0 && (
        <Notice intent="info">
          The Inventory register has no items yet. Add rows to the Inventory table in the sheet, then press
          Refresh.
        </Notice>
      )}
      <section aria-labelledby="inventory-low">
        <h3 id="inventory-low" ref={lowHeading} tabIndex={-1} className={styles.section}>
          What is low
        </h3>
        <LowStockList items={data.items} />
      </section>
      <StockCountForm
        items={data.items}
        busy={busy}
        onSave={(counts, date) => afterWrite(() => api.countStock(counts, date))}
      />
      <ReorderPointSuggestions
        items={data.items}
        serviceLevel={data.serviceLevel}
        busy={busy}
        onApply={(changes) => afterWrite(() => api.applyReorderPoints(changes))}
      />
      <ProblemsList
        problems={data.problems}
        onGoTo={(address) => void run(() => api.goToCell(address))}
        onCheckAgain={() => void run(reload)}
        checking={busy}
      />
    </>
  );
}
