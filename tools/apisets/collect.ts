// Finds every use of an Office API member in the add-in's sources, resolved through the type checker so
// that `range.values`, `sheet.tables.add(...)` or a destructured property are found however they are
// written, and attaches the requirement set that the member's declaration JSDoc names.
import ts from "typescript";
import path from "node:path";
import { parseRequirements, Requirement } from "./annotations";
import { Guard, guardsAt, requiredByMarkedFunction } from "./guards";

/** Namespaces of @types/office-js (and its custom-functions companion) whose members we account for. */
const API_ROOTS = new Set(["Excel", "Office", "CustomFunctions"]);

export type Access = "read" | "write" | "call";

export interface ApiUse {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  line: number;
  column: number;
  /** e.g. "Excel.Range.getSpecialCells" */
  member: string;
  root: string;
  access: Access;
  /** The sets this use needs (write versions applied); empty for Office members in no set. */
  needs: Requirement[];
  /** Where the requirement came from: the member's JSDoc, its class's, the ExcelApi 1.1 default, or an @requiresApiSet function. */
  source: "member" | "container" | "default" | "marked" | "none";
  guards: Guard[];
}

export interface CollectOptions {
  rootDir: string;
  /** Which files to report on, given their path relative to rootDir. */
  inScope: (relativePath: string) => boolean;
}

function jsDocText(decl: ts.Node): string {
  const sf = decl.getSourceFile();
  return ts
    .getJSDocCommentsAndTags(decl)
    .map((d) => sf.text.slice(d.pos, d.end))
    .join("\n");
}

function namespacePath(decl: ts.Node): string[] {
  const names: string[] = [];
  for (let n: ts.Node | undefined = decl.parent; n; n = n.parent) {
    if (ts.isModuleDeclaration(n) && ts.isIdentifier(n.name)) names.unshift(n.name.text);
  }
  return names;
}

function fromOfficeTypes(decl: ts.Node): boolean {
  return /[\\/]node_modules[\\/]@types[\\/]/.test(decl.getSourceFile().fileName);
}

function container(decl: ts.Node): ts.Node | undefined {
  for (let n: ts.Node | undefined = decl.parent; n; n = n.parent) {
    if (ts.isClassDeclaration(n) || ts.isInterfaceDeclaration(n) || ts.isEnumDeclaration(n)) return n;
    if (ts.isModuleDeclaration(n)) return undefined;
  }
  return undefined;
}

/** Excel.Interfaces.RangeUpdateData.values and …RangeLoadOptions.values are Excel.Range.values to a reader. */
function memberName(decl: ts.Node, symbol: ts.Symbol): string {
  const [root, ...rest] = rawMemberName(decl, symbol).split(".");
  if (rest[0] !== "Interfaces" || rest.length < 3) return [root, ...rest].join(".");
  const owner = rest[1].replace(/(UpdateData|LoadOptions|Data)$/, "");
  return [root, owner, ...rest.slice(2)].join(".");
}

function rawMemberName(decl: ts.Node, symbol: ts.Symbol): string {
  const owner = container(decl);
  const ownerName =
    owner && "name" in owner && owner.name && ts.isIdentifier(owner.name as ts.Node)
      ? (owner.name as ts.Identifier).text
      : undefined;
  return [...namespacePath(decl), ...(ownerName ? [ownerName] : []), symbol.getName()].join(".");
}

// Shared Office members list the sets of every host that has them (event.completed says "Mailbox 1.3"
// for Outlook); in an Excel add-in only Excel's and the common sets apply.
const OTHER_HOSTS = /^(Mailbox|Word|PowerPoint|OneNote|Visio|Project|Outlook)/i;

function relevant(reqs: Requirement[], root: string): Requirement[] {
  // Excel members are gated by the Excel sets (ExcelApi, ExcelApiOnline, ExcelApiDesktop).
  return reqs.filter((r) => (root === "Excel" ? r.set.startsWith("Excel") : !OTHER_HOSTS.test(r.set)));
}

function requirementsOf(
  decls: readonly ts.Node[],
  root: string,
): { reqs: Requirement[]; source: ApiUse["source"] } {
  for (const d of decls) {
    // The first annotation of a set is the member's own; later ones qualify a parameter ("1.1 / 1.3 …").
    const reqs = relevant(parseRequirements(jsDocText(d)), root).filter(
      (r, i, all) => all.findIndex((o) => o.set === r.set) === i,
    );
    if (reqs.length) return { reqs, source: "member" };
  }
  for (const d of decls) {
    const owner = container(d);
    const reqs = owner ? relevant(parseRequirements(jsDocText(owner)), root) : [];
    if (reqs.length) return { reqs, source: "container" };
  }
  if (root === "Excel") return { reqs: [{ set: "ExcelApi", version: "1.1" }], source: "default" };
  return { reqs: [], source: "none" };
}

function isWrite(node: ts.Node): boolean {
  const p = node.parent;
  return (
    ts.isBinaryExpression(p) &&
    p.left === node &&
    p.operatorToken.kind >= ts.SyntaxKind.FirstAssignment &&
    p.operatorToken.kind <= ts.SyntaxKind.LastAssignment
  );
}

