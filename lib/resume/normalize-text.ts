const LIGATURES: Record<string, string> = {
  "\uFB00": "ff",
  "\uFB01": "fi",
  "\uFB02": "fl",
  "\uFB03": "ffi",
  "\uFB04": "ffl",
  "\uFB05": "st",
  "\uFB06": "st",
};

// Bullet glyphs seen in exported resumes, including Symbol/Wingdings private-use code points.
const BULLET_LINE = /^[ \t]*(?:[•▪●◦■□◆◇►▸▹➢➤✓✔∙·‣⁃\uF0A7\uF0B7\uF076\uF0D8\uF0FC*]|[-–—](?=\s))[ \t]*/gmu;

// A heading tracked out with spaces, "E X P E R I E N C E" or "W O R K   H I S T O R Y".
const LETTER_SPACED = /^[ \t]*\p{Lu}(?:(?: {1,3}|\t)(?:\p{Lu}|[&'’])){3,}[ \t]*$/gmu;

/**
 * Canonical text for the parser: Unicode ligatures and typographic quotes and
 * dashes become plain ASCII (an en dash joining a name, "Wisconsin–Madison", stays), invisible characters go, bullets become "- ",
 * letter-spaced headings are closed up, runs of spaces collapse, line breaks
 * (and tabs, which mark column gaps) are kept.
 */
export function normalizeResumeText(input: string): string {
  return input
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/\f/g, "\n")
    .replace(/[\uFB00-\uFB06]/g, (ch) => LIGATURES[ch] ?? ch)
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    // An en dash inside a name stays as written ("University of Wisconsin–Madison", "K–5"); between numbers or spaced it is a range dash.
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g, (dash: string, at: number, all: string) =>
      dash === "\u2013" && /\p{L}/u.test(all[at - 1] ?? "") && /[\p{L}\d]/u.test(all[at + 1] ?? "") ? dash : "-",
    )
    .replace(/\u2026/g, "...")
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF\u180E]/g, "")
    .replace(/[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g, " ")
    .replace(/[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g, "")
    .replace(BULLET_LINE, "- ")
    // Icons before contact details (symbol fonts, emoji, private-use glyphs) carry no text.
    .replace(/^[ \t]*(?:[\p{So}\p{Co}]\uFE0F?[ \t]*)+/gmu, "")
    .replace(/[ \t]+[\p{So}\p{Co}]\uFE0F?[ \t]+/gu, " | ")
    .replace(LETTER_SPACED, (line) => line.trim().split(/ {2,}|\t/).map((w) => w.replace(/ /g, "")).join(" "))
    .replace(/ +/g, " ")
    .replace(/ *\t[ \t]*/g, "\t")
    .replace(/^[ \t]+|[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
