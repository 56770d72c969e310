/* global require, module, __dirname -- CommonJS, loaded by webpack.config.js, scripts and the tests */
/* eslint-disable @typescript-eslint/no-require-imports */
// The function reference, written once: the JSDoc of src/functions/functions.ts (which also feeds
// functions.json) holds each function's summary, arguments ("Default X." ends an optional one's text),
// and three tags the metadata plugin ignores: @remarks (the reference's prose), @example
// (`=BACKOFFICE.F(…) → result`, one per tag) and @exampleNote (prose after the examples). From it come
// README.md's "Function reference" section (`npm run reference`) and the help page Excel opens from
// each function's help link (emitted by the build). tests/functions/reference.test.ts fails when the
// README differs from what this module writes.
const { readFileSync } = require("node:fs");
const path = require("node:path");
const ts = require("typescript");

const ROOT = path.resolve(__dirname, "..");
const SOURCES = {
  functions: path.join(ROOT, "src/functions/functions.ts"),
  intro: path.join(ROOT, "src/functions/reference-intro.md"),
  page: path.join(ROOT, "src/functions/help-page.html"),
};
const PAGE_SLOT =
  "      <!-- The function reference: nav, introduction and one section per function, from build/function-reference.cjs -->\n";
const NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
const MORE_WORDS = ["eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"];

/** Each `@customfunction` of the source, in source order. */
function readFunctions(sourceText) {
  const file = ts.createSourceFile("functions.ts", sourceText, ts.ScriptTarget.Latest, true);
  const found = [];
  for (const statement of file.statements) {
    if (!ts.isFunctionDeclaration(statement) || !statement.name) continue;
    const doc = ts.getJSDocCommentsAndTags(statement).filter(ts.isJSDoc).pop();
    const tags = doc?.tags ?? [];
    const text = (tag) => (ts.getTextOfJSDocComment(tag.comment) ?? "").trim();
    const custom = tags.find((t) => t.tagName.text === "customfunction");
    if (!custom) continue;
    const id = text(custom) || statement.name.text.toUpperCase();
    const paramText = new Map(tags.filter(ts.isJSDocParameterTag).map((t) => [t.name.getText(), text(t)]));
    const params = statement.parameters.map((p) => {
      const name = p.name.getText();
      const described = paramText.get(name) ?? "";
      const byDefault = / Default ([^.]+(?:\.\d+)?)\.$/.exec(described);
      if (p.questionToken && !byDefault) throw new Error(`${id}: optional ${name} needs "Default X."`);
      return {
        name,
        optional: Boolean(p.questionToken),
        meaning: byDefault ? described.slice(0, byDefault.index) : described,
        default: byDefault ? byDefault[1] : "required",
      };
    });
    const examples = tags
      .filter((t) => t.tagName.text === "example")
      .map((t) => {
        const [formula, result] = text(t).split(" → ");
        if (!result) throw new Error(`${id}: an @example is "=formula → result"`);
        return { formula: formula.trim(), result: result.trim() };
      });
    const one = (name) =>
      tags
        .filter((t) => t.tagName.text === name)
        .map(text)
        .join("\n\n");
    found.push({
      id,
      fn: statement.name.text,
      summary: (ts.getTextOfJSDocComment(doc.comment) ?? "").trim(),
      syntax: `BACKOFFICE.${id}(${params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`,
      params,
      remarks: one("remarks"),
      examples,
      exampleNote: one("exampleNote"),
    });
  }
  return found;
}

function countInWords(n) {
  return n <= 10 ? NUMBER_WORDS[n] : (MORE_WORDS[n - 11] ?? String(n));
}

function readSources() {
  const functions = readFunctions(readFileSync(SOURCES.functions, "utf8"));
  const intro = readFileSync(SOURCES.intro, "utf8").trim().replace("{count}", countInWords(functions.length));
  return { functions, intro };
}

const cell = (text) => text.replace(/\|/g, "\\|");

