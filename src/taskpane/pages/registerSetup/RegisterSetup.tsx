// "Set up a register", shown by a register page while its register is missing: create an empty one, or
// convert a sheet (or the selection) after confirming the header mapping, then see the problems list.
import { useEffect, useId, useState } from "react";
import { Button, Dropdown, Field, Option, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { Notice } from "../../components/Notice";
import { registerById } from "../../../core/registers/definitions";
import type { RegisterId } from "../../../core/registers/types";
import type { RowProblem } from "../../../core/registers/validate";
import { ActionError } from "./ActionError";
import { MappingReview } from "./MappingReview";
import { ProblemsList } from "./ProblemsList";
import {
  workbookSetupApi,
  type ConvertResult,
  type Inspection,
  type SetupApi,
  type SheetSource,
} from "./setupApi";

const useStyles = makeStyles({
  // Grid items default to min-width: auto; 0 lets long names and addresses wrap in a 320 px pane.
  root: { display: "grid", gap: tokens.spacingVerticalM, overflowWrap: "anywhere", "& > *": { minWidth: 0 } },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
  heading: { fontSize: tokens.fontSizeBase400, margin: 0 },
});

export interface RegisterSetupProps {
  registerId: RegisterId;
  /** Called once the register exists (created, or converted and the person moves on). */
  onReady: () => void;
  /** The workbook actions; tests or the preview may pass others. */
  api?: SetupApi;
}

type Step =
  | { kind: "choose" }
  | { kind: "review"; inspection: Inspection; mapping: (string | null)[] }
  | { kind: "converted"; sheetName: string; address: string; problems: RowProblem[]; notes: string[] };

/** What the conversion changed, in sentences (values themselves are never changed). */
function changes(result: ConvertResult): string[] {
  const out = result.renamedHeaders.map((r) =>
    r.from === ""
      ? `${r.address} gets the header "${r.to}".`
      : `"${r.from}" (${r.address}) is now "${r.to}".`,
  );
  if (result.addedColumns.length) out.push(`Added on the right: ${result.addedColumns.join(", ")}.`);
  if (result.idsAdded) out.push(`${result.idsAdded} ID${result.idsAdded === 1 ? "" : "s"} added.`);
  if (result.unmerged.length)
    out.push(`Unmerged (each value kept in its first cell): ${result.unmerged.join(", ")}.`);
  if (result.replacedTables.length)
    out.push(`Tables replaced by the register: ${result.replacedTables.join(", ")}.`);
  return [...out, ...result.notes.filter((n) => !out.includes(n))];
}

export function RegisterSetup({ registerId, onReady, api = workbookSetupApi }: RegisterSetupProps) {
  const styles = useStyles();
  const def = registerById(registerId);
  const headingId = useId();
  const [sheets, setSheets] = useState<string[] | null>(null);
  const [sheet, setSheet] = useState<string>("");
  const [step, setStep] = useState<Step>({ kind: "choose" });
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    api.listSheets().then(
      (names) => live && setSheets(names),
      (err) => live && setError(err),
    );
    return () => {
      live = false;
    };
  }, [api]);

  async function act<T>(label: string, run: () => Promise<T>): Promise<T | undefined> {
    setBusy(label);
    setError(null);
    try {
      return await run();
    } catch (err) {
      setError(err);
      return undefined;
    } finally {
      setBusy(null);
    }
  }

  const create = async () => {
    const done = await act(`Creating the ${def.name} register…`, () => api.createRegister(def));
    if (done) onReady();
  };

  const inspect = async (source: SheetSource) => {
    const inspection = await act("Reading the sheet…", () => api.inspectSheet(def, source));
    if (!inspection) return;
    if (!inspection.ok) {
      const why = inspection.problems.filter((p) => p.severity === "error").map((p) => p.message);
      setError(new Error(why.join(" ") || "This sheet cannot be converted."));
      return;
    }
    setStep({ kind: "review", inspection, mapping: [...inspection.mapping] });
  };

  const convert = async () => {
    if (step.kind !== "review") return;
    const result = await act(`Converting to the ${def.name} register…`, () =>
      api.convertToRegister(def, step.inspection, step.mapping),
    );
    if (result)
      setStep({
        kind: "converted",
        sheetName: result.sheetName,
        address: result.address,
        problems: result.problems,
        notes: changes(result),
      });
  };

  const checkAgain = async () => {
    if (step.kind !== "converted") return;
    const problems = await act("Checking…", () => api.validate(def));
    if (problems) setStep({ ...step, problems });
  };

  const goTo = (address: string) => {
    void act(`Going to ${address}…`, () => api.goToCell(address));
  };

  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <h3 id={headingId} className={styles.heading}>
        Set up the {def.name} register
      </h3>
      {error !== null && <ActionError error={error} />}
      {busy && <Spinner size="tiny" label={busy} />}

      {step.kind === "choose" && (
        <>
          <Notice intent="info">
            This workbook has no {def.name} register yet (a table named {def.tableName}). Create an empty one,
            or convert a sheet you already keep.
          </Notice>
          <div className={styles.row}>
            <Button appearance="primary" onClick={create} disabled={busy !== null}>
              Create empty register
            </Button>
          </div>
          <section aria-label="Convert a sheet">
            <h4>Convert a sheet</h4>
            <div className={styles.row}>
              <Field label="Sheet to convert">
                <Dropdown
                  placeholder={sheets === null ? "Loading sheets…" : "Choose a sheet"}
                  value={sheet}
                  selectedOptions={sheet ? [sheet] : []}
                  onOptionSelect={(_e, data) => setSheet(data.optionValue ?? "")}
                  disabled={sheets === null}
                >
                  {(sheets ?? []).map((name) => (
                    <Option key={name} value={name}>
                      {name}
                    </Option>
                  ))}
                </Dropdown>
              </Field>
              <Button onClick={() => inspect({ sheet })} disabled={!sheet || busy !== null}>
                Convert this sheet
              </Button>
            </div>
            <div className={styles.row}>
              <Button onClick={() => inspect({ selection: true })} disabled={busy !== null}>
                Use the current selection
              </Button>
            </div>
          </section>
        </>
      )}

      {step.kind === "review" && (
        <MappingReview
          def={def}
          inspection={step.inspection}
          mapping={step.mapping}
          onChange={(mapping) => setStep({ ...step, mapping })}
          onConfirm={convert}
          onCancel={() => setStep({ kind: "choose" })}
          onGoTo={goTo}
          busy={busy !== null}
        />
      )}

      {step.kind === "converted" && (
        <>
          <Notice intent="success">
            {`"${step.sheetName}" is now the ${def.name} register (${step.address}). Every original value was kept.`}
          </Notice>
          {step.notes.length > 0 && (
            <ul aria-label="What changed">
              {step.notes.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
          <ProblemsList
            problems={step.problems}
            onGoTo={goTo}
            onCheckAgain={checkAgain}
            checking={busy === "Checking…"}
          />
          <div className={styles.row}>
            <Button appearance="primary" onClick={onReady}>
              Continue to {def.name}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}

export default RegisterSetup;
