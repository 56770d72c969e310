// Three projects: pure/simulator code under node, task pane components under jsdom, and the
// browser journeys (which need a production build in dist/, made by scripts/test.mjs first).
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json" }];
// Some dependencies ship ESM only; ts-jest transpiles them to CommonJS like our own code.
const esmPackages = ["strip-bom", "uuid", "mimetext", "ics", "nanoid", "date-fns", "runes2", "@stdlib"].join(
  "|",
);
const common = {
  transform: { "^.+\\.(t|j|mj)sx?$": tsJest },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages})/)`],
  moduleFileExtensions: ["ts", "tsx", "js", "mjs", "cjs", "json"],
};

module.exports = {
  projects: [
    {
      ...common,
      displayName: "node",
      testEnvironment: "node",
      testMatch: ["<rootDir>/tests/{core,excel,functions,preview,tools}/**/*.test.ts"],
    },
    {
      ...common,
      displayName: "dom",
      testEnvironment: "jsdom",
      setupFilesAfterEnv: ["<rootDir>/tests/setup/dom.ts"],
      testMatch: ["<rootDir>/tests/taskpane/**/*.test.ts?(x)"],
    },
    {
      ...common,
      displayName: "build",
      testEnvironment: "node",
      testMatch: ["<rootDir>/tests/{build,e2e}/**/*.test.ts"],
    },
  ],
};
