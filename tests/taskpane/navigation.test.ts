import {
  createNavigationStore,
  isPageId,
  navigate,
  navigation,
  PAGE_IDS,
} from "../../src/taskpane/navigation";

describe("navigation store", () => {
  it("starts on Home and switches to the page asked for, telling subscribers", () => {
    const store = createNavigationStore();
    const seen: string[] = [];
    store.subscribe((page) => seen.push(page));
    expect(store.current()).toBe("home");
    store.navigate("orders");
    store.navigate("calls");
    expect(store.current()).toBe("calls");
    expect(seen).toEqual(["orders", "calls"]);
  });

  it("goes back through the pages visited, then stays on Home", () => {
    const store = createNavigationStore();
    store.navigate("inventory");
    store.navigate("suppliers");
    store.back();
    expect(store.current()).toBe("inventory");
    store.back();
    expect(store.current()).toBe("home");
    expect(store.canGoBack()).toBe(false);
    store.back();
    expect(store.current()).toBe("home");
  });

  it("does not notify when navigating to the page already shown, and stops after unsubscribe", () => {
    const store = createNavigationStore("settings");
    const listener = jest.fn();
    const unsubscribe = store.subscribe(listener);
    store.navigate("settings");
    expect(listener).not.toHaveBeenCalled();
    unsubscribe();
    store.navigate("home");
    expect(listener).not.toHaveBeenCalled();
    expect(store.current()).toBe("home");
  });

  it("refuses an unknown page name (ribbon code passes strings)", () => {
    const store = createNavigationStore();
    expect(() => store.navigate("invoices" as never)).toThrow(/Unknown page "invoices"/);
    expect(store.current()).toBe("home");
    expect(isPageId("equipment")).toBe(true);
    expect(isPageId("Equipment")).toBe(false);
  });

  it("the shared store is what navigate() drives, for the ribbon commands", () => {
    const before = navigation.current();
    navigate("candidates");
    expect(navigation.current()).toBe("candidates");
    navigation.navigate(before);
  });

  it("lists every page of the task pane", () => {
    expect([...PAGE_IDS].sort()).toEqual(
      [
        "calls",
        "candidates",
        "equipment",
        "home",
        "inventory",
        "orders",
        "overview",
        "settings",
        "staff",
        "suppliers",
      ].sort(),
    );
  });
});
