// The frame of a page whose register may be missing: its heading, then the setup while the register is
// not in the workbook, and the page's own view once it is.
import type { ReactNode } from "react";
import { Spinner } from "@fluentui/react-components";
import { registerById } from "../../../core/registers/definitions";
import type { RegisterId } from "../../../core/registers/types";
import { PageHeading } from "../../components/PageHeading";
import { ActionError } from "../../components/ActionError";
import { RegisterSetup } from "./RegisterSetup";
import type { SetupApi } from "./setupApi";
import { useRegister } from "./useRegister";

export interface RegisterGateProps {
  registerId: RegisterId;
  /** The page's heading, also its landmark's name. */
  title: string;
  focusHeading?: boolean;
  setupApi: SetupApi;
  className?: string;
  children: ReactNode;
}

export function RegisterGate({
  registerId,
  title,
  focusHeading,
  setupApi,
  className,
  children,
}: RegisterGateProps) {
  const { presence, refresh } = useRegister(registerId, setupApi);
  const headingId = `${registerId}-heading`;
  return (
    <section aria-labelledby={headingId} className={className}>
      <PageHeading id={headingId} focusOnMount={focusHeading}>
        {title}
      </PageHeading>
      {presence.status === "loading" && (
        <Spinner size="small" label={`Looking for the ${registerById(registerId).name} register…`} />
      )}
      {presence.status === "error" && <ActionError error={presence.error} />}
      {presence.status === "missing" && (
        <RegisterSetup registerId={registerId} onReady={refresh} api={setupApi} />
      )}
      {presence.status === "found" && children}
    </section>
  );
}
