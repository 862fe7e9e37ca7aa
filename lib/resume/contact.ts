/**
 * Contact details from the top of a resume (and any contact section):
 * name, email, phone, location and profile links.
 */
import { classifyHeading } from "./sections";
import { US_STATES, COUNTRIES } from "./places";
import { TITLE_WORDS } from "./title-words";

export interface ContactInfo {
  full_name: string | null;
  email: string | null;
  phone: string | null;
  location: string | null;
  links: string[];
}

const EMAIL_RE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;
const PHONE_RE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d{2,5}(?:[\s.-]\d{2,8}){1,4}|\+?\d{10,13}/g;
const URL_RE = /(?:https?:\/\/)?(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|io|dev|me|net|org|design|site|xyz|app|co|ai|page|tech|info|us|ca|uk)(?:\/[^\s|,;)]*)?/gi;
/**
 * Emails and links never contain whitespace: matching them token by token
 * (and skipping absurdly long tokens) keeps a long run of text without spaces
 * from making these regexes quadratic.
 */
const MAX_TOKEN = 300;
function* tokensOf(text: string, mustContain: string): Generator<{ token: string; index: number }> {
  for (const m of text.matchAll(/\S+/g)) {
    if (m[0].length <= MAX_TOKEN && m[0].includes(mustContain)) yield { token: m[0], index: m.index };
  }
}

function findEmail(text: string): string | null {
  for (const { token } of tokensOf(text, "@")) {
    const m = EMAIL_RE.exec(token);
    if (m) return m[0];
  }
  return null;
}

const PIECE_SPLIT = /\s*(?:\||•|·|\t|;|\s-\s|\s{2,})\s*/;
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*\.?|(?:de|da|van|von|del|la|le|bin|al))$/u;

export function extractContact(lines: string[]): ContactInfo {
  const text = lines.join("\n");
  const email = findEmail(text);
  return {
    full_name: findName(lines),
    email,
    phone: findPhone(lines),
    location: findLocation(lines),
    links: findLinks(text, email),
  };
}

function findName(lines: string[]): string | null {
  for (const line of lines.slice(0, 6)) {
    const labelled = /^name\s*:\s*(.+)$/i.exec(line);
    // "Seo-yeon (Sally) Park", 'Robert "Bobby" Lee': the nickname is not part of the name.
    const written = (labelled ? labelled[1] : line.split(PIECE_SPLIT)[0]).replace(/\s*(?:\([^)]*\)|"[^"]*")\s*/g, " ").trim();
    const candidate = stripCredentials(written.replace(/^(?:dr|mr|mrs|ms|mx|prof)\.?\s+(?=\S+\s)/i, ""));
    if (isPersonName(candidate)) return toDisplayCase(candidate);
  }
  return null;
}

// Post-nominals: "RN", "BSN", "PharmD", "CEng", "MICE", "Ph.D.", "EIT", "MBA".
const CREDENTIAL = /^(?:[A-Z]{2,6}|[A-Z][a-z]?[A-Z][A-Za-z]{0,3}|Ph\.?\s?D\.?|Pharm\.?\s?D\.?|M\.?D\.?|Jr\.?|Sr\.?|I{2,3}|CEng|MEng|BEng|PEng|DPT|DNP|Esq\.?)$/;

/** "Jane Doe, RN, BSN" / "Rhiannon Price CEng MICE" → the name alone (at least two words are kept). */
export function stripCredentials(value: string): string {
  const words = value.replace(/,/g, " , ").split(/\s+/).filter(Boolean);
  // In an all-capitals name only what follows a comma can be a credential ("JOHN MICHAEL DOE").
  const shouting = value === value.toUpperCase();
  const firstComma = words.indexOf(",");
  while (words.length > 2) {
    const last = words[words.length - 1];
    const afterComma = firstComma >= 2 && words.length - 1 > firstComma;
    if (last === "," || (CREDENTIAL.test(last) && (!shouting || afterComma))) words.pop();
    else break;
  }
  return words.join(" ").replace(/\s+,/g, ",").replace(/,$/, "").trim();
}

export function isPersonName(value: string): boolean {
  if (!value || value.length > 120 || value.includes("@") || /\d/.test(value) || classifyHeading(value)) return false;
  const words = value.split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  if (/\b(?:resume|curriculum|vitae|engineer|developer|analyst|university|college|street|road|avenue)\b/i.test(value)) return false;
  return words.every((w) => NAME_WORD.test(w));
}

function toDisplayCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])([a-z])/g, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

