// The PreviewUi helpers that register journeys lean on, checked on a bare page of known content so a
// broken helper shows up here rather than as a puzzling journey failure.
import { describeE2E } from "./support/harness";
import { watchPage } from "./support/pageWatch";
import { PANE_SELECTOR, PreviewUi } from "./support/previewUi";

const PANE = `
  <div data-pane="task-pane">
    <label for="who">Caller</label><input id="who" value="old">
    <button type="button" onclick="document.getElementById('out').textContent = document.getElementById('who').value">Save call</button>
    <p id="out"></p>
    <a download="draft.eml" href="data:message/rfc822,X-Unsent%3A%201%0D%0ASubject%3A%20Order">Download draft</a>
  </div>`;

describeE2E("preview UI helpers", ({ context, baseUrl }) => {
  test("fill, button and download act on the task pane as a person would", async () => {
    const page = await context().newPage();
    try {
      const ui = new PreviewUi(page, await watchPage(page), baseUrl());
      await page.setContent(PANE);
      expect(PANE_SELECTOR).toBe('[data-pane="task-pane"]');
      await ui.fill("Caller", "Dana Whitfield");
      await ui.button("Save call").click();
      expect(await page.locator("#out").textContent()).toBe("Dana Whitfield");
      const file = await ui.download(() => ui.pane.getByRole("link", { name: "Download draft" }).click());
      expect(file).toEqual({ name: "draft.eml", text: "X-Unsent: 1\r\nSubject: Order" });
    } finally {
      await page.close();
    }
  });
});
