// Builds the add-in into dist/: one task pane page that hosts the shared runtime (task pane, ribbon
// commands and custom functions), functions.json for Excel, the preview page, the manifest and icons.
//   npm run build                                  production, URLs on https://localhost:3000/
//   ADDIN_BASE_URL=https://host/path/ npm run build production for a deployment
//   npm start                                      development server (scripts/start.mjs)
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { checkBaseUrl } = require("./build/base-url.cjs");
const { STATIC_PAGE_POLICY, addCspMeta, contentSecurityPolicy } = require("./build/csp.cjs");
const { devCertificates } = require("./build/dev-certs.cjs");
const {
  RewriteBaseUrlPlugin,
  EntrypointsReportPlugin,
  SourceAssociationsPlugin,
  FunctionReferencePlugin,
} = require("./build/plugins.cjs");

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode !== "development";
  const port = Number(process.env.PORT) || 3000;
  const devSocket = production ? null : `wss://localhost:${port}`;
  const baseUrl = production && process.env.ADDIN_BASE_URL ? checkBaseUrl(process.env.ADDIN_BASE_URL) : null;
  if (production && !baseUrl) {
    console.log(
      "Production build for https://localhost:3000/ (set ADDIN_BASE_URL=https://host/path/ to deploy).",
    );
  }

  return {
    mode: production ? "production" : "development",
    // No eval-based source maps: the pages' CSP has no 'unsafe-eval'.
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
      preview: "./src/preview/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".mjs", ".js", ".json"],
      // mimetext's main entry is its Node build (node:os, mime-types); the browser build makes the same
      // messages. Jest keeps the main entry (the browser build's CommonJS form is broken under jest).
      alias: { mimetext$: "mimetext/browser" },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // Type checking is `npm run typecheck`; the bundle only needs the JavaScript.
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
        },
      ],
    },
    optimization: {
      // One runtime for the page, so the three entries on taskpane.html share module instances (the
      // shared runtime's point), and code common to entries or behind import() lands in its own chunk.
      runtimeChunk: "single",
      splitChunks: { chunks: "all" },
    },
    stats: production ? "normal" : "minimal",
    // Budgets are gzipped sizes, checked by tests/build/bundle.test.ts; webpack's hints measure raw bytes.
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new SourceAssociationsPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Functions first, so BACKOFFICE.* register as early as possible in the shared runtime.
        chunks: ["functions", "commands", "taskpane"],
        chunksSortMode: "manual",
        csp: contentSecurityPolicy({ officeJs: true, devSocket }),
        officeJs: OFFICE_JS,
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
        csp: contentSecurityPolicy({ officeJs: false, devSocket }),
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
      new FunctionReferencePlugin((html) => addCspMeta(html, STATIC_PAGE_POLICY)),
      ...(baseUrl
        ? [new RewriteBaseUrlPlugin(baseUrl, ["manifest.xml", "functions.json", "functions-help.html"])]
        : []),
      new EntrypointsReportPlugin(),
    ],
    devServer: {
      // This machine only: the dev server is for the developer's own browser and Excel.
      host: "localhost",
      port,
      server: env.WEBPACK_SERVE ? { type: "https", options: devCertificates(__dirname).options } : "https",
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      hot: false,
      liveReload: true,
      client: { overlay: { errors: true, warnings: false }, webSocketURL: `${devSocket}/ws` },
      setupMiddlewares(middlewares) {
        middlewares.unshift({
          name: "preview-at-root",
          path: "/",
          middleware: (req, res, next) => {
            if (req.url !== "/") return next();
            res.writeHead(302, { Location: "/preview.html" });
            res.end();
          },
        });
        return middlewares;
      },
    },
  };
};
