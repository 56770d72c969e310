// `npm start` serves the add-in: starts scripts/start.mjs as its own process group on a free port,
// waits for the preview to answer over https, checks what Excel loads, and stops it.
import { spawn, type ChildProcess } from "node:child_process";
import { request } from "node:https";
import { createServer } from "node:net";
import { root } from "./support/dist";

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

// The dev server's certificate is self-made on machines without office-addin-dev-certs.
function get(url: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { rejectUnauthorized: false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("npm start", () => {
  let server: ChildProcess | undefined;
  let output = "";
  let origin = "";

  beforeAll(async () => {
    const port = await freePort();
    origin = `https://localhost:${port}`;
    server = spawn(process.execPath, ["scripts/start.mjs"], {
      cwd: root,
      detached: true,
      env: { ...process.env, PORT: String(port) },
      stdio: ["ignore", "pipe", "pipe"],
    });
    server.stdout?.on("data", (chunk) => (output += chunk));
    server.stderr?.on("data", (chunk) => (output += chunk));
    let exited = false;
    server.on("exit", () => (exited = true));
    // Wait for the first compile: the preview answers, and the instructions are printed after it.
    for (let attempt = 0; attempt < 180 && !exited; attempt++) {
      const answer = await get(`${origin}/preview.html`).catch(() => undefined);
      if (answer?.status === 200 && output.includes("Stop with Ctrl+C")) return;
      await pause(500);
    }
    throw new Error(`the dev server did not come up:\n${output.slice(-3000)}`);
  }, 120_000);

  afterAll(async () => {
    if (server?.pid && server.exitCode === null) {
      const stopped = new Promise((resolve) => server?.once("exit", resolve));
      process.kill(-server.pid, "SIGTERM");
      await stopped;
    }
  }, 30_000);

  test("prints the preview address and how to sideload into Excel", () => {
    expect(output).toContain(`${origin}/preview.html`);
    expect(output).toContain("npx office-addin-debugging start manifest.xml");
    expect(output).toMatch(/Upload My Add-in/);
  });

  test("serves the preview page with its scripts and no office.js", async () => {
    const preview = await get(`${origin}/preview.html`);
    expect(preview.body).toContain('<div id="root">');
    expect(preview.body).not.toMatch(/<script[^>]+office\.js/);
    const scripts = [...preview.body.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]);
    expect(scripts).toEqual(expect.arrayContaining(["preview.js"]));
    for (const script of scripts)
      expect({ script, status: (await get(`${origin}/${script}`)).status }).toEqual({ script, status: 200 });
  });

  test("serves what Excel loads: the task pane page, functions.json and the manifest, to any origin", async () => {
    const taskpane = await get(`${origin}/taskpane.html`);
    expect(taskpane.status).toBe(200);
    expect(taskpane.body).toContain("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(taskpane.body).toMatch(/connect-src 'self' wss:\/\/localhost:\d+/);
    expect(taskpane.headers["access-control-allow-origin"]).toBe("*");

    const functions = await get(`${origin}/functions.json`);
    expect(functions.status).toBe(200);
    expect(JSON.parse(functions.body).functions.length).toBeGreaterThan(0);

    const manifest = await get(`${origin}/manifest.xml`);
    expect(manifest.status).toBe(200);
    expect(manifest.body).toContain("<OfficeApp");

    const icon = await get(`${origin}/assets/icon-32.png`);
    expect(icon.status).toBe(200);
  });

  test("the root address leads to the preview", async () => {
    const root = await get(`${origin}/`);
    expect(root.status).toBe(302);
    expect(root.headers.location).toBe("/preview.html");
  });
});
