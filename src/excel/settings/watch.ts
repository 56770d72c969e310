// Settings are shared by every co-author (DESIGN.md "Settings"): pages re-read them when someone changes
// them. Excel raises SettingsChanged for a change made by anyone, this client included.
import { runExcel } from "../run";

/**
 * Calls `onChange` whenever the workbook's settings change. Resolves to a function that stops watching
 * (the handler is removed in the context it was added in, as Office requires). 1 sync each way.
 */
export async function watchSettings(onChange: () => void): Promise<() => Promise<void>> {
  let handle: OfficeExtension.EventHandlerResult<Excel.SettingsChangedEventArgs> | undefined;
  await runExcel("Watching the settings for changes", async (context) => {
    handle = context.workbook.settings.onSettingsChanged.add(async () => {
      onChange();
    });
    await context.sync();
  });
  return async () => {
    const h = handle;
    handle = undefined;
    if (!h) return;
    await Excel.run(h.context, async (context) => {
      h.remove();
      await context.sync();
    });
  };
}
