import type { ExperienceEntry, ParsedProfile } from "@/lib/profile/schema";
import { extractSkills, type SkillHit } from "@/lib/skills/extract";
import { extractAuthorization } from "./authorization";
import { careerLevel, yearsOfExperience } from "./career";
import { extractContact, standaloneLinks } from "./contact";
import { parseEducation, splitCourseList } from "./education";
import { parseExperience } from "./experience";
import { inferIndustries } from "./industries";
import { unlistedSkillItems } from "./listed-skills";
import { dropInjectedInstructions } from "./injection";
import { deriveInsights } from "./insights";
import { normalizeResumeText } from "./normalize-text";
import { extractPreferences } from "./preferences";
import { splitSections, type Section, type SectionKind } from "./sections";
import { partitionUnlabelled } from "./unlabelled";

export interface LocalParseOptions {
  /** "Today", for Present dates and expected graduations; pass it for deterministic output. */
  now?: Date;
}

// Sections whose prose names skills the candidate used; interests and coursework do not count.
const PROSE_SKILL_SECTIONS = new Set<SectionKind>(["summary", "experience", "projects", "certifications", "activities", "other", "publications", "awards"]);
const STATEMENT_SECTIONS: SectionKind[] = ["summary", "objective", "authorization"];

/** Resume text → ParsedProfile without any model: pure, deterministic, never invents values. */
export function parseResumeLocally(text: string, options: LocalParseOptions = {}): ParsedProfile {
  const now = options.now ?? new Date();
  const clean = joinWrappedLines(dropRunningHeads(dropInjectedInstructions(normalizeResumeText(text ?? ""))));
  const { header, sections: labelled } = splitSections(clean);
  const sections = labelled.some((s) => s.kind === "experience" || s.kind === "education") ? labelled : [...labelled, ...partitionUnlabelled(header, labelled)];
  const linesOf = (...kinds: SectionKind[]) => sections.filter((s) => kinds.includes(s.kind)).flatMap((s) => s.lines);

  // Contact details sit at the top even when a "Portfolio: …" line there reads like a heading.
  const contact = contactDetails(clean.split("\n"), linesOf("contact"));
  const experience = parseExperience(linesOf("experience"));
  const education = parseEducation(linesOf("education"), now);
  const coursework = dedupe([...education.coursework, ...linesOf("coursework").flatMap((l) => splitCourseList(l.replace(/^- /, "")))]);
  // An unheaded summary under the name is prose like any summary; contact lines are not.
  const headerProse = header.slice(1).filter((l) => l.split(/\s+/).length >= 8 && !/@|https?:|www\./i.test(l));
  const skills = collectSkills(sections, labelled.length ? headerProse : header.slice(1), experience);
  const allLines = clean.split("\n");
  // A summary is prose: its lines are one paragraph, however the page wrapped them.
  const statements = sections.filter((s) => STATEMENT_SECTIONS.includes(s.kind) || s.kind === "preferences").map((s) => s.lines.join(" "));
  const preferences = extractPreferences([...header, ...statements], linesOf("preferences"));
  // Wrapped statements too: "… or remote. U.S." / "citizen." is one sentence.
  const authorization = extractAuthorization([...allLines, ...statements]);
  const summarySection = sections.find((s) => s.kind === "summary") ?? sections.find((s) => s.kind === "objective");

  // A bootcamp certificate or a course is education, but the degree dates the graduation.
  const degrees = education.entries.some((e) => e.degree) ? education.entries.filter((e) => e.degree) : education.graduating;
  const companies = dedupe(experience.map((e) => e.company).filter((c): c is string => Boolean(c)));
  const facts = {
    ...contact,
    ...authorization,
    years_of_experience: yearsOfExperience(experience, now),
    career_level: careerLevel(degrees, experience, now),
    professional_summary: summarySection?.lines.length ? summarySection.lines.join(" ").slice(0, 1200) : null,
    ...skills,
    job_titles: dedupe(experience.map((e) => e.title)),
    companies,
    industries: inferIndustries([...companies]),
    experience_descriptions: experience.map((e) => e.description).filter((d): d is string => Boolean(d)),
    experience_entries: experience,
    degrees: dedupe(education.entries.map((e) => e.degree).filter((d): d is string => Boolean(d))),
    institutions: dedupe(education.entries.map((e) => e.institution).filter((i): i is string => Boolean(i))),
    graduation_years: [...new Set(degrees.map((e) => e.graduation_year).filter((y): y is number => y !== null))],
    relevant_coursework: coursework,
    education_entries: education.entries,
    desired_roles: preferences.desired_roles,
    preferred_locations: preferences.preferred_locations,
    salary_range_min: null,
    salary_range_max: null,
    job_types: preferences.job_types,
    company_size_preference: [],
  };
  return { ...facts, ...deriveInsights(facts) };
}

