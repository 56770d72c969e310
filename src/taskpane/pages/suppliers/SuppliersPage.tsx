// Suppliers: set up the register if it is missing; otherwise who you buy from, with a missing email
// flagged (order drafts need one), and the problems list.
import { useCallback } from "react";
import { Badge, Button, makeStyles, tokens } from "@fluentui/react-components";
import type { PageProps } from "../../pages";
import { ActionError } from "../../components/ActionError";
import { ProblemsList, type SetupApi } from "../registerSetup";
import { RegisterGate } from "../registerSetup/RegisterGate";
import { PageLoadStatus } from "../../components/PageLoadStatus";
import { usePageData } from "../../components/usePageData";
import { useArrivalTarget } from "../../components/arrival";
import { workbookSetupApi } from "../registerSetup/setupApi";
import { workbookSuppliersApi, type SuppliersApi } from "./suppliersApi";

const useStyles = makeStyles({
  root: { display: "grid", gap: tokens.spacingVerticalL },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "grid", gap: tokens.spacingVerticalS },
  item: {
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
  },
  name: { fontWeight: tokens.fontWeightSemibold, flexBasis: "100%" },
  section: { fontSize: tokens.fontSizeBase400, margin: 0 },
});

export interface SuppliersPageProps extends PageProps {
  api?: SuppliersApi;
  setupApi?: SetupApi;
}

export default function SuppliersPage({
  focusHeading,
  api = workbookSuppliersApi,
  setupApi = workbookSetupApi,
}: SuppliersPageProps) {
  const styles = useStyles();
  return (
    <RegisterGate
      registerId="suppliers"
      title="Suppliers"
      focusHeading={focusHeading}
      setupApi={setupApi}
      className={styles.root}
    >
      <SuppliersView api={api} />
    </RegisterGate>
  );
}

function SuppliersView({ api }: { api: SuppliersApi }) {
  const styles = useStyles();
  const read = useCallback(() => api.load(), [api]);
  const { load, busy, error, run, reload } = usePageData(read, { watch: api.watch });
  // Once the register exists, the person lands on the list of suppliers (and which lack an email).
  const listHeading = useArrivalTarget<HTMLHeadingElement>("suppliers");

  if (load.status !== "ready")
    return <PageLoadStatus load={load} reading="Reading the register…" onRetry={() => void reload()} />;
  const data = load.data;
  const noEmail = data.suppliers.filter((s) => s.email === "").length;
  return (
    <>
      {error !== null && <ActionError error={error} />}
      <div className={styles.toolbar}>
        <Button onClick={() => void run(reload)} disabled={busy}>
          Refresh
        </Button>
      </div>
      <section aria-labelledby="suppliers-list">
        <h3 id="suppliers-list" ref={listHeading} tabIndex={-1} className={styles.section}>
          {data.suppliers.length} supplier{data.suppliers.length === 1 ? "" : "s"}
          {noEmail > 0 ? `, ${noEmail} without an email address` : ""}
        </h3>
        {data.suppliers.length === 0 ? (
          <p>No suppliers yet: add rows to the Suppliers table.</p>
        ) : (
          <ul className={styles.list} aria-label="Suppliers">
            {data.suppliers.map((s) => (
              <li key={s.address} className={styles.item} aria-label={s.supplier}>
                <span className={styles.name}>{s.supplier}</span>
                {s.contact && <span>{s.contact}</span>}
                {s.email ? (
                  <span>{s.email}</span>
                ) : (
                  <Badge color="warning">No email: order drafts cannot be addressed</Badge>
                )}
                {s.phone && <span>{s.phone}</span>}
                {!s.email && (
                  <Button
                    size="small"
                    aria-label={`Go to ${s.supplier}`}
                    onClick={() => run(() => api.goToCell(s.address))}
                  >
                    Go to
                  </Button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <ProblemsList
        problems={data.problems}
        onGoTo={(address) => void run(() => api.goToCell(address))}
        onCheckAgain={() => void run(reload)}
        checking={busy}
      />
    </>
  );
}
