/* global require, module -- CommonJS, loaded by webpack.config.js and the tests */
/* eslint-disable @typescript-eslint/no-require-imports */
// HTTPS certificate for the dev server: Office only loads add-ins over https.
// Prefers the certificates that `npx office-addin-debugging start` / `npx office-addin-dev-certs install`
// put in ~/.office-addin-dev-certs (trusted by the system); otherwise makes a self-signed localhost
// certificate once, into .certs/ (gitignored), which browsers warn about until trusted.
const { execFileSync } = require("node:child_process");
const { existsSync, mkdirSync, readFileSync } = require("node:fs");
const { homedir } = require("node:os");
const { join } = require("node:path");

function devCertificates(rootDir, home = homedir()) {
  const office = join(home, ".office-addin-dev-certs");
  const trusted = ["localhost.key", "localhost.crt", "ca.crt"].map((name) => join(office, name));
  if (trusted.every((file) => existsSync(file))) {
    const [key, cert, ca] = trusted.map((file) => readFileSync(file));
    return { options: { key, cert, ca }, selfMade: false, where: office };
  }
  const dir = join(rootDir, ".certs");
  const key = join(dir, "localhost.key");
  const cert = join(dir, "localhost.crt");
  if (!existsSync(key) || !existsSync(cert)) {
    mkdirSync(dir, { recursive: true });
    try {
      execFileSync(
        "openssl",
        [
          "req",
          "-x509",
          "-newkey",
          "rsa:2048",
          "-nodes",
          "-sha256",
          "-days",
          "825",
          "-subj",
          "/CN=localhost",
        ].concat(["-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", key, "-out", cert]),
        { stdio: "pipe" },
      );
    } catch (error) {
      throw new Error(
        "Could not make a localhost certificate with openssl (" +
          String(error.message || error).split("\n")[0] +
          "). Install openssl, or run `npx office-addin-dev-certs install` once.",
      );
    }
  }
  return { options: { key: readFileSync(key), cert: readFileSync(cert) }, selfMade: true, where: dir };
}

module.exports = { devCertificates };
