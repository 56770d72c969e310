/* global module -- CommonJS, loaded by webpack.config.js and the tests */
// Content-Security-Policy for every page the build emits.

/**
 * Policy for the script pages. Fluent UI (Griffel) injects <style> elements, hence 'unsafe-inline' for
 * styles only; drafts are downloaded through blob: URLs; the dev server reloads over a websocket.
 */
function contentSecurityPolicy({ officeJs, devSocket }) {
  return [
    "default-src 'self'",
    `script-src 'self'${officeJs ? " https://appsforoffice.microsoft.com" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${devSocket ? ` ${devSocket}` : ""}`,
    "frame-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/** Policy for static help pages: no scripts at all. */
const STATIC_PAGE_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

/** Adds a CSP meta tag at the top of <head> to a page that has none (a page that has one keeps it). */
function addCspMeta(html, policy) {
  if (/http-equiv=["']?Content-Security-Policy/i.test(html)) return html;
  const head = html.match(/<head(\s[^>]*)?>/i);
  if (!head) throw new Error("page has no <head> to put a Content-Security-Policy in");
  const at = head.index + head[0].length;
  return `${html.slice(0, at)}\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />${html.slice(at)}`;
}

module.exports = { contentSecurityPolicy, STATIC_PAGE_POLICY, addCspMeta };
