// Which requirement sets are known to be supported at a point in the code. The rule (documented in
// docs/performance.md, "Requirement sets"):
//   1. isSetSupported(set, version) checks: code in the branch where the check is true — an if/else
//      branch, a ?: arm, the right of && or ||, or the rest of a block after
//      `if (!isSetSupported(...)) return|throw|break|continue;`. A const holding the check counts too.
//   2. A function whose JSDoc says `@requiresApiSet ExcelApi 1.y`: its body may use 1.y, and every call
//      to it is itself a use that needs 1.y (so its callers must be guarded or the manifest must cover it).
//   3. A helper whose JSDoc has `@apiSetGuard` and that calls isSetSupported itself, e.g.
//      `whenSupported("1.y", () => …)` or `whenSupported("ExcelApi", "1.y", () => …)`: function
//      arguments of a call to it may use that set.
// Guards are lexical: they cover code written inside the guarded region, including callbacks defined there.
import ts from "typescript";
import { Requirement } from "./annotations";

export interface Guard {
  set: string;
  version: string;
  /** How the guard was written, for the report. */
  how: string;
}

const EXCEL_API = "ExcelApi";

function stringValue(checker: ts.TypeChecker, expr: ts.Expression): string | undefined {
  if (ts.isStringLiteralLike(expr)) return expr.text;
  const type = checker.getTypeAtLocation(expr);
  return type.isStringLiteral() ? type.value : undefined;
}

function calleeName(call: ts.CallExpression): string | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
}

export function isSetSupportedCall(checker: ts.TypeChecker, node: ts.Node): Guard | undefined {
  if (!ts.isCallExpression(node) || calleeName(node) !== "isSetSupported") return undefined;
  const [setArg, versionArg] = node.arguments;
  const set = setArg && stringValue(checker, setArg);
  const version = versionArg ? stringValue(checker, versionArg) : "1.1";
  if (!set || !version) return undefined;
  return { set, version, how: `isSetSupported("${set}", "${version}")` };
}

/** Guards that hold where `cond` is known to be truthy (when = true) or falsy (when = false). */
export function guardsFrom(checker: ts.TypeChecker, cond: ts.Expression, when: boolean): Guard[] {
  let expr = cond;
  while (ts.isParenthesizedExpression(expr)) expr = expr.expression;
  const direct = isSetSupportedCall(checker, expr);
  if (direct) return when ? [direct] : [];
  if (ts.isPrefixUnaryExpression(expr) && expr.operator === ts.SyntaxKind.ExclamationToken) {
    return guardsFrom(checker, expr.operand, !when);
  }
  if (ts.isBinaryExpression(expr)) {
    const op = expr.operatorToken.kind;
    if (
      (op === ts.SyntaxKind.AmpersandAmpersandToken && when) ||
      (op === ts.SyntaxKind.BarBarToken && !when)
    ) {
      return [...guardsFrom(checker, expr.left, when), ...guardsFrom(checker, expr.right, when)];
    }
  }
  if (ts.isIdentifier(expr)) {
    const decl = checker.getSymbolAtLocation(expr)?.valueDeclaration;
    if (
      decl &&
      ts.isVariableDeclaration(decl) &&
      decl.initializer &&
      ts.getCombinedNodeFlags(decl) & ts.NodeFlags.Const
    ) {
      return guardsFrom(checker, decl.initializer, when);
    }
  }
  return [];
}

function alwaysExits(stmt: ts.Statement): boolean {
  if (ts.isBlock(stmt)) {
    const last = stmt.statements[stmt.statements.length - 1];
    return last !== undefined && alwaysExits(last);
  }
  return (
    ts.isReturnStatement(stmt) ||
    ts.isThrowStatement(stmt) ||
    ts.isBreakStatement(stmt) ||
    ts.isContinueStatement(stmt)
  );
}

function jsDocTagText(node: ts.Node, tagName: string): string | undefined {
  for (const tag of ts.getJSDocTags(node)) {
    if (tag.tagName.text === tagName) return ts.getTextOfJSDocComment(tag.comment)?.trim() ?? "";
  }
  return undefined;
}

