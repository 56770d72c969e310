// Renders the add-in's icons (assets/*.png) from the small SVG drawings below with headless Chromium,
// so the PNGs in git can be remade exactly: `node scripts/make-icons.mjs`.
// Needs Chromium (CHROMIUM_PATH, default /usr/bin/chromium); playwright-core drives it.
import { chromium } from "playwright-core";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// Drawn on a 32-unit grid so the 16 and 32 px renderings land on whole pixels.
const drawings = {
  // The app: a clipboard with a checklist and a supply box.
  icon: `
    <rect x="5" y="3.5" width="22" height="27" rx="2.5" fill="#2F6E5E"/>
    <rect x="7.5" y="7" width="17" height="21" rx="1" fill="#FFFFFF"/>
    <rect x="11" y="1.5" width="10" height="5" rx="1.5" fill="#4A5560"/>
    <rect x="14" y="2.6" width="4" height="1.6" rx="0.8" fill="#C9D1D6"/>
    <path d="M10 11h12M10 14h8" stroke="#8C98A1" stroke-width="1.6" stroke-linecap="round"/>
    <rect x="10.5" y="17" width="11" height="8.5" fill="#C8843A"/>
    <rect x="10" y="16" width="12" height="3" fill="#E0A45A"/>
    <rect x="15" y="16" width="2" height="9.5" fill="#F4D6A0"/>`,
  // Draft supplier emails: an envelope.
  email: `
    <rect x="3" y="7" width="26" height="18" rx="2" fill="#FFFFFF" stroke="#2B6CB0" stroke-width="2"/>
    <path d="M4.5 9 16 17.5 27.5 9" fill="none" stroke="#2B6CB0" stroke-width="2" stroke-linejoin="round"/>`,
  // Log a call: a handset with sound waves.
  call: `
    <path d="M8 6C6 6 4 8 4.5 10.5 6 18 14 26 21.5 27.5 24 28 26 26 26 24v-2.5c0-.8-.6-1.5-1.4-1.6l-4-.6c-.7-.1-1.3.2-1.6.8L18 22c-3.5-1.7-6.3-4.5-8-8l1.9-1c.6-.3.9-.9.8-1.6l-.6-4C12 6.6 11.3 6 10.5 6Z" fill="#2F6E5E"/>
    <path d="M19 4.5a8.5 8.5 0 0 1 8.5 8.5M19 8.8a4.2 4.2 0 0 1 4.2 4.2" fill="none" stroke="#2F6E5E" stroke-width="2" stroke-linecap="round"/>`,
  // Report a fault: a printer with a warning sign.
  fault: `
    <rect x="9" y="3" width="14" height="8" fill="#FFFFFF" stroke="#4A5560" stroke-width="1.5"/>
    <rect x="3.5" y="10" width="25" height="11" rx="2" fill="#4A5560"/>
    <rect x="9" y="17" width="12" height="10" fill="#FFFFFF" stroke="#4A5560" stroke-width="1.5"/>
    <path d="M23 15.5 31 30H15Z" fill="#F2B01E" stroke="#8A5A00" stroke-width="1" stroke-linejoin="round"/>
    <rect x="22.2" y="20" width="1.6" height="5.5" fill="#1F1F1F"/>
    <circle cx="23" cy="27.6" r="1" fill="#1F1F1F"/>`,
};

// App icon sizes from Microsoft's manifest guidance; ribbon buttons need 16/32/80.
const sizes = { icon: [16, 32, 64, 80, 128], email: [16, 32, 80], call: [16, 32, 80], fault: [16, 32, 80] };

const svg = (body, size) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 32 32">${body}</svg>`;

const profile = mkdtempSync(join(tmpdir(), "backoffice-icons-"));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  headless: true,
  deviceScaleFactor: 1,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
try {
  const page = await context.newPage();
  for (const [name, list] of Object.entries(sizes)) {
    for (const size of list) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<html><body style="margin:0;background:transparent">${svg(drawings[name], size)}</body></html>`,
      );
      const png = await page.screenshot({
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      });
      writeFileSync(`assets/${name}-${size}.png`, png);
      console.log(`assets/${name}-${size}.png`);
    }
  }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
