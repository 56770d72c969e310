// Journey 4: the add-in makes no request of its own beyond this machine. Every journey already fails on
// one (support/pageWatch.ts); this file walks the whole preview on purpose and proves the guard works,
// and that the watch's other reports (console warnings, invalid nesting) fire.
import { SAMPLE_SHEETS } from "../../src/preview/sample";
import { PAGES } from "../../src/taskpane/pages";
import { describeE2E } from "./support/harness";
import { isLocalUrl, watchPage } from "./support/pageWatch";
import { eventually } from "./support/poll";

describe("isLocalUrl", () => {
  test.each([
    ["http://127.0.0.1:41234/preview.html", true],
    ["http://localhost:3000/taskpane.html", true],
    ["https://localhost/x.js", true],
    ["ws://127.0.0.1:3000/ws", true],
    ["http://[::1]:8080/", true],
    ["data:image/png;base64,AAAA", true],
    ["blob:http://127.0.0.1:41234/5c1f", true],
    ["https://appsforoffice.microsoft.com/lib/1/hosted/office.js", false],
    ["https://outlook.office.com/mail/deeplink/compose", false],
    ["http://127.0.0.1.example.com/", false],
    ["http://localhost.example.com/", false],
    ["https://fonts.gstatic.com/s/x.woff2", false],
    ["not a url", false],
  ])("%s → %s", (url, local) => {
    expect(isLocalUrl(url)).toBe(local);
  });
});

describeE2E("requests", ({ journey, context, baseUrl }) => {
  journey("the preview loads everything from localhost, on every page and sheet", "requests", async (ui) => {
    for (const sheet of SAMPLE_SHEETS) await ui.selectSheet(sheet.name);
    for (const page of PAGES.filter((p) => p.id !== "home")) await ui.goToPage(page.label);
    await ui.goToPage("Home");

    const requests = ui.watch.requests;
    const pagePath = (url: string) => new URL(url).pathname;
    expect(requests.map(pagePath)).toContain("/preview.html");
    expect(requests.filter((url) => pagePath(url).endsWith(".js")).length).toBeGreaterThan(0);
    expect(requests.filter((url) => !isLocalUrl(url))).toEqual([]);
    expect(ui.watch.outside).toEqual([]);
  });

  test("the guard blocks and reports a request to another host, and a missing local file", async () => {
    const page = await context().newPage();
    try {
      const watch = await watchPage(page);
      // A bare page (no CSP) so the requests reach the guard; the outside one is aborted, never sent.
      await page.setContent(
        `<img alt="" src="https://example.com/pixel.png"><img alt="" src="${baseUrl()}no-such-file.png">`,
      );
      await page.waitForFunction(() => Array.from(document.images).every((img) => img.complete));
      expect(watch.outside).toEqual(["GET https://example.com/pixel.png (image)"]);
      const problems = watch.problems();
      expect(problems).toEqual(
        expect.arrayContaining([
          "Request outside localhost (blocked): GET https://example.com/pixel.png (image)",
          `HTTP 404 for GET ${baseUrl()}no-such-file.png`,
        ]),
      );
      watch.allow(/example\.com|no-such-file|ERR_BLOCKED_BY_CLIENT|404/, "provoked by this test");
      expect(watch.problems()).toEqual([]);
      expect(() => watch.allow(/x/, " ")).toThrow(/Say why/);
    } finally {
      await page.close();
    }
  });

  test("a console warning and an element nested where HTML forbids it are reported", async () => {
    const page = await context().newPage();
    try {
      const watch = await watchPage(page);
      await page.goto("about:blank");
      // Built element by element, as React does (the HTML parser would close the <p> itself).
      await page.evaluate(() => {
        const p = document.createElement("p");
        p.textContent = "Service ";
        const badge = document.createElement("div");
        badge.textContent = "Overdue";
        p.appendChild(badge);
        document.body.appendChild(p);
        const fine = document.createElement("p");
        fine.appendChild(document.createElement("span"));
        document.body.appendChild(fine);
        const button = document.createElement("button");
        button.appendChild(document.createElement("button"));
        document.body.appendChild(button);
        console.warn("Each child in a list should have a unique key");
      });
      const problems = await eventually(
        async () => watch.problems(),
        (found) => expect(found.length).toBeGreaterThanOrEqual(3),
      );
      // The nesting is reported when the page's task ends (a mutation observer), after the warning.
      expect(problems.map((p) => p.replace(/ \(at .*\)$/, ""))).toEqual([
        "console.warn: Each child in a list should have a unique key",
        'console.error: Invalid DOM nesting: <div> inside <p> "Service Overdue"',
        'console.error: Invalid DOM nesting: <button> inside <button> ""',
      ]);
    } finally {
      await page.close();
    }
  });

  test("a window the page opens is guarded from its first request", async () => {
    const page = await context().newPage();
    try {
      const watch = await watchPage(page);
      await page.setContent("<p>opener</p>");
      const [popup] = await Promise.all([
        page.waitForEvent("popup"),
        page.evaluate(() => {
          window.open("https://example.com/compose?to=a%40b.example", "_blank");
        }),
      ]);
      await popup.waitForLoadState().catch(() => undefined);
      await popup.close();
      expect(watch.popups).toEqual(["https://example.com/compose?to=a%40b.example"]);
      expect(watch.outside).toEqual(["GET https://example.com/compose?to=a%40b.example (document)"]);
    } finally {
      await page.close();
    }
  });
});
