/* global module, URL -- CommonJS, loaded by webpack.config.js and the tests */
// Where the add-in is served from. Development URLs in manifest.xml and functions.json (help links)
// point at the dev server; a deployment build swaps them for ADDIN_BASE_URL.

const DEV_BASE_URL = "https://localhost:3000/";
const DEV_ORIGIN = "https://localhost:3000";

/** The deployment address, checked: Office loads add-ins only over https, and the URLs are joined to it. */
function checkBaseUrl(value) {
  const hint =
    "Set it to where dist/ will be hosted, e.g. ADDIN_BASE_URL=https://office.example.com/backoffice/";
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a URL: "${value}". ${hint}`);
  }
  if (url.protocol !== "https:")
    throw new Error(`ADDIN_BASE_URL must use https (Office requires it): "${value}". ${hint}`);
  if (!value.endsWith("/")) throw new Error(`ADDIN_BASE_URL must end with "/": "${value}". ${hint}`);
  if (url.search || url.hash)
    throw new Error(`ADDIN_BASE_URL must not have a query or fragment: "${value}". ${hint}`);
  return value;
}

/** Replaces the dev server's address with the deployment's: full URLs by the base, bare origins (AppDomain) by its origin. */
function rewriteBaseUrl(text, baseUrl) {
  const base = checkBaseUrl(baseUrl);
  return text.split(DEV_BASE_URL).join(base).split(DEV_ORIGIN).join(new URL(base).origin);
}

module.exports = { DEV_BASE_URL, checkBaseUrl, rewriteBaseUrl };
