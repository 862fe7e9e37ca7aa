/**
 * Splits a plain-text description into sections by heading and classifies
 * each as requirements, nice-to-haves or other, so skills and years can be
 * read from the right part of the posting.
 */
export type SectionKind = "required" | "preferred" | "other";

export interface Section {
  kind: SectionKind;
  heading: string | null;
  text: string;
}

const PREFERRED_HEADING = /\b(?:nice[- ]to[- ]haves?|preferred|bonus(?: points)?|plus(?:es)?|good to have|desirable|desired|would be (?:great|nice)|extra credit|ideally|it'?s a plus|even better|stand out|brownie points|optional)\b/i;
const REQUIRED_HEADING = /\b(?:requirements?|required|what you'?ll need|what you need|what we'?re looking for|what we look for|qualifications?|must[- ]haves?|you have|you'?ll have|about you|who you are|skills|experience|you bring|what you bring|we'?re looking for|minimum|basic qualifications|competencies|essential|ideal candidate)\b/i;
const OTHER_HEADING = /\b(?:responsibilit(?:y|ies)|what you'?ll do|the role|about (?:us|the (?:role|team|company|job))|role overview|benefits|perks|what we offer|compensation|salary|pay|why join|our team|the team|how to apply|equal opportunity|eeo|location|schedule|day[- ]to[- ]day|you will|in this role|overview|summary|who we are|mission|culture)\b/i;
/** A line that flags itself as optional inside a requirements list ("Bonus: Rust", "Go is a plus"). */
export const PREFERRED_LINE = /\b(?:nice[- ]to[- ]have|a plus|is a plus|are a plus|plus if|bonus|preferred|preferably|ideally|desirable|not required|a bonus|would be nice|helpful but)\b/i;

function headingOf(line: string): string | null {
  const trimmed = line.trim();
  if (trimmed.length < 3 || trimmed.length > 70 || trimmed.startsWith("- ")) return null;
  if (/[.!?]$/.test(trimmed) && !/:$/.test(trimmed)) return null;
  const words = trimmed.replace(/:$/, "").split(/\s+/).length;
  if (words > 9) return null;
  if (/:$/.test(trimmed) || /^#+\s/.test(trimmed) || /^[A-Z][^a-z]*$/.test(trimmed) || words <= 6) return trimmed.replace(/^#+\s*|:$/g, "").trim();
  return null;
}

function classify(heading: string): SectionKind | null {
  if (PREFERRED_HEADING.test(heading)) return "preferred";
  if (OTHER_HEADING.test(heading) && !/qualification|requirement/i.test(heading)) return "other";
  if (REQUIRED_HEADING.test(heading)) return "required";
  return null;
}

export function splitSections(text: string): Section[] {
  const sections: Section[] = [];
  let current: Section = { kind: "other", heading: null, text: "" };
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const heading = headingOf(line);
    // A short line is only a heading if it names a known section; otherwise it is content.
    const kind = heading ? classify(heading) : null;
    if (heading && kind) {
      if (current.text.trim() || current.heading) sections.push(current);
      current = { kind, heading, text: "" };
      continue;
    }
    current.text += `${line}\n`;
  }
  if (current.text.trim() || current.heading) sections.push(current);
  return sections;
}

/** Text of the required and preferred parts; lines flagged "a plus" move to preferred. */
export function requirementTexts(text: string): { required: string; preferred: string; hasSections: boolean } {
  let required = "";
  let preferred = "";
  let hasSections = false;
  for (const section of splitSections(text)) {
    if (section.kind === "other") continue;
    hasSections = true;
    if (section.kind === "preferred") {
      preferred += section.text;
      continue;
    }
    for (const line of section.text.split("\n")) {
      if (PREFERRED_LINE.test(line)) preferred += `${line}\n`;
      else required += `${line}\n`;
    }
  }
  return { required, preferred, hasSections };
}
