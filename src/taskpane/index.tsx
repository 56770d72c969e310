// Task pane entry: waits for Office, then renders the App in Office's theme.
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { themeFromOffice } from "./theme";

Office.onReady(() => {
  const root = document.getElementById("root");
  if (!root) return;
  // officeTheme is undefined outside Office hosts that support it (and in the preview).
  const theme = themeFromOffice(Office.context?.officeTheme);
  createRoot(root).render(<App theme={theme} />);
});
