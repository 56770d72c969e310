// Page policies from build/csp.cjs: the static help page copied into dist/ gets a no-script policy.
import { STATIC_PAGE_POLICY, addCspMeta, contentSecurityPolicy } from "../../build/csp.cjs";

const page =
  '<!doctype html>\n<html lang="en">\n  <head>\n    <title>Help</title>\n  </head>\n  <body></body>\n</html>\n';

describe("addCspMeta", () => {
  test("puts the policy first in <head> of a page without one", () => {
    const out = addCspMeta(page, STATIC_PAGE_POLICY);
    expect(out).toMatch(
      /<head>\s*<meta http-equiv="Content-Security-Policy" content="default-src 'none';[^"]*" \/>\s*<title>/,
    );
    expect(out.replace(/\s*<meta http-equiv[^>]*>/, "")).toBe(page);
  });

  test("leaves a page that has its own policy alone", () => {
    const own = page.replace(
      "<head>",
      `<head><meta http-equiv="Content-Security-Policy" content="default-src 'self'">`,
    );
    expect(addCspMeta(own, STATIC_PAGE_POLICY)).toBe(own);
  });

  test("refuses a page without <head>", () => {
    expect(() => addCspMeta("<p>hi</p>", STATIC_PAGE_POLICY)).toThrow(/no <head>/);
  });
});

describe("contentSecurityPolicy", () => {
  test("allows Office's script host only for the task pane, and the dev socket only in development", () => {
    const taskpane = contentSecurityPolicy({ officeJs: true, devSocket: null });
    expect(taskpane).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(taskpane).toContain("connect-src 'self';");
    const preview = contentSecurityPolicy({ officeJs: false, devSocket: "wss://localhost:3000" });
    expect(preview).toContain("script-src 'self';");
    expect(preview).toContain("connect-src 'self' wss://localhost:3000;");
    expect(`${taskpane};${preview}`).not.toMatch(/unsafe-eval/);
  });
});
