// Add a candidate. An email already in the register is flagged before anything is written; the person
// can then add anyway (two people may share an address) or correct it.
import { useState } from "react";
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { checkNewCandidate, type NewCandidateInput } from "../../../core/candidates";
import { Outcome, type OutcomeNote } from "../../components/Outcome";
import type { AddCandidateResult } from "./candidatesApi";

const useStyles = makeStyles({ form: { display: "grid", gap: tokens.spacingVerticalS } });
const EMPTY: NewCandidateInput = { name: "", email: "", phone: "", position: "", source: "", cvLink: "" };

export interface AddCandidateProps {
  onAdd: (input: NewCandidateInput, allowDuplicate: boolean) => Promise<AddCandidateResult>;
}

/** The form's fields, what the last Add said, and whether "Add anyway" is offered. */
function useAddCandidate(onAdd: AddCandidateProps["onAdd"]) {
  const [form, setForm] = useState<NewCandidateInput>(EMPTY);
  const [note, setNote] = useState<OutcomeNote | null>(null);
  const [duplicateOf, setDuplicateOf] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = (key: keyof NewCandidateInput) => ({
    value: form[key] ?? "",
    onChange: (_: unknown, d: { value: string }) => {
      setForm((f) => ({ ...f, [key]: d.value }));
      if (key === "email") setDuplicateOf(null);
    },
  });

  const add = async (allowDuplicate: boolean) => {
    const errors = checkNewCandidate(form);
    if (errors.length) {
      setNote({ intent: "error", text: errors.join(" ") });
      return;
    }
    setBusy(true);
    try {
      const r = await onAdd(form, allowDuplicate);
      if (r.added) {
        setNote({ intent: "success", text: `Added ${r.key}: ${form.name.trim()}, at Applied.` });
        setForm(EMPTY);
        setDuplicateOf(null);
      } else {
        const who = r.duplicates.map((d) => `${d.name} (${d.key})`).join(", ");
        setDuplicateOf(who);
        setNote({
          intent: "warning",
          text: `${form.email.trim()} is already in the register: ${who}. Nothing was added.`,
        });
      }
    } catch (err) {
      setNote({ intent: "error", text: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  };

  return { field, add, note, duplicateOf, busy };
}

export function AddCandidate({ onAdd }: AddCandidateProps) {
  const styles = useStyles();
  const { field, add, note, duplicateOf, busy } = useAddCandidate(onAdd);
  return (
    <form
      className={styles.form}
      aria-label="Add a candidate"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void add(false);
      }}
    >
      <Field label="Name" required>
        <Input {...field("name")} />
      </Field>
      <Field label="Email">
        <Input type="email" {...field("email")} />
      </Field>
      <Field label="Phone">
        <Input type="tel" {...field("phone")} />
      </Field>
      <Field label="Position" required>
        <Input {...field("position")} />
      </Field>
      <Field label="Source">
        <Input {...field("source")} />
      </Field>
      <Field label="CV link" hint="A link to the CV where it is stored; the add-in never keeps CVs.">
        <Input type="url" {...field("cvLink")} />
      </Field>
      <div>
        <Button type="submit" appearance="primary" disabled={busy}>
          Add candidate
        </Button>{" "}
        {duplicateOf && (
          <Button disabled={busy} onClick={() => void add(true)}>
            Add anyway
          </Button>
        )}
      </div>
      <Outcome note={note} />
    </form>
  );
}
