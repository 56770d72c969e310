// The add-in's declared minimums. The top-level <Requirements><Sets> decides whether Office loads the
// add-in at all; the <Requirements> inside <VersionOverrides> (written with a bt: prefix) gate the ribbon
// and custom-function extension points. Office reads a <Set> without MinVersion as the <Sets>'s
// DefaultMinVersion, else "1.1".

export type DeclaredSets = Record<string, string>;

export interface ManifestSets {
  /** From the top-level <Requirements>. */
  top: DeclaredSets;
  /** From the <Requirements> inside <VersionOverrides>. */
  overrides: DeclaredSets;
}

const attr = (tag: string, name: string): string | undefined =>
  new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`, "i").exec(tag)?.[1];

function setsIn(requirementsBody: string | undefined): DeclaredSets {
  const result: DeclaredSets = {};
  if (requirementsBody === undefined) return result;
  const setsTag = /<(?:\w+:)?Sets\b[^>]*>/i.exec(requirementsBody)?.[0] ?? "";
  const defaultVersion = attr(setsTag, "DefaultMinVersion") ?? "1.1";
  for (const m of requirementsBody.matchAll(/<(?:\w+:)?Set\b[^>]*>/gi)) {
    const name = attr(m[0], "Name");
    if (name) result[name] = attr(m[0], "MinVersion") ?? defaultVersion;
  }
  return result;
}

const REQUIREMENTS = /<Requirements\b[^>]*>([\s\S]*?)<\/Requirements>/i;

export function manifestSets(manifestXml: string): ManifestSets {
  const xml = manifestXml.replace(/<!--[\s\S]*?-->/g, "");
  const overridesBlock = /<VersionOverrides\b[\s\S]*<\/VersionOverrides>/i.exec(xml)?.[0] ?? "";
  const outside = xml.replace(overridesBlock, "");
  return {
    top: setsIn(REQUIREMENTS.exec(outside)?.[1]),
    overrides: setsIn(REQUIREMENTS.exec(overridesBlock)?.[1]),
  };
}

/** The top-level declared sets (what the check holds the code to). */
export function declaredSets(manifestXml: string): DeclaredSets {
  return manifestSets(manifestXml).top;
}
