/**
 * @jest-environment jsdom
 */
// The preview page's Open and Save: a bad file leaves the workbook on screen (and the task pane's Excel)
// exactly as it was; a good one replaces both; Save downloads an .xlsx that opens to the same cells.
// (Under tests/preview, so written without JSX: this folder's test pattern is *.test.ts.)
import "@testing-library/jest-dom";
import "../../taskpane/support/jsdomGaps";
import { TextDecoder as NodeTextDecoder } from "node:util";
import { createElement } from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readXlsx } from "../../../src/preview/files/readXlsx";
import { installOfficeStandIn } from "../../../src/preview/officeStandIn";
import { PreviewApp } from "../../../src/preview/PreviewApp";
import { createSampleWorkbook } from "../../../src/preview/sample";
import { installExcel, type SimExcel, type SimWorkbook } from "../../../src/preview/simulator";
import { createNavigationStore } from "../../../src/taskpane/navigation";
import { recruitmentTracker } from "./fidelity/recruitmentTracker";

jest.setTimeout(60_000);

// jsdom lacks what the page uses from the browser: TextDecoder, ResizeObserver, Blob URLs.
const g = globalThis as unknown as Record<string, unknown>;
g.TextDecoder ??= NodeTextDecoder;
g.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
};

/** A File whose bytes can be read (jsdom's File has no arrayBuffer()). */
function file(name: string, content: string | Uint8Array): File {
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  const f = new File([bytes as BlobPart], name);
  Object.defineProperty(f, "arrayBuffer", { value: async () => bytes.slice().buffer });
  return f;
}

const excelWorkbook = () => (globalThis as unknown as { Excel: SimExcel }).Excel.workbook;

function renderPage(): SimWorkbook {
  const wb = createSampleWorkbook();
  installExcel(wb);
  installOfficeStandIn();
  render(
    createElement(PreviewApp, {
      workbook: wb,
      sample: "sample",
      appProps: { store: createNavigationStore() },
    }),
  );
  return wb;
}

/**
 * Waits for the task pane's Home (its Registers list). Home is loaded lazily; the first test of a run
 * compiles it, which takes longer than findBy's default second on a busy machine.
 */
async function registersShown(): Promise<HTMLElement> {
  return screen.findByRole("list", { name: "Registers" }, { timeout: 20_000 });
}

/** The page's message of `role` that says `text` (the task pane may have live regions of its own). */
async function messageSaying(role: "status" | "alert", text: string): Promise<HTMLElement> {
  return waitFor(() => {
    const found = screen.getAllByRole(role).find((el) => el.textContent?.includes(text));
    if (!found) throw new Error(`no ${role} says ${text}`);
    return found;
  });
}

async function choose(f: File): Promise<void> {
  // applyAccept off: a person can pick "All files" in the chooser (or drop any file).
  const user = userEvent.setup({ applyAccept: false });
  await user.upload(screen.getByLabelText("Open a workbook"), f);
}

/** Catches downloads: the names and the bytes of each. */
function downloads(): { names: string[]; bytes(): Promise<Uint8Array[]>; restore(): void } {
  const blobs: Blob[] = [];
  const names: string[] = [];
  URL.createObjectURL = (blob: Blob) => {
    blobs.push(blob);
    return "blob:preview/1";
  };
  URL.revokeObjectURL = () => undefined;
  const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    names.push(this.download);
  });
  const read = (blob: Blob) =>
    new Promise<Uint8Array>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
      reader.readAsArrayBuffer(blob);
    });
  return { names, bytes: () => Promise.all(blobs.map(read)), restore: () => click.mockRestore() };
}

