import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import prettier from "eslint-config-prettier";

// The dependency arrows of docs/design.md ("The layers"): taskpane/commands/functions -> excel -> core.
const layer = (from, banned, why) => ({
  files: [`src/${from}/**/*.{ts,tsx}`],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: banned.map((group) => ({
          group: [group],
          message: `${from} must not import this: ${why}`,
        })),
      },
    ],
  },
});

export default tseslint.config(
  {
    ignores: [
      "node_modules",
      "dist",
      "dev-dist",
      "test-results",
      "coverage",
      "**/*.js",
      "!eslint.config.mjs",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": [
        "error",
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: "No dangerouslySetInnerHTML.",
        },
      ],
    },
  },
  layer(
    "core",
    [
      "**/excel/**",
      "**/taskpane/**",
      "**/preview/**",
      "**/functions/**",
      "**/commands/**",
      "react",
      "react-dom",
      "@fluentui/*",
      "@microsoft/office-js",
    ],
    "core is pure TypeScript and knows nothing of Office, React or the DOM",
  ),
  layer(
    "excel",
    [
      "**/taskpane/**",
      "**/commands/**",
      "**/functions/**",
      "**/preview/**",
      "react",
      "react-dom",
      "@fluentui/*",
    ],
    "excel sits below the UI",
  ),
  layer(
    "functions",
    ["**/taskpane/**", "**/preview/**", "react", "react-dom", "@fluentui/*"],
    "the custom functions bundle stays small and React-free",
  ),
  {
    // Long functions hide several steps under one name; tests are exempt (a test reads best as one story).
    files: ["src/**/*.{ts,tsx}"],
    rules: {
      "max-lines-per-function": ["error", { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ["scripts/**/*.mjs", "eslint.config.mjs"],
    languageOptions: {
      globals: { process: "readonly", console: "readonly", URL: "readonly", setTimeout: "readonly" },
    },
  },
  prettier,
);
