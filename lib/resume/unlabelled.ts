import { canonicalDegree } from "./education";
import { findDateRanges } from "./dates";
import { isDescriptionLine } from "./entry-lines";
import type { Section } from "./sections";

const SCHOOL = /\b(?:university|college|institute|school|academy)\b/i;

/**
 * For a resume without experience or education headings, recovers both from
 * layout: a short dated line starts an entry, which is education when it (or
 * the line next to it) names a degree or school, and experience otherwise.
 */
export function partitionUnlabelled(header: string[], labelled: Section[]): Section[] {
  const body = labelled.length ? labelled.filter((s) => s.kind === "other").flatMap((s) => s.lines) : header;
  const experience: Section = { kind: "experience", heading: "", lines: [] };
  const education: Section = { kind: "education", heading: "", lines: [] };
  let target: Section | undefined;
  for (let k = 0; k < body.length; k++) {
    const line = body[k];
    const dated = !isDescriptionLine(line) && findDateRanges(line).length > 0;
    if (dated) {
      const around = [body[k - 1] ?? "", line, body[k + 1] ?? ""];
      const isEducation = around.some((l) => !isDescriptionLine(l) && (canonicalDegree(l) || SCHOOL.test(l)));
      target = isEducation ? education : experience;
      // A title line just above the dated line belongs to the same entry.
      const previous = body[k - 1];
      if (previous && !isDescriptionLine(previous) && !findDateRanges(previous).length && target.lines[target.lines.length - 1] !== previous && k > 2) {
        removeLast(experience, previous);
        removeLast(education, previous);
        target.lines.push(previous);
      }
      target.lines.push(line);
      continue;
    }
    if (target && (isDescriptionLine(line) || target.lines.length < 3)) target.lines.push(line);
  }
  return [experience, education].filter((s) => s.lines.length);
}

function removeLast(section: Section, line: string): void {
  if (section.lines[section.lines.length - 1] === line) section.lines.pop();
}
