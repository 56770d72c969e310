// Lets plain `node` require the project's TypeScript (bench cases, src/, tools/) without a build step
// or an extra dependency: each .ts/.tsx file is transpiled to CommonJS by typescript's transpileModule
// as it is required. Types are not checked here; tsc and jest do that.
import Module, { createRequire } from "node:module";
import { readFileSync } from "node:fs";

const require = createRequire(import.meta.url);
const ts = require("typescript");

let registered = false;

export function registerTypeScript() {
  if (registered) return;
  registered = true;
  const compile = (module, filename) => {
    const { outputText } = ts.transpileModule(readFileSync(filename, "utf8"), {
      fileName: filename,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
        jsx: ts.JsxEmit.ReactJSX,
        inlineSourceMap: true,
      },
    });
    module._compile(outputText, filename);
  };
  Module._extensions[".ts"] = compile;
  Module._extensions[".tsx"] = compile;
  // Some packages ship a CommonJS build named *.cjs.js inside a "type": "module" package (mimetext);
  // Node would load it as ESM and fail on `require`. Load those as the CommonJS they are.
  const loadJs = Module._extensions[".js"];
  Module._extensions[".js"] = (module, filename) => {
    if (/[\\/]node_modules[\\/].*\.cjs\.js$/.test(filename)) {
      module._compile(readFileSync(filename, "utf8"), filename, "commonjs");
    } else {
      loadJs(module, filename);
    }
  };
}