describe("opening a file in the preview page", () => {
  test.each([
    ["Stock.ods", "x", 'choose "Excel Workbook (.xlsx)"'],
    ["Stock.xlsx", "Item,Qty\nPens,3\n", "is not a valid .xlsx workbook"],
    [
      "Kitchen.csv",
      new Uint8Array([0x49, 0x74, 0x65, 0x6d, 0x0a, 0x43, 0x61, 0x66, 0xe9, 0x0a]),
      "Windows-1252",
    ],
  ])(
    "a bad file (%s) is refused with an alert; the workbook and the task pane's Excel are untouched",
    async (name, content, says) => {
      const wb = renderPage();
      await registersShown();
      const before = wb.getValues("Supplies", "A1:M32");
      await choose(file(name, content));
      const alert = await messageSaying(
        "alert",
        `"${name}" was not opened; the workbook you had stays as it was.`,
      );
      expect(alert.textContent?.toLowerCase()).toContain(says.toLowerCase());
      expect(excelWorkbook()).toBe(wb);
      expect(wb.getValues("Supplies", "A1:M32")).toEqual(before);
      expect(screen.getByRole("grid", { name: "Sheet Supplies" })).toBeInTheDocument();
    },
  );

  test("a good CSV replaces the workbook on screen and the one the task pane works on", async () => {
    const wb = renderPage();
    await registersShown();
    await choose(file("Supplies list.csv", "Item,Supplier,Qty in stock\nPens,Northwind,12\n"));
    expect(await messageSaying("status", 'Opened "Supplies list.csv".')).toBeInTheDocument();
    const grid = await screen.findByRole("grid", { name: "Sheet Supplies list" });
    expect(within(grid).getByText("Northwind")).toBeInTheDocument();
    const opened = excelWorkbook();
    expect(opened).not.toBe(wb);
    expect(opened.getValues("Supplies list", "A2:C2")).toEqual([["Pens", "Northwind", 12]]);
    // The task pane starts afresh on it.
    expect(await screen.findByRole("list", { name: "Registers" })).toBeInTheDocument();
    expect(wb.sheetNames()).toContain("Supplies");
  });

  test("Save as .xlsx downloads a file that opens to the same cells", async () => {
    const wb = renderPage();
    await registersShown();
    const caught = downloads();
    await userEvent.setup().click(screen.getByRole("button", { name: "Save as .xlsx" }));
    expect(await messageSaying("status", 'Saved as "Back Office preview.xlsx"')).toBeInTheDocument();
    caught.restore();
    expect(caught.names).toEqual(["Back Office preview.xlsx"]);
    const [bytes] = await caught.bytes();
    const saved = (await readXlsx("Back Office preview.xlsx", bytes)).workbook;
    expect(saved.sheetNames()).toEqual(wb.sheetNames());
    expect(saved.getValues("Supplies", "A1:M32")).toEqual(wb.getValues("Supplies", "A1:M32"));
    await act(async () => undefined);
  });

  describe("saving an opened file", () => {
    async function openTracker(): Promise<SimWorkbook> {
      renderPage();
      await registersShown();
      await choose(file("Tracker.xlsx", await recruitmentTracker()));
      await messageSaying("status", 'Opened "Tracker.xlsx".');
      return excelWorkbook();
    }

    test("nothing left out: the message says every part of the original file was kept, and it was", async () => {
      const opened = await openTracker();
      expect(opened.sheetNames()).toEqual(["Candidates", "Dashboard", "Summary", "Calc"]);
      const caught = downloads();
      await userEvent.setup().click(screen.getByRole("button", { name: "Save as .xlsx" }));
      await messageSaying(
        "status",
        'Saved as "Tracker.xlsx" (in your downloads). Every part of the original file was kept.',
      );
      caught.restore();
      const [bytes] = await caught.bytes();
      const again = await readXlsx("Tracker.xlsx", bytes);
      expect(again.notes).toContain(
        "1 pivot table is not shown in the preview; saving keeps them unchanged.",
      );
    });

    test("a part that cannot be kept is named before saving; Cancel writes nothing, Save anyway says no more that all was kept", async () => {
      const opened = await openTracker();
      opened.sheets.splice(
        opened.sheets.findIndex((s) => s.name === "Summary"),
        1,
      );
      const caught = downloads();
      const user = userEvent.setup();
      await user.click(screen.getByRole("button", { name: "Save as .xlsx" }));
      const question = await messageSaying("status", "cannot keep everything in the original file");
      expect(question.textContent).toContain(
        "1 pivot table on Summary will be removed (the sheet was deleted).",
      );
      await user.click(within(question).getByRole("button", { name: "Cancel" }));
      expect(caught.names).toEqual([]);

      await user.click(screen.getByRole("button", { name: "Save as .xlsx" }));
      const again = await messageSaying("status", "cannot keep everything in the original file");
      await user.click(within(again).getByRole("button", { name: "Save anyway" }));
      const done = await messageSaying("status", 'Saved as "Tracker.xlsx"');
      caught.restore();
      expect(done.textContent).not.toContain("Every part of the original file was kept");
      expect(done.textContent).toContain("1 pivot table on Summary will be removed");
      expect(caught.names).toEqual(["Tracker.xlsx"]);
      const [bytes] = await caught.bytes();
      expect((await readXlsx("Tracker.xlsx", bytes)).workbook.sheetNames()).toEqual([
        "Candidates",
        "Dashboard",
        "Calc",
      ]);
    });
  });

  test("Open a workbook works from the keyboard: Enter on the button opens the file chooser", async () => {
    renderPage();
    await registersShown();
    const input = screen.getByLabelText("Open a workbook");
    expect(input).toHaveAttribute("type", "file");
    expect(input.getAttribute("accept")?.split(",")).toEqual(expect.arrayContaining([".xlsx", ".csv"]));
    const chooser = jest.spyOn(input, "click").mockImplementation(() => undefined);
    const open = screen.getByRole("button", { name: "Open a workbook" });
    open.focus();
    expect(open).toHaveFocus();
    await userEvent.setup().keyboard("{Enter}");
    expect(chooser).toHaveBeenCalledTimes(1);
  });

  test("a file dropped on the workbook opens like a chosen one", async () => {
    const wb = renderPage();
    await registersShown();
    const area = screen.getByRole("region", { name: "Workbook" }).firstElementChild as HTMLElement;
    const dataTransfer = { types: ["Files"], files: [file("Stock.numbers", "x")], dropEffect: "none" };
    fireEvent.dragOver(area, { dataTransfer });
    expect(screen.getByText("Drop a .xlsx or .csv file to open it")).toBeInTheDocument();
    fireEvent.drop(area, { dataTransfer });
    expect(await messageSaying("alert", "Apple Numbers spreadsheet (.numbers)")).toBeInTheDocument();
    expect(screen.queryByText("Drop a .xlsx or .csv file to open it")).not.toBeInTheDocument();
    expect(excelWorkbook()).toBe(wb);
  });
});
