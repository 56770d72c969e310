// The dev server's certificate (build/dev-certs.cjs): Microsoft's trusted development certificates
// when installed, otherwise a localhost certificate made once with openssl.
import { X509Certificate, createPrivateKey } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { devCertificates } from "../../build/dev-certs.cjs";

let home: string;
let project: string;

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), "backoffice-home-"));
  project = mkdtempSync(join(tmpdir(), "backoffice-project-"));
});

afterEach(() => {
  rmSync(home, { recursive: true, force: true });
  rmSync(project, { recursive: true, force: true });
});

test("without Microsoft's dev certificates, makes a localhost certificate in .certs/ once and reuses it", () => {
  const first = devCertificates(project, home);
  expect(first.selfMade).toBe(true);
  expect(first.where).toBe(join(project, ".certs"));
  const cert = new X509Certificate(first.options.cert);
  expect(cert.subjectAltName).toContain("DNS:localhost");
  expect(cert.subject).toContain("CN=localhost");
  expect(cert.checkPrivateKey(createPrivateKey(first.options.key))).toBe(true);
  const second = devCertificates(project, home);
  expect(second.options.cert.equals(first.options.cert)).toBe(true);
  expect(readFileSync(join(project, ".certs", "localhost.key")).equals(first.options.key)).toBe(true);
});

test("prefers the certificates office-addin-dev-certs installed in ~/.office-addin-dev-certs", () => {
  const office = join(home, ".office-addin-dev-certs");
  mkdirSync(office);
  writeFileSync(join(office, "localhost.key"), "KEY");
  writeFileSync(join(office, "localhost.crt"), "CERT");
  writeFileSync(join(office, "ca.crt"), "CA");
  const found = devCertificates(project, home);
  expect(found).toEqual({
    options: { key: Buffer.from("KEY"), cert: Buffer.from("CERT"), ca: Buffer.from("CA") },
    selfMade: false,
    where: office,
  });
});
