import type { JobType } from "@/lib/profile/schema";

/**
 * Desired roles and job types from what the student states ("Objective:
 * seeking a software engineering internship", "Target roles: Data Analyst,
 * BI Analyst"), never from past jobs.
 */
export interface Preferences {
  desired_roles: string[];
  job_types: JobType[];
  preferred_locations: string[];
}

const SEEKING =
  /\b(?:seeking|looking for|pursuing|interested in|aspiring|to obtain|to secure|to join as|apply(?:ing)? for)\s+(?:an?\s+|the\s+)?(?:(?:full[- ]time|part[- ]time|entry[- ]level|junior|summer|fall|spring|paid|new grad(?:uate)?|remote|challenging|rewarding)\s+)*([a-z][a-z/&+ -]{2,60}?)\s+(internship|co-?op|position|role|job|opportunity|opportunities|roles|positions)\b/i;
const ROLE_LIST = /\b(?:target|desired|preferred)\s+(?:roles?|positions?|titles?)\s*[:-]\s*([^.]+)/i;
const BARE_ROLE = /^(?:an?\s+)?(?:(?:full[- ]time|part[- ]time|entry[- ]level|junior|summer)\s+)*([a-z][a-z/&+ -]{2,50}?)\s*(internships?|co-?ops?|positions?|roles?|jobs?)?$/i;
const LOCATIONS = /^(?:preferred\s+locations?|open to relocation(?: to)?|willing to relocate(?: to)?|relocation)\s*[:-]\s*(.+)$/i;

/** `roleLines` are lines of a "Looking for" / "Target roles" section: each names a role outright. */
export function extractPreferences(statementLines: string[], roleLines: string[] = []): Preferences {
  const roles: string[] = [];
  const jobTypes = new Set<JobType>();
  const locations: string[] = [];
  for (const line of roleLines) {
    const bare = BARE_ROLE.exec(line.replace(/^- /, ""));
    if (!bare || SEEKING.test(line) || ROLE_LIST.test(line)) continue;
    const internship = bare[2] !== undefined && /intern|co-?op/i.test(bare[2]);
    roles.push(cleanRole(bare[1]) + (internship ? " Intern" : ""));
  }
  for (const line of [...statementLines, ...roleLines]) {
    const list = ROLE_LIST.exec(line);
    if (list) roles.push(...list[1].split(/\s*[,;|/]\s*|\s+or\s+/).map(cleanRole).filter(Boolean));
    const seeking = SEEKING.exec(line);
    if (seeking) {
      const internship = /intern|co-?op/i.test(seeking[2]);
      const role = cleanRole(seeking[1]) + (internship && !/\bintern\b/i.test(seeking[1]) ? " Intern" : "");
      if (!/^(?:an?|the|new|my)$/i.test(role)) roles.push(role);
    }
    if (/\b(?:internship|co-?op)s?\b/i.test(line)) jobTypes.add("internship");
    if (/\bfull[- ]time\b/i.test(line)) jobTypes.add("full-time");
    if (/\bpart[- ]time\b/i.test(line)) jobTypes.add("part-time");
    if (/\b(?:contract|freelance)\b/i.test(line)) jobTypes.add("contract");
    const loc = LOCATIONS.exec(line);
    if (loc) locations.push(...loc[1].split(/\s*[;|/]\s*|\s+or\s+|,\s*(?=[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?:,|$))/).map((l) => l.trim()).filter(Boolean));
  }
  return { desired_roles: dedupe(roles), job_types: [...jobTypes], preferred_locations: dedupe(locations) };
}

function cleanRole(text: string): string {
  const words = text
    .replace(/[.]+$/, "")
    .trim()
    .split(/\s+/)
    .filter((w) => !/^(?:a|an|the|entry-level|junior|full-time|part-time)$/i.test(w));
  return words.map((w) => (/^[a-z]/.test(w) && !/^(?:and|of|in|for)$/.test(w) ? w[0].toUpperCase() + w.slice(1) : w)).join(" ");
}

function dedupe(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = v.toLowerCase();
    if (!v || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
