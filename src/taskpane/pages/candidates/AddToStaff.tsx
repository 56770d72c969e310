// "Add to Staff" for a Hired candidate: their row on Staff is filled from the candidate's (no retyping).
import { useState } from "react";
import { Button } from "@fluentui/react-components";
import { Outcome, type OutcomeNote } from "../../components/Outcome";

export function AddToStaff({ name, onAdd }: { name: string; onAdd: () => Promise<OutcomeNote> }) {
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<OutcomeNote | null>(null);
  return (
    <div>
      <p>Put {name} on the Staff register with their name, role, email and phone from here.</p>
      <Button
        appearance="primary"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void onAdd().then((n) => {
            setBusy(false);
            setNote(n);
          });
        }}
      >
        Add to Staff
      </Button>
      <Outcome note={note} />
    </div>
  );
}
