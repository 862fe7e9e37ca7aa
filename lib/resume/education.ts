import type { EducationEntry } from "@/lib/profile/schema";
import { findDateRanges } from "./dates";
import { isDescriptionLine, splitPieces, stripBullet } from "./entry-lines";

// Written forms → the degree's full name, so "B.S." and "Bachelor of Science" compare equal.
const DEGREES: [RegExp, string][] = [
  [/\b(?:J\.\s?D\.?|JD(?!\s+Edwards)|[Jj]uris [Dd]octor(?:ate)?)(?![A-Za-z])/, "Juris Doctor"],
  [/\b(?:ll\.?\s?m\.?|master of laws)(?![a-z])/i, "Master of Laws"],
  [/\b(?:ed\.?\s?d\.?|doctor of education)(?![a-z])/i, "Doctor of Education"],
  [/\b(?:dpt|d\.p\.t\.?|doctor of physical therapy)(?![a-z])/i, "Doctor of Physical Therapy"],
  [/\b(?:dnp|doctor of nursing practice)(?![a-z])/i, "Doctor of Nursing Practice"],
  [/\b(?:b\.?\s?s\.?\s?ed\.?|bachelor of science in education)(?![a-z])/i, "Bachelor of Science in Education"],
  [/\b(?:M\.?A\.?T\.?|[Mm]aster of [Aa]rts in [Tt]eaching)(?![a-z])(?=.*\b(?:[Tt]eaching|[Ee]ducation|[Ss]chool|[Uu]niversity|[Cc]ollege)\b|\s*$)/, "Master of Arts in Teaching"],
  [/\b(?:msw|m\.s\.w\.?|master of social work)(?![a-z])/i, "Master of Social Work"],
  [/\b(?:bsw|b\.s\.w\.?|bachelor of social work)(?![a-z])/i, "Bachelor of Social Work"],
  [/\b(?:mpa|m\.p\.a\.?|master of public administration)(?![a-z])/i, "Master of Public Administration"],
  [/\b(?:mfa|m\.f\.a\.?|master of fine arts)(?![a-z])/i, "Master of Fine Arts"],
  [/\b(?:m\.?\s?arch\.?|master of architecture)(?![a-z])/i, "Master of Architecture"],
  [/\b(?:b\.?\s?com\.?|bachelor of commerce)(?![a-z])/i, "Bachelor of Commerce"],
  [/\b(?:ph\.?\s?d\.?|doctor of philosophy|doctorate)(?![a-z])/i, "Doctor of Philosophy"],
  [/\b(?:m\.?d\.?|doctor of medicine)(?![a-z])(?=.*\b(?:medicine|medical|school)\b)/i, "Doctor of Medicine"],
  [/\b(?:pharm\.?\s?d\.?|doctor of pharmacy)(?![a-z])/i, "Doctor of Pharmacy"],
  [/\b(?:mba|m\.b\.a\.?|master of business administration)(?![a-z])/i, "Master of Business Administration"],
  [/\b(?:msn|master of science in nursing)(?![a-z])/i, "Master of Science in Nursing"],
  [/\b(?:m\.?\s?eng\.?|m\.\s?e\.|master of engineering)(?![a-z])/i, "Master of Engineering"],
  [/(?<!,\s?)\b(?:m\.?\s?s\.?c?\.?|master of science|master's of science)(?![a-z])/i, "Master of Science"],
  [/\bMS(?:ME|EE|CE|CS|IE|ChE|BME|MSE|E)\b/, "Master of Science"],
  [/(?<!,\s?)\b(?:m\.?\s?a\.?|master of arts)(?![a-z])/i, "Master of Arts"],
  [/\b(?:mph|master of public health)(?![a-z])/i, "Master of Public Health"],
  [/\b(?:bsn|b\.s\.n\.?|bachelor of science in nursing)(?![a-z])/i, "Bachelor of Science in Nursing"],
  [/\b(?:bba|b\.b\.a\.?|bachelor of business administration)(?![a-z])/i, "Bachelor of Business Administration"],
  [/\b(?:b\.?\s?eng\.?|b\.\s?e\.|bachelor of engineering)(?![a-z])/i, "Bachelor of Engineering"],
  [/\b(?:b\.?\s?arch\.?|bachelor of architecture)(?![a-z])/i, "Bachelor of Architecture"],
  [/\b(?:b\.?\s?f\.?\s?a\.?|bachelor of fine arts)(?![a-z])/i, "Bachelor of Fine Arts"],
  [/\b(?:b\.?\s?des\.?|bachelor of design)(?![a-z])/i, "Bachelor of Design"],
  [/\b(?:m\.?\s?ed\.?|ed\.?\s?m\.?|master of education)(?![a-z])/i, "Master of Education"],
  [/\b(?:m\.?\s?des\.?|master of design)(?![a-z])/i, "Master of Design"],
  [/\b(?:b\.?\s?s\.?c?\.?|bachelor of science|bachelor's of science|bachelors of science)(?![a-z])/i, "Bachelor of Science"],
  [/\bBS(?:ME|EE|CE|CS|IE|ChE|BME|MSE|E)\b/, "Bachelor of Science"],
  [/(?<!,\s?)\b(?:b\.?\s?a\.?|bachelor of arts|bachelor's of arts|bachelors of arts)(?![a-z])/i, "Bachelor of Arts"],
  [/\b(?:adn|associate degree in nursing|associate of applied science in nursing)(?![a-z])/i, "Associate Degree in Nursing"],
  [/\b(?:a\.?\s?a\.?\s?s\.?|associate of applied science)(?![a-z])/i, "Associate of Applied Science"],
  [/\b(?:a\.?\s?s\.?|associate of science)(?![a-z])(?=.*\b(?:college|in)\b)/i, "Associate of Science"],
  [/\b(?:a\.?\s?a\.?|associate of arts)(?![a-z])(?=.*\b(?:college|in)\b)/i, "Associate of Arts"],
  [/\b(?:m\.?\s?tech\.?|master of technology)(?![a-z])/i, "Master of Technology"],
  [/\b(?:b\.?\s?tech\.?|bachelor of technology)(?![a-z])/i, "Bachelor of Technology"],
  [/\b(?:associate (?:in|of) arts)(?![a-z])/i, "Associate of Arts"],
  [/\b(?:associate (?:in|of) science)(?![a-z])/i, "Associate of Science"],
  [/\bdiplom(?:-[a-z]+)?\b/i, "Diplom"],
  [/\blicenciatura\b/i, "Licenciatura"],
  [/\blaurea(?: magistrale| triennale)?\b/i, "Laurea"],
  [/\bbachelor'?s?(?: degree)?\b/i, "Bachelor's Degree"],
  [/\bmaster'?s?(?: degree)?\b/i, "Master's Degree"],
  [/\bhigh school diploma\b/i, "High School Diploma"],
];
const TABLE_HEADER = /^(?:degree|qualification|program(?:me)?|major|field|school|institution|university|college|dates?|years?|graduation|gpa|grade|cgpa|location|city|honou?rs)$/i;
const NAMED_DEGREE = /\b(master|bachelor|doctor|associate)(?:'s)? of ((?:[A-Z][a-z]+)(?: (?:[A-Z][a-z]+|and|&)){0,3}?)(?= in\b|\s*[,;(|\t–—-]|\s+\d|\s*$|\s+(?:from|at)\b)/i;
const INSTITUTION_WORDS =
  /(?:\b(?:university|college|institute|institut|instituto|istituto|school|academy|polytechnic|polit[eé]cnico|politechnika|tecnol[oó]gico|escuela|universidad|universidade|universit(?:à|é|e|ät|at|y)|hochschule|école|ecole|conservatory|tech|iit|general assembly|springboard|bootcamp|hack reactor|app academy|flatiron school|le wagon|codesmith|tech elevator|fullstack academy)\b|\buniversit\w*)/i;
// Schools known by their initials, as written in capitals: "BITS Pilani", "NIT Trichy", "ETH Zürich".
const INSTITUTION_ACRONYM = /\b(?:BITS|NIT|IIIT|IISc|IIM|ETH|EPFL|KTH|NTU|NUS|MIT|UCLA|NYU|USC|CMU|RIT|RPI)\b/;
const INSTITUTION = { test: (text: string) => INSTITUTION_WORDS.test(text) || INSTITUTION_ACRONYM.test(text) };
const GPA_RE = /\bGPA\b\s*:?\s*(\d\.\d{1,2}(?:\s*\/\s*\d(?:\.\d{1,2})?)?)|(\d\.\d{1,2})\s*\/\s*4\.0{1,2}\s*GPA/i;

export interface ParsedEducation {
  entries: EducationEntry[];
  /** Entries that can date a graduation: a certificate, bootcamp or course is education but not a degree. */
  graduating: EducationEntry[];
  coursework: string[];
}

export function canonicalDegree(text: string): { degree: string; index: number; length: number } | undefined {
  // The earliest mention wins, so a later "Boston, MA" cannot outrank "B.S." at the start.
  let best: { degree: string; index: number; length: number } | undefined;
  for (const [re, name] of DEGREES) {
    const m = re.exec(text);
    if (m && (!best || m.index < best.index)) best = { degree: name, index: m.index, length: m[0].length };
  }
  // A named degree the table lacks ("Master of Social Work", "Bachelor of Commerce") keeps its own name.
  const named = NAMED_DEGREE.exec(text);
  if (named && (!best || named.index < best.index || (named.index === best.index && /'s Degree$/.test(best.degree)))) {
    const kind = named[1][0].toUpperCase() + named[1].slice(1).toLowerCase();
    best = { degree: `${kind} of ${named[2]}`, index: named.index, length: named[0].length };
  }
  return best;
}

// "Relevant Coursework:", "Graduate coursework —", "Modules: …" (UK), a table row "Coursework<TAB>…", at a line's start or after a sentence.
const COURSE_LIST =
  /(^|[.;|]\s+)(?:- )?(?:(?:relevant|key|selected|graduate|undergraduate|core|major|advanced|related|upper[- ]division|technical)\s+)?(?:course\s?work|courses|modules|classes|subjects)\s*(?:[:—–\t|]|\s-)\s*(.+)$/i;

const CERTIFICATE = /\b(?:certificate|certification|bootcamp|boot camp|immersive|nanodegree|micro-?credential)\b|\b(?:general assembly|springboard|hack reactor|app academy|flatiron school|le wagon|codesmith|tech elevator|fullstack academy)\b/i;

export function parseEducation(lines: string[], now: Date): ParsedEducation {
  const coursework: string[] = [];
  const blocks: string[][] = [];
  let wrappedCourses = false;
  for (let line of lines) {
    // A table's header row ("Degree | Institution | Dates") names columns, not a school.
    if (/\t/.test(line) && line.split("\t").every((c) => TABLE_HEADER.test(c.trim()))) continue;
    // A long course list wrapped by the page: "…, Prestressed Concrete, Structural" / "Dynamics".
    if (wrappedCourses && /^\p{Lu}[\p{L}-]+$/u.test(line) && coursework.length) {
      coursework[coursework.length - 1] += ` ${line}`;
      wrappedCourses = false;
      continue;
    }
    const course = COURSE_LIST.exec(line);
    wrappedCourses = Boolean(course) && line.length >= 60 && !/[.;]$/.test(line);
    if (course) {
      coursework.push(...splitCourseList(course[2]));
      // "Distinction. Modules: …": what precedes the list still belongs to the entry.
      const before = line.slice(0, course.index + course[1].length).replace(/[.;|\s]+$/, "").trim();
      if (!before || before === "-") continue;
      line = before;
    }
    const block = blocks[blocks.length - 1];
    const degree = canonicalDegree(line) !== undefined && !isDescriptionLine(line);
    const institution = INSTITUTION.test(line) && !isDescriptionLine(line);
    const blockHasDegree = block?.some((l) => canonicalDegree(l));
    const blockHasInstitution = block?.some((l) => INSTITUTION.test(l));
    const blockDated = block?.some((l) => findDateRanges(l).length > 0);
    // A line naming both a degree and a school after a dated entry ("Springboard … 2025", then "Savannah College … B.F.A., 2019") starts the next one.
    if (!block || (degree && blockHasDegree) || (institution && blockHasInstitution && (blockHasDegree || blockDated) && (!degree || blockDated))) blocks.push([line]);
    else block.push(line);
  }
  const parsed = blocks.map((b) => ({ entry: toEducationEntry(b, now), certificate: !canonicalDegree(b.join(" ")) && CERTIFICATE.test(b.join(" ")) }));
  const entries = parsed.map((p) => p.entry).filter((e): e is EducationEntry => e !== null);
  const graduating = parsed.filter((p) => p.entry && !p.certificate).map((p) => p.entry as EducationEntry);
  return { entries, graduating, coursework };
}

export function splitCourseList(text: string): string[] {
  return text
    // A PDF may run the next line in: "…, Vibration Analysis Thesis: Fatigue life of …".
    .replace(/\s+(?:thesis|dissertation|capstone|honou?rs|gpa|minor|awards?|project)\b\s*:.*$/i, "")
    .split(/\s*[,;•|]\s*/)
    .map((c) => c.replace(/\.$/, "").trim())
    .filter((c) => c.length > 1 && c.length < 80);
}

function toEducationEntry(lines: string[], now: Date): EducationEntry | null {
  const text = lines.map(stripBullet).join(" | ");
  const found = canonicalDegree(text);
  let institution: string | null = null;
  for (const line of lines) {
    // "University of California, Berkeley": the campus is part of the name, not a place.
    const line2 = line.replace(/\bGPA\b.*$/i, "").replace(/\b(University of California), (?=[A-Z])/g, "$1§");
    for (const piece of splitPieces(line2).map((p) => p.replace("§", ", "))) {
      // "Savannah College of Art and Design B.F.A.": the school is what precedes the degree.
      const degreeAt = canonicalDegree(piece)?.index ?? 0;
      const head = piece.slice(0, degreeAt).replace(/[\s,;-]+$/, "");
      if (degreeAt > 0 && INSTITUTION.test(head) && !/\b(?:in|of)$/i.test(head) && !institution) institution = cleanInstitution(head);
      if (INSTITUTION.test(piece) && !canonicalDegree(piece.replace(/\b(?:school|college) of [a-z ]+/i, "")) && !institution) institution = cleanInstitution(piece);
    }
  }
  for (const line of lines) institution ??= schoolBesideDegree(line.replace(/\bGPA\b.*$/i, ""));
  if (!found && !institution) return null;
  const endIso = graduationMonth(lines);
  const graduationYear = endIso ? Number(endIso.slice(0, 4)) : null;
  const future = endIso !== null && endIso > `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, "0")}`;
  const gpa = GPA_RE.exec(text);
  return {
    degree: found?.degree ?? null,
    field: found ? findField(text, found) : null,
    institution,
    graduation_year: graduationYear,
    expected: /\b(?:expected|anticipated|candidate|in progress|present|current)\b/i.test(text) || future,
    gpa: gpa ? (gpa[1] ?? gpa[2]).replace(/\s+/g, "") : null,
  };
}

const SCHOOL_WORD = /\b(?:University|Universidad|Universidade|Universit\p{L}*|Tecnol[oó]gico|Instituto|Institut|Polit[eé]cnico|Hochschule|College|School|Institute|Academy|Polytechnic)\b/u;
const SCHOOL_OF = /^(?:University|Universidad|Universidade|Universit\p{L}*|Tecnol[oó]gico|Instituto|Institut|Polit[eé]cnico)\s+(?:of|de|del|di|do|da|für)\b/u;

/**
 * A school on the same line as its degree with no separator between them, as
 * a narrow PDF column reads back: "Savannah College of Art and Design B.F.A.",
 * "M.A. Human Resource Management Berlin School of Economics and Law 10/2018 - 08/2020".
 * After the degree the school starts at its keyword ("Tecnológico de Monterrey")
 * or one capitalised word before it ("Berlin School of …").
 */
function schoolBesideDegree(line: string): string | null {
  const degree = canonicalDegree(line);
  if (!degree || !INSTITUTION.test(line)) return null;
  const before = line.slice(0, degree.index).replace(/[\s,;|-]+$/, "");
  if (INSTITUTION.test(before) && !/[|\t]/.test(before)) return cleanInstitution(before);
  const after = line.slice(degree.index + degree.length);
  const word = SCHOOL_WORD.exec(after);
  if (!word) return null;
  let start = word.index;
  if (!SCHOOL_OF.test(after.slice(start))) start = /\p{Lu}[\p{L}&.'-]*\s+$/u.exec(after.slice(0, start))?.index ?? start;
  let name = after.slice(start);
  const date = findDateRanges(name)[0];
  if (date) name = name.slice(0, date.index);
  name = name.split(/\s*[|\t,;]\s*|\s-\s/)[0].trim();
  return name.split(/\s+/).length >= 2 ? cleanInstitution(name) : null;
}

function cleanInstitution(piece: string): string {
  return piece.replace(/\s*\((?:expected|\d).*\)$/i, "").replace(/\s*\([A-Z][A-Za-z]{1,7}\)$/, "").replace(/[.,]$/, "").trim();
}

/** "B.S. in Computer Science, Minor in Math" → "Computer Science". */
function findField(text: string, found: { degree: string; index: number; length: number }): string | null {
  const after = text.slice(found.index + found.length);
  const m = /^\.?\s*(?:degree\s+)?(?:(?:in|of)\s+|[,:-]\s*|\s+)([A-Z][A-Za-z&/ ]+?)(?=\s*(?:[,|(;\t]|\s-\s|\bminor\b|\bconcentration\b|\b(?:19|20)\d{2}\b|\b(?:expected|anticipated|gpa|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|fall|winter)\b|$))/i.exec(after);
  // Nursing degrees name their field; otherwise what follows must not be the school itself.
  const implied = /nursing/i.test(found.degree) ? "Nursing" : null;
  const field = m?.[1].trim();
  if (!field || INSTITUTION.test(field) || field.split(/\s+/).length > 6) return implied;
  return field;
}

// "Expected May 2027", "Class of 2027", "May 2027 (expected)", "(anticipated 2027)", "Graduated May 2026".
const MARKED = /\b(?:expected|anticipated|graduat(?:ed|ing|ion)|class of|conferred|completion|awarded)\b:?\s*(?:in\s+|on\s+)?([^|;\t]{0,25})/i;
const MARKED_AFTER = /([^|;\t(]{0,25})\(\s*(?:expected|anticipated)\s*\)/i;
const HONOURS_LINE = /\b(?:dean'?s list|honou?rs? roll|scholarship|award|president'?s list)\b/i;

/**
 * The month a degree ends: a date marked as the graduation first, else the
 * last range on the degree's or school's lines, else any outside honours lines.
 */
function graduationMonth(lines: string[]): string | null {
  for (const line of lines) {
    for (const re of [MARKED, MARKED_AFTER]) {
      const m = re.exec(line);
      const range = m ? findDateRanges(m[1])[0] : undefined;
      if (range) return range.current ? null : range.end;
    }
  }
  const dated = lines.filter((l) => !HONOURS_LINE.test(l) && findDateRanges(l).length);
  // The degree's own line or the school's dates the degree; a later certificate line does not.
  const own = dated.filter((l) => canonicalDegree(l) || INSTITUTION.test(l));
  const ranges = (own.length ? own : dated).flatMap((l) => findDateRanges(l));
  const last = ranges[ranges.length - 1];
  return last ? (last.current ? null : last.end) : null;
}
