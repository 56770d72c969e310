// The harness's own parts that need no browser: the static server and finding Chromium.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findChromium, missingChromiumMessage } from "./support/chromium";
import { startStaticServer, type StaticServer } from "./support/server";

interface Reply {
  status: number;
  type: string | undefined;
  body: string;
}

/** A raw GET, so paths like /../x reach the server unnormalised. */
function fetchRaw(base: string, path: string): Promise<Reply> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    get({ hostname, port, path }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, type: res.headers["content-type"], body }));
    }).on("error", reject);
  });
}

describe("static server", () => {
  let root: string;
  let outside: string;
  let server: StaticServer;

  beforeAll(async () => {
    const base = mkdtempSync(join(tmpdir(), "backoffice-server-"));
    root = join(base, "dist");
    outside = join(base, "secret.txt");
    mkdirSync(join(root, "assets"), { recursive: true });
    writeFileSync(join(root, "preview.html"), "<!doctype html><title>p</title>");
    writeFileSync(join(root, "app.4f2a.js"), "console.log(1)");
    writeFileSync(join(root, "functions.json"), "{}");
    writeFileSync(join(root, "assets", "icon 32.png"), "png");
    writeFileSync(outside, "not for the browser");
    server = await startStaticServer(root);
  });

  afterAll(async () => {
    await server.close();
    rmSync(join(root, ".."), { recursive: true, force: true });
  });

  test("listens on 127.0.0.1 on a port of its own", () => {
    const url = new URL(server.url);
    expect(url.hostname).toBe("127.0.0.1");
    expect(Number(url.port)).toBeGreaterThan(0);
  });

  test.each([
    ["/preview.html", "text/html; charset=utf-8"],
    ["/app.4f2a.js", "text/javascript; charset=utf-8"],
    ["/functions.json", "application/json; charset=utf-8"],
    ["/assets/icon%2032.png", "image/png"],
  ])("serves %s as %s", async (path, type) => {
    const reply = await fetchRaw(server.url, path);
    expect(reply.status).toBe(200);
    expect(reply.type).toBe(type);
  });

  test("answers 404 for a missing file and for paths that climb out of dist", async () => {
    expect((await fetchRaw(server.url, "/nope.js")).status).toBe(404);
    const climb = await fetchRaw(server.url, "/../secret.txt");
    const encoded = await fetchRaw(server.url, "/%2e%2e/secret.txt");
    expect([climb.status, encoded.status]).toEqual([404, 404]);
    expect(climb.body + encoded.body).not.toContain("not for the browser");
  });

  test("records what was asked for", () => {
    expect(server.requested).toContain("/preview.html");
  });

  test("refuses to start on a folder without the preview, saying how to build it", async () => {
    const empty = mkdtempSync(join(tmpdir(), "backoffice-empty-"));
    try {
      await expect(startStaticServer(empty)).rejects.toThrow(/npx webpack --mode production/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});

describe("finding Chromium", () => {
  test("CHROMIUM_PATH wins, and a path that is not there means none", () => {
    const missing = join(tmpdir(), "no-such-dir", "chromium");
    expect(findChromium({ CHROMIUM_PATH: missing })).toBeNull();
    expect(missingChromiumMessage({ CHROMIUM_PATH: missing })).toContain(`CHROMIUM_PATH=${missing}`);
  });

  test("a file that is not executable is not a browser", () => {
    const dir = mkdtempSync(join(tmpdir(), "backoffice-chromium-"));
    const file = join(dir, "chromium");
    writeFileSync(file, "not a program", { mode: 0o644 });
    try {
      expect(findChromium({ CHROMIUM_PATH: file })).toBeNull();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
