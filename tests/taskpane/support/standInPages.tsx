// Light stand-ins for the task pane's pages, for tests of the shell (navigation, focus, the error
// boundary): each shows its page's heading and summary. Home stays the real one unless asked.
import type { PageComponents } from "../../../src/taskpane/App";
import { PageHeading } from "../../../src/taskpane/components/PageHeading";
import { PAGES, type PageId, type PageProps } from "../../../src/taskpane/pages";

export function standInPages(keep: readonly PageId[] = ["home"]): PageComponents {
  const out: PageComponents = {};
  for (const page of PAGES) {
    if (keep.includes(page.id)) continue;
    out[page.id] = function StandIn({ focusHeading }: PageProps) {
      return (
        <section aria-labelledby={`${page.id}-heading`}>
          <PageHeading id={`${page.id}-heading`} focusOnMount={focusHeading}>
            {page.label}
          </PageHeading>
          <p>{page.summary}</p>
        </section>
      );
    };
  }
  return out;
}
