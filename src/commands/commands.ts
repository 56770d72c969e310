// Ribbon buttons. In the shared runtime these handlers live in the same page as the task pane, so a
// button can open the pane and switch it to the page that does the job, through the navigation store.
import { navigate, type PageId } from "../taskpane/navigation";

/** The ribbon's ExecuteFunction names (manifest.xml) and the task pane page each one opens. */
export const COMMAND_PAGES = {
  draftSupplierEmails: "orders",
  logCall: "calls",
  reportFault: "equipment",
} as const satisfies Record<string, PageId>;

export function openPageCommand(page: PageId) {
  return async (event: Office.AddinCommands.Event): Promise<void> => {
    try {
      navigate(page);
      await Office.addin.showAsTaskpane();
    } catch {
      // Nothing to show the person from a ribbon button; the pane is still switched for the next open.
    } finally {
      // Excel waits for this, with a spinner on the button, until it is called.
      event.completed();
    }
  };
}

export function registerCommands(): void {
  Office.actions.associate("draftSupplierEmails", openPageCommand(COMMAND_PAGES.draftSupplierEmails));
  Office.actions.associate("logCall", openPageCommand(COMMAND_PAGES.logCall));
  Office.actions.associate("reportFault", openPageCommand(COMMAND_PAGES.reportFault));
}

Office.onReady(() => registerCommands());