export function collectApiUses(program: ts.Program, options: CollectOptions): ApiUse[] {
  const checker = program.getTypeChecker();
  const uses: ApiUse[] = [];

  const record = (at: ts.Node, symbol: ts.Symbol | undefined, access: Access, preferred?: ts.Node): void => {
    if (!symbol) return;
    if (symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const all = symbol.declarations ?? [];
    const decls =
      preferred && all.includes(preferred as ts.Declaration)
        ? [preferred, ...all.filter((d) => d !== preferred)]
        : all;
    const apiDecls = decls.filter((d) => fromOfficeTypes(d) && API_ROOTS.has(namespacePath(d)[0] ?? ""));
    if (apiDecls.length === 0) return;
    const root = namespacePath(apiDecls[0])[0];
    const { reqs, source } = requirementsOf(apiDecls, root);
    const needs = reqs.map((r) =>
      access === "write" && r.writeVersion ? { ...r, version: r.writeVersion } : r,
    );
    const sf = at.getSourceFile();
    const pos = sf.getLineAndCharacterOfPosition(at.getStart(sf));
    uses.push({
      file: path.relative(options.rootDir, sf.fileName).split(path.sep).join("/"),
      line: pos.line + 1,
      column: pos.character + 1,
      member: memberName(apiDecls[0], symbol),
      root,
      access,
      needs,
      source,
      guards: guardsAt(checker, at),
    });
  };

  const recordMarkedCall = (call: ts.CallExpression): void => {
    let symbol = checker.getSymbolAtLocation(call.expression);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const decl = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
    const fn = decl && ts.isVariableDeclaration(decl) && decl.initializer ? decl.initializer : decl;
    const marked = fn && requiredByMarkedFunction(fn);
    if (!marked || !symbol) return;
    const sf = call.getSourceFile();
    const pos = sf.getLineAndCharacterOfPosition(call.getStart(sf));
    uses.push({
      file: path.relative(options.rootDir, sf.fileName).split(path.sep).join("/"),
      line: pos.line + 1,
      column: pos.character + 1,
      member: `${symbol.getName()} (@requiresApiSet)`,
      root: "Excel",
      access: "call",
      needs: [marked],
      source: "marked",
      guards: guardsAt(checker, call),
    });
  };

  // `obj.load("a, b/c")`: each named property is loaded, so each is a use (read).
  const recordLoadPaths = (call: ts.CallExpression, receiver: ts.Expression): void => {
    const arg = call.arguments[0];
    if (!arg) return;
    const strings: ts.StringLiteralLike[] = [];
    if (ts.isStringLiteralLike(arg)) strings.push(arg);
    else if (ts.isArrayLiteralExpression(arg)) strings.push(...arg.elements.filter(ts.isStringLiteralLike));
    const base = checker.getTypeAtLocation(receiver);
    for (const lit of strings) {
      for (const p of lit.text.split(",")) {
        let type: ts.Type | undefined = base;
        for (const segment of p.trim().split("/")) {
          if (!type || !segment) break;
          const prop = checker.getPropertyOfType(checker.getApparentType(type), segment.trim());
          if (!prop) break;
          record(lit, prop, "read");
          type = checker.getTypeOfSymbolAtLocation(prop, lit);
          type = type.getNumberIndexType() ?? type; // "items/name": step into the collection's elements
        }
      }
    }
  };

  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node)) {
      const call =
        ts.isCallExpression(node.parent) && node.parent.expression === node ? node.parent : undefined;
      const preferred = call ? checker.getResolvedSignature(call)?.declaration : undefined;
      record(
        node.name,
        checker.getSymbolAtLocation(node.name),
        call ? "call" : isWrite(node) ? "write" : "read",
        preferred,
      );
      if (call && node.name.text === "load") recordLoadPaths(call, node.expression);
    } else if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) {
      record(
        node.argumentExpression,
        checker.getSymbolAtLocation(node.argumentExpression),
        isWrite(node) ? "write" : "read",
      );
    } else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
      const key = node.propertyName ?? node.name;
      if (ts.isIdentifier(key) || ts.isStringLiteral(key)) {
        const prop = checker.getTypeAtLocation(node.parent).getProperty(key.text);
        record(key, prop, "read");
      }
    } else if (
      (ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) &&
      ts.isObjectLiteralExpression(node.parent) &&
      (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))
    ) {
      // `range.set({ values })`, `Excel.run({ delayForCellEdit: true }, …)`: the literal's contextual type says which member is written.
      // Overloads such as load(options | names) give a union; the member comes from the object type that has it.
      const contextual = checker.getContextualType(node.parent);
      const candidates = contextual ? (contextual.isUnion() ? contextual.types : [contextual]) : [];
      const name = node.name.text;
      const prop = candidates.map((t) => checker.getPropertyOfType(t, name)).find((p) => p !== undefined);
      const loading = candidates.some((t) => /LoadOptions$/.test(t.getSymbol()?.getName() ?? ""));
      record(node.name, prop, loading ? "read" : "write");
    }
    if (ts.isCallExpression(node)) recordMarkedCall(node);
    ts.forEachChild(node, visit);
  };

  for (const sf of program.getSourceFiles()) {
    if (sf.isDeclarationFile) continue;
    const rel = path.relative(options.rootDir, sf.fileName).split(path.sep).join("/");
    if (rel.startsWith("..") || rel.includes("node_modules/") || !options.inScope(rel)) continue;
    visit(sf);
  }
  return uses;
}
