import "./support/layout";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { lazy } from "react";
import { App } from "../../src/taskpane/App";
import { createNavigationStore } from "../../src/taskpane/navigation";
import { PAGES } from "../../src/taskpane/pages";
import { standInPages } from "./support/standInPages";

// Fluent UI renders slowly under jsdom, and slower still when every test project runs at once.
jest.setTimeout(30_000);

const noRegisters = () => Promise.resolve([]);
// The shell's own behaviour, with every page but Home a stand-in (the pages have their own tests).
const placeholdersOnly = standInPages();

describe("task pane navigation", () => {
  it("reaches every page from the Pages menu using only the keyboard", async () => {
    const user = userEvent.setup();
    const store = createNavigationStore();
    render(<App store={store} loadRegisters={noRegisters} pageComponents={placeholdersOnly} />);
    await screen.findByRole("list", { name: "Registers" });

    for (const [index, page] of PAGES.entries()) {
      const menuButton = screen.getByRole("button", { name: /^Pages/ });
      menuButton.focus();
      await user.keyboard("{Enter}");
      const menu = await screen.findByRole("menu");
      // Focus moves into the menu, onto the current page's item; walk down to this page's item.
      const current = PAGES.findIndex((p) => p.id === store.current());
      await waitFor(() => expect(document.activeElement).toHaveTextContent(PAGES[current].label));
      expect(menu).toContainElement(document.activeElement as HTMLElement);
      for (let i = current; i < index; i++) await user.keyboard("{ArrowDown}");
      expect(document.activeElement).toHaveTextContent(page.label);
      await user.keyboard("{Enter}");
      expect(menu).not.toBeInTheDocument();
      expect(store.current()).toBe(page.id);
      const heading = screen.getByRole("heading", { level: 2 });
      expect(heading).toHaveTextContent(page.id === "home" ? "Registers in this workbook" : page.label);
    }
  });

  it("marks the current page in the menu", async () => {
    const user = userEvent.setup();
    const store = createNavigationStore("suppliers");
    render(<App store={store} loadRegisters={noRegisters} pageComponents={placeholdersOnly} />);
    await user.click(screen.getByRole("button", { name: "Pages, current page Suppliers" }));
    const menu = await screen.findByRole("menu");
    expect(within(menu).getByRole("menuitemradio", { name: "Suppliers" })).toHaveAttribute(
      "aria-checked",
      "true",
    );
    expect(within(menu).getByRole("menuitemradio", { name: "Orders" })).toHaveAttribute(
      "aria-checked",
      "false",
    );
  });

  it("Back returns to the previous page, and focus lands on the new page's heading", async () => {
    const user = userEvent.setup();
    const store = createNavigationStore();
    render(<App store={store} loadRegisters={noRegisters} pageComponents={placeholdersOnly} />);
    await user.click(await screen.findByRole("button", { name: "Open Equipment" }));
    expect(screen.getByRole("heading", { level: 2, name: "Equipment" })).toHaveFocus();
    act(() => store.navigate("settings"));
    expect(await screen.findByRole("heading", { level: 2, name: "Settings" })).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Back" }));
    expect(screen.getByRole("heading", { level: 2, name: "Equipment" })).toHaveFocus();
    await user.click(screen.getByRole("button", { name: "Back" }));
    expect(
      await screen.findByRole("heading", { level: 2, name: "Registers in this workbook" }),
    ).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Back" })).not.toBeInTheDocument();
  });

  it("follows the store when a ribbon command navigates", async () => {
    const store = createNavigationStore();
    render(<App store={store} loadRegisters={noRegisters} pageComponents={placeholdersOnly} />);
    await screen.findByRole("list", { name: "Registers" });
    act(() => store.navigate("orders"));
    expect(await screen.findByRole("heading", { level: 2, name: "Orders" })).toBeInTheDocument();
  });

  it("every page in the list loads a page component of its own", async () => {
    const modules = await Promise.all(PAGES.map((p) => p.load()));
    modules.forEach((m) => expect(typeof m.default).toBe("function"));
    expect(new Set(modules.map((m) => m.default)).size).toBe(PAGES.length);
  });

  it("shows a registered page, loaded on demand, and tells it to focus its heading after navigation", async () => {
    const seen: boolean[] = [];
    function OrdersStandIn({ focusHeading }: { focusHeading: boolean }) {
      seen.push(focusHeading);
      return <h2>Orders stand-in</h2>;
    }
    const pages = { ...placeholdersOnly, orders: lazy(() => Promise.resolve({ default: OrdersStandIn })) };
    const store = createNavigationStore();
    render(<App store={store} loadRegisters={noRegisters} pageComponents={pages} />);
    await screen.findByRole("list", { name: "Registers" });
    act(() => store.navigate("orders"));
    expect(await screen.findByRole("heading", { level: 2, name: "Orders stand-in" })).toBeInTheDocument();
    expect(seen.at(-1)).toBe(true);
    act(() => store.navigate("calls"));
    expect(await screen.findByRole("heading", { level: 2, name: "Calls" })).toHaveFocus();
  });
});
