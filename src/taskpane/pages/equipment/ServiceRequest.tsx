// "Request service": the fault report to the machine's service vendor (email from Suppliers), through
// core's serviceRequestDraft and the same four ways to take a draft as supplier orders.
import { useMemo, useState } from "react";
import { Field, Input, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { Notice } from "../../components/Notice";
import { draftOffers } from "../../../core/email/offers";
import { serviceRequestDraft } from "../../../core/email/serviceRequest";
import { templateFor, type WorkbookSettings } from "../../../core/settings/values";
import { DraftButtons } from "../../components/DraftButtons";
import type { MachineView, VendorContact } from "./equipmentApi";

const useStyles = makeStyles({ root: { display: "grid", gap: tokens.spacingVerticalS } });

const text = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());

export interface ServiceRequestProps {
  machine: MachineView;
  vendors: readonly VendorContact[];
  settings: WorkbookSettings;
}

export function ServiceRequest({ machine, vendors, settings }: ServiceRequestProps) {
  const styles = useStyles();
  const latest = machine.openTickets[0];
  const [fault, setFault] = useState(text(latest?.values.problem));
  const [contact, setContact] = useState("");
  const vendorName = text(machine.values.serviceVendor) || text(latest?.values.vendor);
  const vendor = vendors.find((v) => v.supplier.trim().toUpperCase() === vendorName.toUpperCase());
  const composed = useMemo(
    () =>
      serviceRequestDraft({
        to: vendor?.email,
        vendor: vendorName,
        vendorContact: vendor?.contact || undefined,
        machine: {
          assetTag: machine.assetTag,
          type: text(machine.values.type),
          make: text(machine.values.make),
          model: text(machine.values.model),
          serial: text(machine.values.serialNo),
          location: text(machine.values.location),
        },
        fault,
        ticketId: latest?.key,
        contact,
        company: settings.companyName,
        signature: settings.signature,
        template: templateFor(settings, "serviceRequest"),
      }),
    [vendor, vendorName, machine, fault, latest, contact, settings],
  );
  const offers = useMemo(() => draftOffers(composed.draft), [composed]);
  return (
    <div className={styles.root}>
      {vendorName === "" ? (
        <Notice intent="warning">
          {machine.assetTag} has no Service vendor. Fill in Service vendor in the Equipment sheet (a supplier
          from Suppliers) to address the request.
        </Notice>
      ) : !vendor ? (
        <Notice intent="warning">
          {vendorName} is not in Suppliers, so there is no email address. Add it to Suppliers with its email.
        </Notice>
      ) : null}
      {composed.problems.map((p) => (
        <Notice key={p.message} intent="warning">
          {p.message}
        </Notice>
      ))}
      <Field label="Fault to describe">
        <Textarea value={fault} onChange={(_, d) => setFault(d.value)} resize="vertical" />
      </Field>
      <Field label="On-site contact" hint="Name and phone, e.g. Ann Lee, 555 0100">
        <Input value={contact} onChange={(_, d) => setContact(d.value)} />
      </Field>
      <Field label="Subject">
        <Input readOnly value={composed.draft.subject} />
      </Field>
      <DraftButtons name={vendorName || machine.assetTag} draft={composed.draft} offers={offers} />
    </div>
  );
}
