// A page that fails shows a clear message with what to do, and Try again mounts it afresh.
import "../support/layout";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { lazy, useEffect, useState, type ReactElement } from "react";
import { runExcel } from "../../../src/excel/run";
import { installExcel, SimWorkbook } from "../../../src/preview/simulator";
import { App } from "../../../src/taskpane/App";
import { createNavigationStore } from "../../../src/taskpane/navigation";
import type { PageProps } from "../../../src/taskpane/pages";

jest.setTimeout(30_000);

const noRegisters = () => Promise.resolve([]);
const asPage = (C: (p: PageProps) => ReactElement) => lazy(() => Promise.resolve({ default: C }));

beforeEach(() => {
  // React and the boundary log caught errors; they are expected here.
  jest.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => jest.restoreAllMocks());

test("a page that throws while rendering shows what happened and what to do; Try again remounts it", async () => {
  const user = userEvent.setup();
  // Broken until the cause goes away (say, a co-author puts a column back); React itself may retry a
  // failed render once, so the page fails for as long as the cause is there.
  let broken = true;
  let mounts = 0;
  function Flaky() {
    useState(() => ++mounts);
    if (broken) throw new Error("Cannot read the count column");
    return <p>Inventory is back</p>;
  }
  render(
    <App
      store={createNavigationStore("inventory")}
      loadRegisters={noRegisters}
      pageComponents={{ inventory: asPage(Flaky) }}
    />,
  );
  const alert = await screen.findByRole("alert");
  expect(alert).toHaveTextContent("Inventory stopped working.");
  expect(alert).toHaveTextContent("Cannot read the count column");
  expect(alert).toHaveTextContent(/Choose Try again/);
  // The header and the menu are still there: the person can go elsewhere.
  expect(screen.getByRole("button", { name: /^Pages/ })).toBeInTheDocument();

  broken = false;
  const mountsBefore = mounts;
  await user.click(screen.getByRole("button", { name: "Try again" }));
  expect(await screen.findByText("Inventory is back")).toBeInTheDocument();
  expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  // A new instance of the page, not the old one re-rendered.
  expect(mounts).toBe(mountsBefore + 1);
});

test("an Office error (a request over 5 MB) reaches the person with Excel's limit and what to do", async () => {
  const wb = new SimWorkbook();
  wb.addSheet("Notes");
  installExcel(wb);
  // ~6 MB of text in one request: the simulator refuses it as Excel on the web does.
  const huge = Array.from({ length: 200 }, () => ["x".repeat(30_000)]);
  function SavesTooMuch() {
    const [error, setError] = useState<unknown>();
    useEffect(() => {
      runExcel("Saving the notes", async (context) => {
        context.workbook.worksheets.getItem("Notes").getRange("A1:A200").values = huge;
        await context.sync();
      }).catch(setError);
    }, []);
    // Errors of async work are handed to the boundary by throwing them while rendering.
    if (error) throw error;
    return <p>Saving…</p>;
  }
  render(
    <App
      store={createNavigationStore("inventory")}
      loadRegisters={noRegisters}
      pageComponents={{ inventory: asPage(SavesTooMuch) }}
    />,
  );
  const alert = await screen.findByRole("alert");
  expect(alert).toHaveTextContent("Inventory stopped working.");
  expect(alert).toHaveTextContent(/saving the notes: more than 5 MB was sent at once/);
  expect(alert).toHaveTextContent(/shorten very long texts in the register or split it/);
  // Nothing of the refused request was written.
  expect(wb.getValues("Notes", "A1:A1")).toEqual([[""]]);
});
