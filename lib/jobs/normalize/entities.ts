/** The named entities job feeds actually use; anything else is left as written. */
const NAMED: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ensp: " ", emsp: " ", thinsp: " ",
  ndash: "–", mdash: "—", hellip: "…", bull: "•", middot: "·", lsquo: "‘", rsquo: "’", sbquo: "‚",
  ldquo: "“", rdquo: "”", laquo: "«", raquo: "»", copy: "©", reg: "®", trade: "™", deg: "°",
  euro: "€", pound: "£", yen: "¥", cent: "¢", times: "×", divide: "÷", plusmn: "±", frac12: "½",
  eacute: "é", egrave: "è", ecirc: "ê", aacute: "á", agrave: "à", acirc: "â", auml: "ä", ouml: "ö",
  uuml: "ü", oacute: "ó", iacute: "í", uacute: "ú", ntilde: "ñ", ccedil: "ç", szlig: "ß", zwj: "", zwnj: "",
  shy: "", rarr: "→", larr: "←", check: "✓", hyphen: "-", dash: "-", colon: ":", comma: ",", period: ".",
  sol: "/", lpar: "(", rpar: ")", num: "#", percnt: "%", dollar: "$", excl: "!", quest: "?", semi: ";",
};

const ENTITY = /&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,7});/gi;

function fromCodePoint(code: number): string | null {
  if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
  return String.fromCodePoint(code);
}

/** Decodes HTML entities once (so "&amp;lt;" becomes "&lt;", not "<"). */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (match, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return fromCodePoint(code) ?? match;
    }
    return NAMED[body] ?? NAMED[body.toLowerCase()] ?? match;
  });
}
