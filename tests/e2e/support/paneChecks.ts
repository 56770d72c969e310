// Checks a person would make by looking and listening, run on the task pane's element in the page: is
// any text hidden under a control that is not its own, and does every name or description the markup
// points at exist? Each finding names the element, so a failure says what to fix.
import type { Locator } from "playwright-core";

/** Controls a person types in or presses, and Fluent's visible boxes around its inputs. */
const CONTROLS = [
  "input:not([type=hidden])",
  "textarea",
  "select",
  "button",
  "[role=button]",
  "[role=combobox]",
  "[role=checkbox]",
  "[role=radio]",
  "[role=switch]",
  "[role=tab]",
  ".fui-Input",
  ".fui-Textarea",
  ".fui-Dropdown",
  ".fui-Combobox",
  ".fui-SpinButton",
].join(",");

/**
 * Where a control's box overlaps, by more than a pixel each way, a line of text outside that control.
 * Text that is not drawn (display none, visibility hidden, clipped to nothing as Fluent's screen-reader
 * only text is) does not count: nobody can read it either way.
 */
export async function coveredText(pane: Locator): Promise<string[]> {
  return pane.evaluate((root, selector) => {
    const SLACK = 1;
    const name = (el: Element) => {
      const labelled = el instanceof HTMLInputElement ? el.labels?.[0]?.textContent : null;
      const label = el.getAttribute("aria-label") ?? labelled ?? el.textContent ?? "";
      return `<${el.tagName.toLowerCase()}> "${label.replace(/\s+/g, " ").trim().slice(0, 50)}"`;
    };
    const drawn = (el: Element) => {
      for (let e: Element | null = el; e && e !== root.parentElement; e = e.parentElement) {
        const s = getComputedStyle(e);
        if (s.display === "none" || s.visibility === "hidden" || s.opacity === "0") return false;
        if (s.clip === "rect(0px, 0px, 0px, 0px)" || s.clipPath === "inset(50%)") return false;
      }
      const box = el.getBoundingClientRect();
      return box.width > SLACK && box.height > SLACK;
    };
    const controls = Array.from(root.querySelectorAll(selector)).filter(drawn);
    const texts: { node: Text; rects: DOMRect[] }[] = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const node = n as Text;
      if (!node.data.trim() || !node.parentElement || !drawn(node.parentElement)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      texts.push({ node, rects: Array.from(range.getClientRects()).filter((r) => r.width > 0) });
    }
    const found: string[] = [];
    for (const control of controls) {
      const box = control.getBoundingClientRect();
      for (const { node, rects } of texts) {
        if (control.contains(node)) continue;
        const hit = rects.some(
          (r) =>
            Math.min(box.right, r.right) - Math.max(box.left, r.left) > SLACK &&
            Math.min(box.bottom, r.bottom) - Math.max(box.top, r.top) > SLACK,
        );
        if (hit) found.push(`${name(control)} covers "${node.data.trim().slice(0, 60)}"`);
      }
    }
    return [...new Set(found)];
  }, CONTROLS);
}

/** Attributes that name other elements by id; a missing one leaves a name or a description empty. */
const ID_REFERENCES = [
  "aria-labelledby",
  "aria-describedby",
  "aria-controls",
  "aria-owns",
  "aria-errormessage",
];

/**
 * Every id reference in `root` (and the `for` of labels) that names no element in the document, e.g. a
 * Fluent MessageBar labelled by a title it was never given. axe only calls these "needs review".
 */
export async function danglingReferences(root: Locator): Promise<string[]> {
  return root.evaluate((el, attributes) => {
    const found: string[] = [];
    const describe = (e: Element) =>
      `<${e.tagName.toLowerCase()}${e.getAttribute("role") ? ` role=${e.getAttribute("role")}` : ""}> "${(
        e.textContent ?? ""
      )
        .replace(/\s+/g, " ")
        .trim()
        .slice(0, 50)}"`;
    for (const attribute of [...attributes, "for"]) {
      for (const e of Array.from(el.querySelectorAll(`[${attribute}]`))) {
        if (attribute === "for" && e.tagName !== "LABEL") continue;
        const ids = (e.getAttribute(attribute) ?? "").split(/\s+/).filter(Boolean);
        const missing = ids.filter((id) => !document.getElementById(id));
        if (missing.length > 0)
          found.push(`${describe(e)} has ${attribute}="${missing.join(" ")}", which names nothing`);
      }
    }
    return found;
  }, ID_REFERENCES);
}