function findPhone(lines: string[]): string | null {
  // A narrow PDF column can wrap a number: "(646)" / "555-0183".
  const wrapped = lines.slice(0, -1).map((l, k) => (/\(?\d{3}\)?$/.test(l) && /^\d/.test(lines[k + 1]) ? `${l} ${lines[k + 1]}` : l));
  for (const line of [...lines, ...wrapped]) {
    for (const m of line.matchAll(PHONE_RE)) {
      const digits = m[0].replace(/\D/g, "");
      // Ten to fifteen digits: long enough to skip years and date ranges, short enough for E.164.
      if (digits.length >= 10 && digits.length <= 15 && !/^(?:19|20)\d{2}\D+(?:19|20)\d{2}$/.test(m[0])) return m[0].trim();
    }
  }
  return null;
}

function findLocation(lines: string[]): string | null {
  for (const line of lines.slice(0, 10)) {
    const labelled = /^(?:location|address)\s*:\s*(.+)$/i.exec(line);
    const pieces = labelled ? [labelled[1]] : line.split(PIECE_SPLIT);
    for (const piece of pieces) {
      // "123 Main St, Austin, TX 78701": the place is the last two comma parts.
      const parts = piece.trim().split(/,\s*/);
      const place = parts.length >= 2 ? matchPlace(parts.slice(-2).join(", ")) : null;
      // "Bengaluru, Karnataka, India": a city before a region-and-country pair belongs to it.
      const city = parts[parts.length - 3];
      if (place && city && COUNTRIES.has(parts[parts.length - 1].toLowerCase()) && /^\p{Lu}[\p{L}.'’ -]{1,30}$/u.test(city) && city.split(/\s+/).length <= 3) return `${city}, ${place}`;
      if (place) return place;
    }
  }
  // A PDF may run the place into its neighbours: "Product & UX Designer San Diego, CA", "Athens, GA 30602 a@b.edu".
  for (const line of lines.slice(0, 10)) {
    for (const m of line.matchAll(/((?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*),\s*([A-Z]{2})(?=\s|$)/gu)) {
      const words = m[1].split(/\s+/);
      while (words.length > 1 && TITLE_WORDS.test(words[0])) words.shift();
      const place = matchPlace(`${words.join(" ")}, ${m[2]}`);
      if (place && US_STATES.has(m[2])) return place;
    }
  }
  return null;
}

/** "Austin, TX", "Austin, Texas 78701", "Toronto, Canada", "Berlin, Germany" → the place, else null. */
export function matchPlace(value: string): string | null {
  const m = /^([A-Z][A-Za-z.'’ -]{1,30}),\s*([A-Za-z][A-Za-z .]{1,30}?)(?:\s+\d{5}(?:-\d{4})?)?$/.exec(value);
  if (!m) return null;
  const city = m[1].trim();
  const region = m[2].trim();
  if (city.split(/\s+/).length > 4) return null;
  if (US_STATES.has(region.toUpperCase()) || US_STATES.has(region.toLowerCase()) || COUNTRIES.has(region.toLowerCase())) return `${city}, ${region}`;
  return null;
}

const WHOLE_URL = new RegExp(`^${URL_RE.source}$`, "i");

/** Lines that are only a web address ("graceoconnell.com/clips" under CLIPS, a LINKS list): the candidate's own pages. */
export function standaloneLinks(lines: string[]): string[] {
  return lines
    .map((l) => l.replace(/^- /, "").replace(/^(?:portfolio|website|web|site|blog|github|linkedin|clips|writing)\s*:\s*/i, "").trim().replace(/[.)\]]+$/, ""))
    .filter((l) => WHOLE_URL.test(l));
}

function findLinks(text: string, email: string | null): string[] {
  const links: string[] = [];
  for (const { token, index: start } of tokensOf(text, ".")) for (const found of token.matchAll(URL_RE)) {
    const m = { 0: found[0], index: start + found.index };
    const before = text[m.index - 1];
    if (before === "@" || (email && email.includes(m[0]))) continue;
    const link = m[0].replace(/[.)\]]+$/, "");
    const isProfile = /linkedin\.com|github\.com|gitlab\.com|behance\.net|dribbble\.com|kaggle\.com|medium\.com|scholar\.google|orcid\.org|researchgate\.net|huggingface\.co|leetcode\.com|codepen\.io/i.test(link);
    // Bare domains in prose ("acme.com") are company sites; keep them only when clearly a personal page.
    const labelled = /\b(?:portfolio|website|web|site|blog)\s*:?\s*$/i.test(text.slice(Math.max(0, m.index - 24), m.index));
    if (isProfile || labelled || /^https?:\/\//i.test(link) || /\.(?:dev|me|io|design|site|page)(?:\/|$)/i.test(link) || /portfolio/i.test(link)) {
      if (!links.some((l) => l.toLowerCase() === link.toLowerCase())) links.push(link);
    }
  }
  return links;
}
