import type { ExperienceEntry } from "@/lib/profile/schema";
import { findDateRanges } from "./dates";
import { isDescriptionLine, splitMajor, splitMinor, stripBullet, takeLocation } from "./entry-lines";
import { TITLE_WORDS } from "./title-words";

const COMPANY_WORDS =
  /\b(?:inc|llc|ltd|corp|corporation|company|co|group|labs?|laboratory|technologies|technology|systems|solutions|software|partners|associates|consulting|bank|capital|financial|health|healthcare|hospital|clinic|medical|university|college|institute|school|agency|studio|studios|foundation|center|centre|pharmaceuticals?|therapeutics|bio\w*|motors|energy|engineering|construction|builders|design|media|networks|services|global|international|gmbh|plc|ventures|county|city of|department|dept)\b\.?/i;
// A graduate or management trainee is a full-time first job, not an internship.
const INTERNSHIP = /\b(?:intern|internship|co-?op|summer analyst|summer associate|apprentice(?:ship)?|placement|industrial placement|(?<!\b(?:graduate|management)\s(?:\w+\s)?)trainee|werkstudent)\b/i;

/** Experience section lines → entries. Headers are the short non-bullet lines; bullets and sentences describe them. */
export function parseExperience(lines: string[]): ExperienceEntry[] {
  const blocks: { header: string[]; description: string[] }[] = [];
  for (const line of lines) {
    let block = blocks[blocks.length - 1];
    const description = isDescriptionLine(line);
    const startsNew =
      !block ||
      (!description && block.description.length > 0) ||
      (!description && block.header.length >= 3) ||
      (!description && hasDate(line) && block.header.some(hasDate) && !block.description.length);
    if (description && !block) continue;
    if (startsNew && !description) {
      block = { header: [], description: [] };
      blocks.push(block);
    }
    if (description) block.description.push(stripBullet(line));
    else block.header.push(line);
  }
  return blocks.map((b) => toEntry(b.header, b.description)).filter((e): e is ExperienceEntry => e !== null);
}

function hasDate(line: string): boolean {
  return findDateRanges(line).length > 0;
}

function toEntry(header: string[], description: string[]): ExperienceEntry | null {
  let start: string | null = null;
  let end: string | null = null;
  let current = false;
  let location: string | null = null;
  const fields: string[] = [];
  for (const raw of header) {
    let line = raw;
    const range = findDateRanges(line)[0];
    if (range && start === null) {
      ({ start, end, current } = range);
      // "Sous Chef, 2021–24": a job that ends in a year worked through that year (to `now` at most).
      if (range.endYearOnly && end) end = `${end.slice(0, 4)}-12`;
      line = `${line.slice(0, range.index)} ${line.slice(range.index + range.length)}`;
    }
    line = line.replace(/\b(?:expected|dates?)\b:?/gi, " ").replace(/\(\s*(?:summers?|winters?|springs?|falls?|seasonal|part[- ]time|full[- ]time)?\s*\)|\[\s*\]/gi, " ");
    const taken = takeLocation(line);
    location ??= taken.location;
    fields.push(...splitMajor(taken.rest).filter((p) => /[A-Za-z]{2}/.test(p)));
  }
  if (!fields.length) return null;
  const { title, company } = assignTitleAndCompany(fields);
  if (!title) return null;
  const text = `${header.join(" ")}`;
  return {
    title,
    company,
    location,
    start,
    end: current ? null : end,
    current,
    internship: INTERNSHIP.test(text),
    description: description.length ? description.join("\n") : null,
  };
}

const STRONG_COMPANY = /\b(?:inc|llc|ltd|corp|corporation|company|hospital|university|bank|gmbh|ag|plc|group|technologies|labs?|agency|schools)\b\.?/i;

/**
 * Picks the field that reads like a job title and the one that reads like an
 * employer. Fields come from strong separators (tab, |, " - "); when a line
 * has only commas ("Engineer, Acme, Austin, TX") the comma parts are used.
 * The title keeps its first comma part ("Teaching Assistant, EECS 280").
 */
export function assignTitleAndCompany(fields: string[]): { title: string | null; company: string | null } {
  const pieces = fields.length > 1 ? fields : splitMinor(fields[0] ?? "");
  const isTitle = (p: string) => TITLE_WORDS.test(p) && !STRONG_COMPANY.test(p);
  let titleIdx = pieces.findIndex(isTitle);
  // No title word: the title is the first piece that is not plainly an employer ("Globex Inc." / "QA Tester").
  if (titleIdx < 0) titleIdx = Math.max(0, pieces.findIndex((p) => !STRONG_COMPANY.test(p)));
  const titleParts = splitMinor(pieces[titleIdx] ?? "");
  const title = (titleParts.find(isTitle) ?? titleParts[0] ?? "").replace(/\s*\([^)]*\)\s*/g, " ").trim();
  // A unit within the employer ("Department of Molecular Reproduction, …" under "Indian Institute of Science") is not the employer.
  const unit = (p: string) => /^(?:the\s+)?(?:dept\.?|department|division|faculty|office|school|centre|center|lab(?:oratory)?)\s+(?:of|for)\b/i.test(p);
  const others = [...pieces.filter((_, k) => k !== titleIdx), ...titleParts.slice(1)];
  const rest = [...others.filter((p) => !unit(p)), ...others.filter(unit)];
  const company =
    rest.find((p) => STRONG_COMPANY.test(p)) ?? rest.find((p) => COMPANY_WORDS.test(p) && !TITLE_WORDS.test(p)) ?? rest.find((p) => /^[A-Z0-9&]/.test(p)) ?? null;
  return { title: title || null, company: company && cleanCompany(company) };
}

const CORPORATE_SUFFIX = /^(?:inc|llc|ltd|corp|co|plc|gmbh|ag|se|sa|lp|llp|pty)\b\.?/i;

/** "Arup, Manchester" → "Arup"; "U.S. Army, 82nd Airborne Division" → "U.S. Army"; "Siemens Industry, Inc." stays; "(NCBS)" goes. */
export function cleanCompany(company: string): string {
  const [first, ...rest] = company.split(/,\s+/);
  const kept = rest.length && !CORPORATE_SUFFIX.test(rest[0]) && first.length >= 2 ? first : company;
  // A note in parentheses after the employer is a site, division or acronym: "Amazon (RDU1 Fulfillment Center)".
  return kept.replace(/\(\s*\)/g, " ").replace(/\s*\([^()]*\)\s*$/, "").replace(/\s+/g, " ").trim();
}
