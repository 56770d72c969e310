import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { relativeLuminance, themeFromOffice } from "../../src/taskpane/theme";

describe("theme from Office", () => {
  it("is light when there is no Office theme (preview, older hosts)", () => {
    expect(themeFromOffice(undefined)).toBe(webLightTheme);
  });

  it("follows isDarkTheme when Office reports it", () => {
    expect(themeFromOffice({ isDarkTheme: true, bodyBackgroundColor: "#ffffff" })).toBe(webDarkTheme);
    expect(themeFromOffice({ isDarkTheme: false, bodyBackgroundColor: "#000000" })).toBe(webLightTheme);
  });

  it("falls back to the body background colour", () => {
    expect(themeFromOffice({ bodyBackgroundColor: "#262626" })).toBe(webDarkTheme);
    expect(themeFromOffice({ bodyBackgroundColor: "#F3F3F3" })).toBe(webLightTheme);
    expect(themeFromOffice({ bodyBackgroundColor: "not a colour" })).toBe(webLightTheme);
  });

  it("computes WCAG relative luminance", () => {
    expect(relativeLuminance("#000")).toBe(0);
    expect(relativeLuminance("#ffffff")).toBeCloseTo(1, 10);
    // mid grey #777777: channel 0.4667 -> ((0.4667+0.055)/1.055)^2.4 = 0.1845
    expect(relativeLuminance("#777777")).toBeCloseTo(0.1845, 3);
    expect(relativeLuminance("#12345")).toBeUndefined();
  });
});
