// Preview entry: a simulated workbook stands in for Excel and a stand-in for Office, so the task pane
// runs unchanged beside a grid view of the workbook. No office.js is loaded.
import { createRoot } from "react-dom/client";
import { installExcel, type SimWorkbook } from "./simulator";
import { attachFormulaEngine } from "./formulas/engine";
import { installOfficeStandIn } from "./officeStandIn";
import { createPersonEdits } from "./personEdits";
import { PreviewApp } from "./PreviewApp";
import { SAMPLE_WORKBOOKS, sampleFromQuery } from "./sample";

/**
 * Makes a workbook the one on screen: the bundled one at start, then each file the person opens
 * (only once it has been read completely).
 */
function activate(workbook: SimWorkbook): void {
  // Live formulas: every formula computed now, and again as the cells it reads change.
  attachFormulaEngine(workbook);
  installExcel(workbook);
  // Browser tests (tests/e2e) inspect the simulated workbook through this handle.
  (globalThis as unknown as { backOfficePreview: unknown }).backOfficePreview = { workbook };
}

const { name: sample, message } = sampleFromQuery(globalThis.location?.search ?? "");
const workbook = SAMPLE_WORKBOOKS[sample].create();
activate(workbook);
installOfficeStandIn();

Office.onReady(() => {
  const root = document.getElementById("root");
  if (root)
    createRoot(root).render(
      <PreviewApp
        workbook={workbook}
        edits={createPersonEdits(workbook)}
        sample={sample}
        notice={message}
        activate={activate}
      />,
    );
});
