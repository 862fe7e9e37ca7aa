/**
 * Colours that read in light and dark mode. Mail clients that force dark mode
 * invert backgrounds, so nothing relies on pure white text on a light fill;
 * clients that honour prefers-color-scheme get the `.jm-*` overrides below.
 */
export const colors = {
  page: "#f4f5f7",
  card: "#ffffff",
  ink: "#1f2933",
  muted: "#52606d",
  line: "#d9dde3",
  accent: "#3b49df",
  accentSoft: "#e8eafd",
  good: "#0f7b4f",
};

export const fontFamily = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";

export const darkModeCss = `
  :root { color-scheme: light dark; supported-color-schemes: light dark; }
  @media (prefers-color-scheme: dark) {
    .jm-page { background-color: #111418 !important; }
    .jm-card { background-color: #1b2027 !important; border-color: #2c333d !important; }
    .jm-ink { color: #e6e9ed !important; }
    .jm-muted { color: #a3adb8 !important; }
    .jm-link { color: #9aa5ff !important; }
    .jm-score { background-color: #262c5c !important; color: #c9ceff !important; }
  }
  @media only screen and (max-width: 600px) {
    .jm-container { width: 100% !important; padding: 0 8px !important; }
    .jm-card { padding: 16px !important; }
  }
`;
