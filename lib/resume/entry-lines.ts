import { matchPlace } from "./contact";
import { findDateRanges } from "./dates";
import { TITLE_WORDS } from "./title-words";

/** Shared helpers for the line-oriented entry parsers (experience, education). */

export function isBullet(line: string): boolean {
  return line.startsWith("- ");
}

const ACTION_VERB =
  /^(?:[A-Z][a-z]+ed|Built|Wrote|Led|Ran|Made|Taught|Drove|Won|Grew|Cut|Set|Sold|Spent|Took|Held|Kept|Met|Brought|Began|Oversaw|Undertook|Build|Write|Lead|Run|Manage|Develop|Design|Analyze|Analyse|Coordinate|Support|Maintain|Create|Conduct|Assist|Prepare|Train|Partner|Own|Drive|Deliver|Implement|Plan|Teach|Serve|Provide|Perform|Monitor|Collaborate|Oversee|Handle|Process|Review|Test|Track)\s/;

/** A sentence-like line is description, not an entry header. */
export function isDescriptionLine(line: string): boolean {
  if (isBullet(line)) return true;
  // Separators ("-", "&", "|") are not words.
  const words = line.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
  // "Laboratory Technician, Boston University School of Medicine - Boston, MA (Sep '22 - May '24)" is a header.
  if (words <= 20 && findDateRanges(line).length) return false;
  // "Graduate Research Assistant | McWilliams School of … | Houston, TX": fields, not a sentence.
  if (words <= 24 && /\s\|\s|\t/.test(line) && !/[.!]$/.test(line)) return false;
  // "Mathematics Teacher & Data Lead, The School District of Philadelphia - Northeast High School": a title, then its employer.
  if (words <= 20 && /\s-\s/.test(line) && !/[.!]$/.test(line) && TITLE_WORDS.test(line.split(/,|\s-\s/)[0])) return false;
  if (words >= 14 || (words >= 7 && /[.!]$/.test(line) && !/\b(?:inc|corp|co|llc|ltd)\.$/i.test(line))) return true;
  // An unbulleted achievement opens with an action verb: "Built Airflow pipelines loading 40 sources".
  const opening = line.split(/\s+/).slice(0, 3).join(" ");
  return words >= 5 && ACTION_VERB.test(line) && !TITLE_WORDS.test(opening) && !/\s[-|—@]\s|\t/.test(line);
}

export function stripBullet(line: string): string {
  return line.replace(/^- /, "").trim();
}

const MAJOR_SPLIT_NO_AT = /\s*(?:\t|\||•|·|—|\s-\s|\s@\s)\s*/;
const MINOR_SPLIT = /,(?!\s*(?:inc|llc|ltd|corp|co)\b\.?)(?=\s)\s*/i;

/** Splits a header line into its fields: "Engineer | Acme, Inc. | Austin, TX" → ["Engineer", "Acme, Inc.", "Austin, TX"]. */
export function splitMajor(line: string): string[] {
  return line
    .split(MAJOR_SPLIT_NO_AT)
    .flatMap(splitAtEmployer)
    .map(cleanPiece)
    .filter(Boolean);
}

// "Marketing Intern at BrightPath Agency" splits; "School of Biomedical Informatics at UTHealth Houston" and "University of Texas at Austin" are one name.
const ORGANISATION = /\b(?:university|school|college|institute|center|centre|hospital|department|academy)\b/i;
function splitAtEmployer(piece: string): string[] {
  const at = /\sat\s(?=[A-Z])/.exec(piece);
  if (!at) return [piece];
  const left = piece.slice(0, at.index);
  if (ORGANISATION.test(left) && !TITLE_WORDS.test(left)) return [piece];
  return [left, piece.slice(at.index + at[0].length)];
}

/** Comma parts of one field: "Teaching Assistant, EECS 280" → ["Teaching Assistant", "EECS 280"]. */
export function splitMinor(piece: string): string[] {
  return piece.split(MINOR_SPLIT).map(cleanPiece).filter(Boolean);
}

/** All fields, comma parts included; "at" is not a separator here ("University of Texas at Austin"). */
export function splitPieces(line: string): string[] {
  return line.split(MAJOR_SPLIT_NO_AT).map(cleanPiece).filter(Boolean).flatMap(splitMinor);
}

function cleanPiece(p: string): string {
  return p.replace(/^[,;:()\s-]+|[,;:(\s-]+$/g, "").replace(/^\((.*)\)$/, "$1").trim();
}

/** Pulls "City, ST" / "City, Country" / "Remote" out of a header line. */
export function takeLocation(line: string): { location: string | null; rest: string } {
  const remote = /\b(?:remote|hybrid)\b/i.exec(line);
  const candidates = line.split(/\s*(?:\t|\||•|·|—|\s-\s)\s*/);
  for (const piece of candidates) {
    const parts = piece.split(/,\s*/);
    // The place is two adjacent comma parts ("Acme Corp, Austin, TX, Jan 2020" → "Austin, TX").
    for (let k = parts.length - 2; k >= 0; k--) {
      const text = `${parts[k]}, ${parts[k + 1]}`;
      const place = matchPlace(text);
      if (place) return { location: place, rest: line.replace(text, " ").trim() };
    }
  }
  if (remote) return { location: remote[0][0].toUpperCase() + remote[0].slice(1).toLowerCase(), rest: line.replace(remote[0], " ").trim() };
  return { location: null, rest: line };
}