/** README.md's section, from "## Function reference" to the line before the next "## ". */
function referenceMarkdown({ functions, intro } = readSources()) {
  const parts = ["## Function reference", intro];
  for (const f of functions) {
    parts.push(`### ${f.id}`, `\`${f.syntax}\``);
    if (f.remarks) parts.push(f.remarks);
    parts.push(
      [
        "| argument | meaning | default |",
        "|---|---|---|",
        ...f.params.map((p) => `| ${p.name} | ${cell(p.meaning)} | ${cell(p.default)} |`),
      ].join("\n"),
      [
        "| example | result |",
        "|---|---|",
        ...f.examples.map((e) => `| \`${cell(e.formula)}\` | ${cell(e.result)} |`),
      ].join("\n"),
    );
    if (f.exampleNote) parts.push(f.exampleNote);
  }
  return parts.join("\n\n") + "\n";
}

const escapeHtml = (text) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

// The prose uses only code spans, bold and (nested) bullet lists: a few lines here rather than a
// markdown library in the build for that.
function inlineHtml(text) {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>");
}

function listHtml(lines) {
  // Items start with "- " at the list's indent; deeper lines belong to the item above.
  const indent = /^ */.exec(lines[0])[0].length;
  const items = [];
  for (const line of lines) {
    const own = line.slice(indent);
    if (own.startsWith("- ")) items.push({ text: [own.slice(2)], nested: [] });
    else if (/^ +- /.test(own) || items.at(-1).nested.length > 0) items.at(-1).nested.push(line);
    else items.at(-1).text.push(own.trim());
  }
  const html = items.map(
    (item) => `<li>${inlineHtml(item.text.join(" "))}${item.nested.length ? listHtml(item.nested) : ""}</li>`,
  );
  return `<ul>${html.join("")}</ul>`;
}

function proseHtml(markdown) {
  return markdown
    .split(/\n\s*\n/)
    .filter((block) => block.trim())
    .map((block) => {
      const lines = block.split("\n");
      return lines[0].trimStart().startsWith("- ")
        ? listHtml(lines)
        : `<p>${inlineHtml(lines.map((l) => l.trim()).join(" "))}</p>`;
    })
    .join("\n");
}

function tableHtml(caption, headings, rows) {
  const head = headings.map((h) => `<th scope="col">${h}</th>`).join("");
  const body = rows
    .map(
      ([first, ...rest]) =>
        `<tr><th scope="row">${first}</th>${rest.map((c) => `<td>${c}</td>`).join("")}</tr>`,
    )
    .join("\n");
  return `<table>\n<caption>${escapeHtml(caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/** The help page: src/functions/help-page.html with the reference in its slot. */
function helpPage({ functions, intro } = readSources(), frame = readFileSync(SOURCES.page, "utf8")) {
  if (!frame.includes(PAGE_SLOT)) throw new Error(`${SOURCES.page} has lost its reference slot`);
  const nav = `<nav aria-label="Functions"><ul>${functions
    .map((f) => `<li><a href="#${f.id.toLowerCase()}">${f.id}</a></li>`)
    .join("")}</ul></nav>`;
  const sections = functions.map((f) => {
    const id = f.id.toLowerCase();
    return [
      `<section id="${id}" aria-labelledby="${id}-title">`,
      `<h2 id="${id}-title">${f.id}</h2>`,
      `<p class="syntax"><code>${escapeHtml(f.syntax)}</code></p>`,
      f.remarks ? proseHtml(f.remarks) : "",
      tableHtml(
        `Arguments of ${f.id}`,
        ["argument", "meaning", "default"],
        f.params.map((p) => [p.name, inlineHtml(p.meaning), escapeHtml(p.default)]),
      ),
      tableHtml(
        `Examples of ${f.id}`,
        ["example", "result"],
        f.examples.map((e) => [`<code>${escapeHtml(e.formula)}</code>`, escapeHtml(e.result)]),
      ),
      f.exampleNote ? proseHtml(f.exampleNote) : "",
      "</section>",
    ]
      .filter(Boolean)
      .join("\n");
  });
  return frame.replace(PAGE_SLOT, [nav, proseHtml(intro), ...sections].join("\n") + "\n");
}

/** Replaces README's section with the generated one; the README text otherwise stays as it is. */
function withReference(readme, section = referenceMarkdown()) {
  const start = readme.indexOf("## Function reference\n");
  if (start < 0) throw new Error('README.md has no "## Function reference" section');
  const next = readme.indexOf("\n## ", start + 1);
  return readme.slice(0, start) + section + (next < 0 ? "" : readme.slice(next));
}

module.exports = { SOURCES, readFunctions, referenceMarkdown, helpPage, withReference };
