/**
 * Splits resume text into sections by heading vocabulary and layout: a
 * heading is a short line naming a known section (any case, optional colon),
 * or "Heading: content" on one line. Unknown ALL-CAPS lines after the first
 * section start an "other" section so their content is not misfiled.
 */
export type SectionKind =
  | "summary"
  | "objective"
  | "experience"
  | "education"
  | "skills"
  | "projects"
  | "certifications"
  | "coursework"
  | "interests"
  | "authorization"
  | "preferences"
  | "awards"
  | "activities"
  | "publications"
  | "languages"
  | "references"
  | "contact"
  | "other";

export interface Section {
  kind: SectionKind;
  heading: string;
  lines: string[];
}

const VOCABULARY: Record<Exclude<SectionKind, "other">, string[]> = {
  summary: ["summary", "professional summary", "profile", "professional profile", "about", "about me", "career summary", "summary of qualifications", "qualifications summary", "qualifications", "personal statement"],
  objective: ["objective", "career objective", "professional objective", "career goal", "career goals", "goal"],
  experience: [
    "experience", "work experience", "professional experience", "work history", "employment", "employment history",
    "relevant experience", "career history", "internships", "internship experience", "research experience",
    "industry experience", "clinical experience", "engineering experience", "professional background", "experience highlights",
    "teaching experience", "design experience", "work", "related experience", "selected experience",
    "where i've worked", "where i have worked", "positions held", "career", "employment record",
  ],
  education: ["education", "academic background", "educational background", "academics", "education and training", "education & training", "academic history"],
  skills: [
    "skills", "technical skills", "core competencies", "competencies", "skills & tools", "skills and tools", "tools", "technologies",
    "technical proficiencies", "key skills", "areas of expertise", "expertise", "laboratory skills", "lab skills", "clinical skills",
    "skills summary", "tools & technologies", "tools and technologies", "technical expertise", "skills & interests", "skills and interests",
    "core skills", "technical", "software", "systems", "platforms", "programming", "clinical", "technical toolkit", "tools & platforms", "skills & expertise", "skills & certifications", "skills and certifications", "certifications & skills", "skills & certificates", "software skills", "computer skills", "design skills", "engineering skills", "relevant skills", "tech stack", "toolkit", "toolbox", "tool box", "skill set", "skillset", "tools of the trade", "what i use",
  ],
  projects: ["projects", "class projects", "course projects", "case studies", "selected work", "capstone", "capstone projects", "academic projects", "personal projects", "selected projects", "key projects", "design projects", "engineering projects", "portfolio", "capstone project", "research projects"],
  certifications: ["certifications", "certificates", "certification", "licenses", "licenses & certifications", "licenses and certifications", "certifications & licenses", "certifications and licenses", "licensure", "professional certifications", "bar admission", "bar admissions", "admissions", "credentials", "licenses & credentials"],
  coursework: ["coursework", "relevant coursework", "courses", "relevant courses", "key coursework", "selected coursework"],
  interests: ["interests", "hobbies", "hobbies & interests", "hobbies and interests", "personal interests"],
  authorization: ["work authorization", "authorization", "work eligibility", "visa status", "citizenship", "eligibility", "work status"],
  preferences: ["target roles", "desired roles", "target role", "desired role", "looking for", "what i'm looking for", "what i am looking for", "career goals and interests", "career interests", "job preferences", "preferences", "seeking"],
  awards: ["awards", "honors", "honors & awards", "honors and awards", "awards & honors", "achievements", "scholarships"],
  activities: [
    "activities", "leadership", "leadership & activities", "leadership and activities", "extracurricular activities", "extracurriculars",
    "volunteer", "volunteering", "volunteer experience", "community involvement", "involvement", "leadership experience", "campus involvement",
  ],
  publications: ["publications", "presentations", "publications & presentations", "research"],
  languages: ["languages", "spoken languages", "language skills"],
  references: ["references"],
  contact: ["contact", "contact information", "contact info", "personal information", "personal details"],
};

// Sections with nothing to extract; naming them keeps their lines out of the section above.
const OTHER_HEADINGS = [
  "memberships", "professional memberships", "affiliations", "professional affiliations", "memberships & affiliations",
  "teaching", "teaching & mentoring", "teaching and mentoring", "mentoring", "service", "professional service", "patents",
  "conferences", "grants", "grants & fellowships", "fellowships", "awards & fellowships", "invited talks", "talks",
  // Rotations list units and hours, not jobs.
  "clinical rotations", "rotations", "clinical placements", "clinicals",
];

const HEADING_KIND = new Map<string, SectionKind>();
// Letter-spaced headings closed up lose their word breaks: "WORKEXPERIENCE".
const COMPACT_KIND = new Map<string, SectionKind>();
for (const [kind, names] of Object.entries(VOCABULARY)) {
  for (const name of names) {
    HEADING_KIND.set(name, kind as SectionKind);
    COMPACT_KIND.set(name.replace(/\s+/g, ""), kind as SectionKind);
  }
}

