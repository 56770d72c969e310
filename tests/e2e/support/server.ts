// A static file server for the production build, on 127.0.0.1 and a port the OS picks, so journeys run
// beside a developer's `npm start` (port 3000) and in parallel jest workers without clashing.
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";

export const distDir = join(__dirname, "..", "..", "..", "dist");

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
};

export function contentType(path: string): string {
  return CONTENT_TYPES[extname(path).toLowerCase()] ?? "application/octet-stream";
}

export interface StaticServer {
  /** Base URL ending in "/", e.g. http://127.0.0.1:41234/ */
  url: string;
  /** Paths requested, in order, for tests that check what the page loaded. */
  requested: string[];
  close(): Promise<void>;
}

/** Resolves a URL path inside root, or null when it would escape root or names nothing. */
function resolveFile(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = normalize(join(root, decoded));
  if (file !== root && !file.startsWith(root + sep)) return null;
  if (!existsSync(file)) return null;
  const stat = statSync(file);
  if (stat.isDirectory()) {
    const index = join(file, "index.html");
    return existsSync(index) ? index : null;
  }
  return stat.isFile() ? file : null;
}

export async function startStaticServer(root: string = distDir): Promise<StaticServer> {
  if (!existsSync(join(root, "preview.html"))) {
    throw new Error(
      `${root}/preview.html is missing: the browser journeys run against the production build. ` +
        "Run `npx webpack --mode production` first (`npm test` does it before them).",
    );
  }
  const requested: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    requested.push(path);
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    const file = resolveFile(root, path);
    if (!file) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end(`Not found: ${path}`);
      return;
    }
    res.writeHead(200, {
      "Content-Type": contentType(file),
      "Content-Length": statSync(file).size,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    });
    if (req.method === "HEAD") res.end();
    else createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requested,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Keep-alive sockets from the browser would hold close() open until they time out.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
