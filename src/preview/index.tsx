// Preview entry (placeholder until the preview lands).
import { createRoot } from "react-dom/client";

const root = document.getElementById("root");
if (root) createRoot(root).render(<p>Back Office preview</p>);
