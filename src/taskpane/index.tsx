// Task pane entry (placeholder until the task pane shell lands).
import { createRoot } from "react-dom/client";

Office.onReady(() => {
  const root = document.getElementById("root");
  if (root) createRoot(root).render(<p>Back Office</p>);
});
