// The ribbon buttons open the task pane on the page that does their job.
import { navigation } from "../../src/taskpane/navigation";

type Handler = (event: { completed: () => void }) => Promise<void>;

const handlers = new Map<string, Handler>();
const showAsTaskpane = jest.fn(async () => undefined);
(globalThis as unknown as { Office: unknown }).Office = {
  onReady: (callback: () => void) => {
    callback();
    return Promise.resolve({ host: "Excel" });
  },
  actions: { associate: (name: string, handler: Handler) => handlers.set(name, handler) },
  addin: { showAsTaskpane },
};

beforeAll(async () => {
  await import("../../src/commands/commands");
});

test.each([
  ["draftSupplierEmails", "orders"],
  ["logCall", "calls"],
  ["reportFault", "equipment"],
])("%s opens the task pane on the %s page and completes the event", async (name, page) => {
  navigation.navigate("home");
  const completed = jest.fn();
  const handler = handlers.get(name);
  expect(handler).toBeDefined();
  await handler!({ completed });
  expect(navigation.current()).toBe(page);
  expect(showAsTaskpane).toHaveBeenCalled();
  expect(completed).toHaveBeenCalledTimes(1);
});

test("a failure to show the pane still completes the event", async () => {
  showAsTaskpane.mockRejectedValueOnce(new Error("not supported"));
  const completed = jest.fn();
  await handlers.get("logCall")!({ completed });
  expect(completed).toHaveBeenCalledTimes(1);
});