/** "ExcelApi 1.12" or just "1.12" (meaning ExcelApi). */
function parseSetAndVersion(text: string): { set: string; version: string } | undefined {
  const m = /^(?:([A-Za-z]\w*)\s+)?(\d+(?:\.\d+)*)/.exec(text.trim());
  return m ? { set: m[1] ?? EXCEL_API, version: m[2] } : undefined;
}

/** The `@requiresApiSet` of a function declaration (rule 2), if it has one. */
export function requiredByMarkedFunction(decl: ts.Node): Requirement | undefined {
  if (!ts.isFunctionLike(decl)) return undefined;
  const text = jsDocTagText(decl, "requiresApiSet");
  return text === undefined ? undefined : parseSetAndVersion(text);
}

export function isGuardHelper(decl: ts.Node): boolean {
  return ts.isFunctionLike(decl) && jsDocTagText(decl, "apiSetGuard") !== undefined;
}

/** Whether a guard helper really asks Office: it must call isSetSupported somewhere in its body. */
export function guardHelperChecks(checker: ts.TypeChecker, decl: ts.Node): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(n) && calleeName(n) === "isSetSupported") found = true;
    else ts.forEachChild(n, visit);
  };
  visit(decl);
  return found;
}

function calledDeclaration(checker: ts.TypeChecker, call: ts.CallExpression): ts.Node | undefined {
  let symbol = checker.getSymbolAtLocation(call.expression);
  if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
  const decl = symbol?.valueDeclaration ?? symbol?.declarations?.[0];
  if (decl && ts.isVariableDeclaration(decl) && decl.initializer) return decl.initializer;
  return decl;
}

/** Rule 3: the set a guard-helper call establishes for its function arguments. */
function guardFromHelperCall(checker: ts.TypeChecker, call: ts.CallExpression): Guard | undefined {
  const decl = calledDeclaration(checker, call);
  if (!decl || !isGuardHelper(decl) || !guardHelperChecks(checker, decl)) return undefined;
  const strings = call.arguments
    .map((a) => stringValue(checker, a))
    .filter((s): s is string => s !== undefined);
  const parsed =
    strings.length >= 2 ? { set: strings[0], version: strings[1] } : parseSetAndVersion(strings[0] ?? "");
  return parsed && { ...parsed, how: `${calleeName(call)}(${strings.map((s) => `"${s}"`).join(", ")}, …)` };
}

/** Every guard that covers `node`, walking out to the file. */
export function guardsAt(checker: ts.TypeChecker, node: ts.Node): Guard[] {
  const guards: Guard[] = [];
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isIfStatement(parent)) {
      if (child === parent.thenStatement) guards.push(...guardsFrom(checker, parent.expression, true));
      else if (child === parent.elseStatement) guards.push(...guardsFrom(checker, parent.expression, false));
    } else if (ts.isConditionalExpression(parent)) {
      if (child === parent.whenTrue) guards.push(...guardsFrom(checker, parent.condition, true));
      else if (child === parent.whenFalse) guards.push(...guardsFrom(checker, parent.condition, false));
    } else if (ts.isBinaryExpression(parent) && child === parent.right) {
      const op = parent.operatorToken.kind;
      if (op === ts.SyntaxKind.AmpersandAmpersandToken)
        guards.push(...guardsFrom(checker, parent.left, true));
      if (op === ts.SyntaxKind.BarBarToken) guards.push(...guardsFrom(checker, parent.left, false));
    } else if (
      ts.isBlock(parent) ||
      ts.isSourceFile(parent) ||
      ts.isModuleBlock(parent) ||
      ts.isCaseClause(parent) ||
      ts.isDefaultClause(parent)
    ) {
      for (const stmt of parent.statements) {
        if (stmt === child) break;
        if (ts.isIfStatement(stmt) && !stmt.elseStatement && alwaysExits(stmt.thenStatement)) {
          guards.push(...guardsFrom(checker, stmt.expression, false));
        }
      }
    }
    if (ts.isFunctionLike(parent)) {
      const marked = requiredByMarkedFunction(parent);
      if (marked) guards.push({ ...marked, how: `@requiresApiSet ${marked.set} ${marked.version}` });
      if (
        parent.parent &&
        ts.isCallExpression(parent.parent) &&
        parent.parent.arguments.some((a) => a === parent)
      ) {
        const helper = guardFromHelperCall(checker, parent.parent);
        if (helper) guards.push(helper);
      }
    }
  }
  return guards;
}