export function headingKey(line: string): string {
  return line
    .toLowerCase()
    .replace(/\((?:continued|cont'?d?\.?)\)|\bcontinued$/g, "")
    // "Selected Publications (11 total; 6 first-author)": the note is not part of the name.
    .replace(/\s*\([^)]*\)\s*$/, "")
    .replace(/[#*=_~|:•]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

for (const name of OTHER_HEADINGS) if (!HEADING_KIND.has(name)) HEADING_KIND.set(name, "other");

// Unlisted headings that still say what they hold: "Laboratory Techniques", "Digital Tools", "Selected Publications".
const HEADING_SUFFIX: [RegExp, SectionKind][] = [
  [/\b(?:skills|tools|toolbox|toolkit|techniques|competencies|proficiencies|technologies|systems|software|platforms|stack)$/, "skills"],
  [/\b(?:coursework|courses)$/, "coursework"],
  [/\b(?:projects?|capstone|thesis)$/, "projects"],
  [/\b(?:publications|presentations|papers)$/, "publications"],
  [/\b(?:certifications|certificates|licenses|licences)$/, "certifications"],
  [/\b(?:memberships|affiliations)$/, "other"],
];

/** The section a whole line names, if it is a heading. */
export function classifyHeading(line: string): SectionKind | undefined {
  const trimmed = line.trim();
  if (!trimmed || trimmed.length > 48 || trimmed.startsWith("- ")) return undefined;
  const key = headingKey(trimmed);
  const known = HEADING_KIND.get(key) ?? (/^[A-Z&]+$/.test(trimmed) ? COMPACT_KIND.get(key) : undefined);
  if (known) return known;
  // "Campus Employment", "Military Experience", "Healthcare Work History": a kind of experience.
  if (/^[a-z&' ]{3,40}$/.test(key) && key.split(" ").length <= 4 && /\b(?:experience|employment|work history)$/.test(key)) return "experience";
  if (/^[A-Z&]{6,40}$/.test(trimmed) && /.(?:experience|employment|workhistory)$/.test(key)) return "experience";
  if (/^[a-z&' ]{3,40}$/.test(key) && key.split(" ").length <= 4) for (const [suffix, kind] of HEADING_SUFFIX) if (suffix.test(key)) return kind;
  return undefined;
}

export interface SplitResume {
  /** Lines before the first heading (name and contact details, usually). */
  header: string[];
  sections: Section[];
}

export function splitSections(text: string): SplitResume {
  const header: string[] = [];
  const sections: Section[] = [];
  let current: Section | undefined;
  for (const rawLine of text.split("\n")) {
    const line = rawLine.trim();
    const heading = detectHeading(line, current?.kind);
    if (heading) {
      current = { kind: heading.kind, heading: heading.heading, lines: heading.rest ? [heading.rest] : [] };
      sections.push(current);
      continue;
    }
    if (!line) continue;
    if (current) current.lines.push(line);
    else header.push(line);
  }
  return { header, sections };
}

// Inside these, "Tools: Figma" or an ALL-CAPS company name belongs to the entry, not a new section.
const ENTRY_SECTIONS = new Set<SectionKind>(["experience", "projects", "activities", "education"]);
const STRONG_INLINE = new Set<SectionKind>(["education", "coursework", "experience", "certifications", "authorization", "objective", "preferences"]);

function detectHeading(line: string, inKind: SectionKind | undefined): { kind: SectionKind; heading: string; rest?: string } | undefined {
  if (!line) return undefined;
  const whole = classifyHeading(line);
  if (whole) return { kind: whole, heading: line.replace(/:$/, "").trim() };
  // "Skills: Python, SQL" or "Relevant Coursework - Statics, Dynamics"
  const inline = /^([A-Za-z][A-Za-z &/]{2,40}?)\s*[:|]\s+(.+)$/.exec(line);
  if (inline) {
    const kind = classifyHeading(inline[1]);
    const headingName = headingKey(inline[1]);
    const strong = kind !== undefined && (STRONG_INLINE.has(kind) || headingName.includes("skills"));
    // Inside a skills section "Languages: Python, Go" is a skills line, not a new section.
    const withinSkills = (inKind === "skills" && (kind === "skills" || kind === "languages")) || (inKind === "education" && kind === "coursework");
    if (kind && !withinSkills && (!inKind || !ENTRY_SECTIONS.has(inKind) || strong)) return { kind, heading: inline[1].trim(), rest: inline[2].trim() };
  }
  // An unknown ALL-CAPS short line inside the body is still a heading, e.g. "VOLUNTEER WORK".
  // In a skills list a lone acronym ("MATLAB", "SPSS") is an item.
  const listItem = inKind === "skills" && !/\s/.test(line);
  if (inKind && !ENTRY_SECTIONS.has(inKind) && !listItem && /^[A-Z][A-Z &/-]{3,40}$/.test(line) && line.split(/\s+/).length <= 4 && !/\d/.test(line)) {
    return { kind: "other", heading: line };
  }
  return undefined;
}
