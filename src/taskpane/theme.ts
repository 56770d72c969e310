// Chooses the Fluent theme that matches Office's theme, so the pane looks native in Excel's dark mode.
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** The part of Office.OfficeTheme we read (every member may be missing on older hosts). */
export type OfficeThemeLike = Partial<Pick<Office.OfficeTheme, "bodyBackgroundColor" | "isDarkTheme">>;

/** WCAG 2.x relative luminance of an sRGB colour "#rrggbb" or "#rgb"; undefined when unparseable. */
export function relativeLuminance(hex: string): number | undefined {
  const m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return undefined;
  const digits = m[1].length === 3 ? [...m[1]].map((d) => d + d).join("") : m[1];
  const channel = (i: number) => {
    const c = parseInt(digits.slice(i * 2, i * 2 + 2), 16) / 255;
    // sRGB to linear: c/12.92 below 0.04045, else ((c+0.055)/1.055)^2.4
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  };
  // L = 0.2126 R + 0.7152 G + 0.0722 B
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** Dark when Office says so, or when its body background is dark; light otherwise (and in the preview). */
export function themeFromOffice(officeTheme: OfficeThemeLike | undefined): Theme {
  if (!officeTheme) return webLightTheme;
  if (typeof officeTheme.isDarkTheme === "boolean")
    return officeTheme.isDarkTheme ? webDarkTheme : webLightTheme;
  const luminance = officeTheme.bodyBackgroundColor
    ? relativeLuminance(officeTheme.bodyBackgroundColor)
    : undefined;
  return luminance !== undefined && luminance < 0.2 ? webDarkTheme : webLightTheme;
}
