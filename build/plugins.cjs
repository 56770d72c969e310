/* global require, module -- CommonJS, loaded by webpack.config.js and the tests */
/* eslint-disable @typescript-eslint/no-require-imports */
// Small webpack plugins used by webpack.config.js.
const { Compilation, NormalModule, sources } = require("webpack");
const { rewriteBaseUrl } = require("./base-url.cjs");
const { SOURCES, helpPage } = require("./function-reference.cjs");

/** Points the emitted manifest.xml, functions.json (help links) and help page at the deployment address. */
class RewriteBaseUrlPlugin {
  constructor(baseUrl, files) {
    this.baseUrl = baseUrl;
    this.files = files;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("RewriteBaseUrlPlugin", (compilation) => {
      // After the copy and custom-functions-metadata plugins have added their assets.
      const stage = Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE;
      compilation.hooks.processAssets.tap({ name: "RewriteBaseUrlPlugin", stage }, (assets) => {
        for (const file of this.files) {
          if (!assets[file]) continue;
          const text = assets[file].source().toString();
          compilation.updateAsset(file, new sources.RawSource(rewriteBaseUrl(text, this.baseUrl)));
        }
      });
    });
  }
}

// node_modules/@scope/name/... or node_modules/name/... -> the package name.
function packageOf(resource) {
  const at = resource.lastIndexOf("node_modules/");
  if (at < 0) return null;
  const parts = resource.slice(at + "node_modules/".length).split("/");
  return parts[0].startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0];
}

/**
 * Writes entrypoints.json: for each entry, the JS files a page must load for it (what the size budgets
 * count) and the npm packages bundled into them (how tests prove the functions entry has no React).
 */
class EntrypointsReportPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("EntrypointsReportPlugin", (compilation) => {
      const stage = Compilation.PROCESS_ASSETS_STAGE_REPORT;
      compilation.hooks.processAssets.tap({ name: "EntrypointsReportPlugin", stage }, () => {
        const report = {};
        for (const [name, entrypoint] of compilation.entrypoints) {
          const packages = new Set();
          for (const chunk of entrypoint.chunks) {
            for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
              // Production concatenates modules; look inside.
              for (const inner of module.modules ?? [module]) {
                const pkg = inner.resource ? packageOf(inner.resource.split("\\").join("/")) : null;
                if (pkg) packages.add(pkg);
              }
            }
          }
          report[name] = {
            files: entrypoint.getFiles().filter((file) => file.endsWith(".js")),
            packages: [...packages].sort(),
          };
        }
        compilation.emitAsset("entrypoints.json", new sources.RawSource(JSON.stringify(report, null, 2)));
      });
    });
  }
}

/**
 * custom-functions-metadata-plugin also appends unguarded CustomFunctions.associate(...) calls to
 * functions.ts through a loader. src/functions/functions.ts makes those calls itself (guarded, so the
 * module also loads where Excel's custom functions runtime is absent), so this drops the plugin's loader:
 * one registration per function, visible in the source. Must come after that plugin in the list.
 */
class SourceAssociationsPlugin {
  apply(compiler) {
    const injected = require.resolve("custom-functions-metadata-plugin/lib/loader.js");
    compiler.hooks.compilation.tap("SourceAssociationsPlugin", (compilation) => {
      NormalModule.getCompilationHooks(compilation).beforeLoaders.tap(
        "SourceAssociationsPlugin",
        (loaders) => {
          for (let i = loaders.length - 1; i >= 0; i--) {
            if (loaders[i].loader === injected) loaders.splice(i, 1);
          }
        },
      );
    });
  }
}

/**
 * Emits functions-help.html, the page each function's help link opens, from the functions' JSDoc
 * (build/function-reference.cjs); `finish` adds what a static page needs (its CSP). Rebuilt in watch
 * mode when the functions, the introduction or the page's frame change.
 */
class FunctionReferencePlugin {
  constructor(finish = (html) => html) {
    this.finish = finish;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FunctionReferencePlugin", (compilation) => {
      const stage = Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL;
      compilation.hooks.processAssets.tap({ name: "FunctionReferencePlugin", stage }, () => {
        for (const file of Object.values(SOURCES)) compilation.fileDependencies.add(file);
        compilation.emitAsset("functions-help.html", new sources.RawSource(this.finish(helpPage())));
      });
    });
  }
}

module.exports = {
  RewriteBaseUrlPlugin,
  EntrypointsReportPlugin,
  SourceAssociationsPlugin,
  FunctionReferencePlugin,
};
