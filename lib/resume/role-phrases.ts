import { TITLE_WORDS } from "./title-words";

/**
 * The roles a statement asks for: "Seeking a Summer 2027 Supply Chain Intern
 * or Operations Intern position, and a full-time Operations Analyst role",
 * "Open to Data Analyst or BI Developer positions", "looking for a junior UX
 * designer or UI/UX designer role". Each phrase before a role noun is split
 * on commas and "or"; a piece counts when it names a job (a title word), or
 * when the noun is an internship ("a marketing internship" → Marketing Intern).
 */
const TRIGGER = /\b(?:seeking|looking for|pursuing|open to|interested in|apply(?:ing)? for|targeting|to obtain|to secure|to join as|ideally)\b/i;
const ROLE_NOUN = /\b(positions?|roles?|jobs?|opportunit(?:y|ies)|internships?|co-?ops?)\b/gi;
// Lower-case qualifiers describe the job, not its title; "Junior Software Engineer" as written stays.
const QUALIFIER =
  /^(?:and|or|a|an|the|my|first|next|new|full[- ]time|part[- ]time|entry[- ]level|junior|senior|summer|fall|spring|winter|paid|remote|hybrid|permanent|temporary|contract|new grad(?:uate)?|challenging|rewarding|(?:summer|fall|spring|winter) \d{4}|\d{4})\s+/i;
const CASE_SENSITIVE_QUALIFIER = /^(?:junior|senior)\s+/;
const SMALL = new Set(["and", "of", "in", "for", "to", "the"]);

export function rolesFromStatement(text: string): string[] {
  return text.split(/[.;!?](?:\s|$)/).flatMap(rolesFromSentence);
}

function rolesFromSentence(line: string): string[] {
  const trigger = TRIGGER.exec(line);
  if (!trigger) return [];
  const sentence = line.slice(trigger.index + trigger[0].length);
  const roles: string[] = [];
  let from = 0;
  for (const m of sentence.matchAll(ROLE_NOUN)) {
    const phrase = sentence.slice(from, m.index).replace(/^.*:\s*/, "");
    from = m.index + m[0].length;
    // "a full-time role as a Registered Nurse in pediatrics"
    const as = /^\s+as\s+(?:an?\s+)?(.+?)(?=\s+(?:in|at|with|for|within|on|where|who|that)\b|[,;]|$)/i.exec(sentence.slice(from));
    if (as) {
      const role = cleanRole(as[1]);
      if (role && TITLE_WORDS.test(role) && role.split(/\s+/).length <= 5) roles.push(role);
      continue;
    }
    const internship = /^(?:internships?|co-?ops?)$/i.test(m[1]);
    for (const piece of splitRoles(phrase)) {
      const role = cleanRole(piece);
      if (!role || role.split(/\s+/).length > 6) continue;
      if (internship && !/\b(?:in|at|with|for)\b/i.test(role)) roles.push(/\b(?:intern|co-?op)\b/i.test(role) ? role : `${role} Intern`);
      else if (TITLE_WORDS.test(role)) roles.push(role);
    }
  }
  return roles;
}

/** "A, B or C"; "X and Y" too when both halves name a job ("Product Manager and Associate Product Manager"). */
function splitRoles(phrase: string): string[] {
  return phrase.split(/\s*,\s*|\s+or\s+/).flatMap((piece) => {
    const halves = piece.split(/\s+and\s+/);
    return halves.length > 1 && halves.every((h) => TITLE_WORDS.test(h)) ? halves : [piece];
  });
}

export function cleanRole(text: string): string {
  let t = text.replace(/[.]+$/, "").replace(/\s+/g, " ").trim();
  for (let previous = ""; previous !== t; ) {
    previous = t;
    t = t.replace(QUALIFIER, (q) => (CASE_SENSITIVE_QUALIFIER.test(q.toLowerCase()) && /^[A-Z]/.test(q) ? q : "")).trim();
  }
  if (/^(?:an?|the|new|my)$/i.test(t) || !/[a-z]{2}/i.test(t)) return "";
  return t
    .split(" ")
    .map((w) => (/^[a-z]/.test(w) && !SMALL.has(w) ? w[0].toUpperCase() + w.slice(1) : w))
    .join(" ");
}
