import type { JobType } from "@/lib/profile/schema";
import { cleanRole, rolesFromStatement } from "./role-phrases";

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

const ROLE_LIST = /\b(?:target|desired|preferred)\s+(?:roles?|positions?|titles?)\s*[:-]\s*([^.]+)/i;
const BARE_ROLE = /^(?:an?\s+)?(?:(?:full[- ]time|part[- ]time|entry[- ]level|junior|summer)\s+)*([a-z][a-z/&+ -]{2,50}?)\s*(internships?|co-?ops?|positions?|roles?|jobs?)?$/i;
const LOCATIONS = /^(?:preferred\s+locations?|open to relocation(?: to)?|willing to relocate(?: to)?|relocation)\s*[:-]\s*(.+)$/i;

/** `roleLines` are lines of a "Looking for" / "Target roles" section: each names a role outright. */
export function extractPreferences(statementLines: string[], roleLines: string[] = []): Preferences {
  const roles: string[] = [];
  const jobTypes = new Set<JobType>();
  const locations: string[] = [];
  for (const line of roleLines) {
    if (rolesFromStatement(line).length || ROLE_LIST.test(line)) continue;
    // "Frontend Engineer, UI Engineer" under a Target Roles heading: each item is a role.
    for (const item of line.replace(/^- /, "").split(/\s*[,;|]\s*|\s+or\s+/)) {
      const bare = BARE_ROLE.exec(item);
      if (!bare) continue;
      const internship = bare[2] !== undefined && /intern|co-?op/i.test(bare[2]);
      roles.push(cleanRole(bare[1]) + (internship ? " Intern" : ""));
    }
  }
  for (const line of [...statementLines, ...roleLines]) {
    const list = ROLE_LIST.exec(line);
    if (list) roles.push(...list[1].split(/\s*[,;|/]\s*|\s+or\s+/).map(cleanRole).filter(Boolean));
    roles.push(...rolesFromStatement(line));
    if (/\b(?:internship|co-?op)s?\b/i.test(line)) jobTypes.add("internship");
    if (/\bfull[- ]time\b/i.test(line)) jobTypes.add("full-time");
    if (/\bpart[- ]time\b/i.test(line)) jobTypes.add("part-time");
    if (/\b(?:contract|freelance)\b/i.test(line)) jobTypes.add("contract");
    const loc = LOCATIONS.exec(line);
    if (loc) locations.push(...loc[1].split(/\s*[;|/]\s*|\s+or\s+|,\s*(?=[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?:,|$))/).map((l) => l.trim()).filter(Boolean));
  }
  if (roles.some((r) => /\b(?:intern|co-?op)\b/i.test(r))) jobTypes.add("internship");
  return { desired_roles: dedupe(roles), job_types: [...jobTypes], preferred_locations: dedupe(locations) };
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