/**
 * Contact details from the top of the page; when a sidebar read first pushed
 * them down (a PDF's left column), from the lines around the first email.
 * A line that is only a web address, anywhere, is the candidate's own link.
 */
function contactDetails(lines: string[], contactSection: string[]) {
  const top = extractContact([...lines.slice(0, 8), ...contactSection]);
  const at = lines.findIndex((l) => /\S@\S+\.[a-z]{2,}/i.test(l));
  const near = at >= 8 ? extractContact(lines.slice(Math.max(0, at - 3), at + 4)) : undefined;
  const links = [...top.links, ...(near?.links ?? []), ...standaloneLinks(lines)];
  return {
    full_name: top.full_name ?? near?.full_name ?? null,
    email: top.email ?? near?.email ?? null,
    phone: top.phone ?? near?.phone ?? null,
    location: top.location ?? near?.location ?? null,
    links: links.filter((l, k) => links.findIndex((o) => o.toLowerCase() === l.toLowerCase()) === k),
  };
}

/**
 * Skills sections are read as lists; prose sections and experience titles and
 * descriptions as prose. Employer names are left out on purpose: working at
 * Tableau is not knowing Tableau.
 */
function collectSkills(sections: Section[], unlabelledBody: string[], experience: ExperienceEntry[]) {
  const hits: SkillHit[] = [];
  const skillSections = sections.filter((s) => s.kind === "skills");
  for (const line of skillSections.flatMap((s) => s.lines)) hits.push(...extractSkills(line, { context: "skills_list" }), ...unlistedSkillItems(line));
  const prose = sections.filter((s) => PROSE_SKILL_SECTIONS.has(s.kind) && s.kind !== "experience").flatMap((s) => s.lines);
  for (const entry of experience) prose.push(entry.title, ...(entry.description?.split("\n") ?? []));
  // Without any section headings the body is all there is; company lines are still skipped.
  const companies = experience.map((e) => e.company).filter((c): c is string => Boolean(c));
  prose.push(...unlabelledBody.filter((l) => !companies.some((c) => l.includes(c))));
  for (const line of prose) hits.push(...extractSkills(line, { context: looksLikeList(line) ? "skills_list" : "prose" }));
  const byCategory = {
    programming_languages: [] as string[],
    frameworks_libraries: [] as string[],
    tools_platforms: [] as string[],
    soft_skills: [] as string[],
    domain_skills: [] as string[],
  };
  for (const hit of hits) if (!byCategory[hit.category].includes(hit.name)) byCategory[hit.category].push(hit.name);
  return byCategory;
}

/** Re-joins wrapped lines: a lower-case line continues a bullet or a line left hanging on a comma or connector. */
function joinWrappedLines(text: string): string {
  const out: string[] = [];
  for (const line of text.split("\n")) {
    const previous = out[out.length - 1];
    const hanging = previous !== undefined && (/^- /.test(previous) || /(?:,|\b(?:and|or|of|the|with|in|for|to|by|a|an))$/.test(previous)) && !/[.:;!?]$/.test(previous);
    // A long line cut after a comma or connector wrapped on the page, whatever case the next word has.
    const wrapped = hanging && previous.length >= 55 && /(?:,|\b(?:and|or|of|the|with|in|for|to|by|a|an))$/.test(previous) && !/^- /.test(line) && !/\t/.test(line);
    if ((wrapped || (hanging && /^[a-z(]/.test(line))) && !/@|\.com\b/.test(line)) out[out.length - 1] = `${previous} ${line}`;
    else out.push(line);
  }
  return out.join("\n");
}

/** Page furniture repeated on later pages: "Page 2 of 3", "Jane Doe - Resume, page 2". */
function dropRunningHeads(text: string): string {
  return text
    .split("\n")
    .filter((line) => !(/\bpage \d+(?:\s*(?:of|\/)\s*\d+)?$/i.test(line) && line.split(/\s+/).length <= 10 && !line.startsWith("- ")))
    .join("\n");
}

/** "Tools: Figma, Miro, Jira" inside an entry reads as a list even outside a skills section. */
function looksLikeList(line: string): boolean {
  return /^(?:- )?(?:tools|technologies|tech stack|stack|skills|languages|software)\s*(?:used)?\s*:/i.test(line);
}

function dedupe<T extends string>(values: T[]): T[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = v.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

