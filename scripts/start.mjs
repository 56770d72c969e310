// `npm start`: the development server on https://localhost:3000 (PORT to change it), then the preview
// address and how to load the add-in into Excel.
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { setImmediate } from "node:timers";
import { fileURLToPath } from "node:url";
import webpack from "webpack";
import WebpackDevServer from "webpack-dev-server";

const require = createRequire(import.meta.url);
const makeConfig = require("../webpack.config.js");
const { devCertificates } = require("../build/dev-certs.cjs");

const port = Number(process.env.PORT) || 3000;
const config = makeConfig({ WEBPACK_SERVE: true }, { mode: "development" });
// webpack.config.js made the certificate if needed; this only reports where it came from.
const certificate = devCertificates(fileURLToPath(new URL("..", import.meta.url)));
const origin = `https://localhost:${port}`;

// Say so plainly when the port is taken (the dev server would only throw a stack trace).
const free = await new Promise((resolve) => {
  const probe = createServer();
  probe.once("error", () => resolve(false));
  probe.listen(port, "localhost", () => probe.close(() => resolve(true)));
});
if (!free) {
  console.error(
    `Port ${port} is already in use (another npm start?). Stop it, or run PORT=3100 npm start for the preview.`,
  );
  process.exit(1);
}

const compiler = webpack(config);
const server = new WebpackDevServer(config.devServer, compiler);

let announced = false;
compiler.hooks.done.tap("start", (stats) => {
  if (announced) return;
  announced = true;
  // After the dev server's own report of the build, so this is the last thing on screen.
  setImmediate(() => announce(stats));
});

function announce(stats) {
  const status = stats.hasErrors() ? "with errors (see above)" : "ready";
  const certNote = certificate.selfMade
    ? `  (self-made certificate in ${certificate.where}: your browser will warn once; accept it to continue)`
    : `  (certificate from ${certificate.where})`;
  const portNote =
    port === 3000
      ? ""
      : `\n  Note: manifest.xml points at https://localhost:3000/; Excel needs the default port.`;
  console.log(`
Back Office dev server ${status}.

  Preview (task pane beside a sample workbook, no Excel needed):
    ${origin}/preview.html
${certNote}

  Load it into Excel while this server runs:
    Excel on Windows or Mac: in another terminal run
      npx office-addin-debugging start manifest.xml
    (installs and trusts development certificates, then sideloads the add-in and opens Excel)
    Excel on the web: Home > Add-ins > More Settings > Upload My Add-in > choose manifest.xml
    (needs this server and a certificate your browser trusts, e.g. after the command above)${portNote}

  Stop with Ctrl+C.
`);
}

const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);

await server.start();
