import { TITLE_WORDS } from "./title-words";

/**
 * The roles a statement asks for: "Seeking a Summer 2027 Supply Chain Intern
 * or Operations Intern position, and a full-time Operations Analyst role",
 * "Open to Data Analyst or BI Developer positions", "looking for a junior UX
 * designer or UI/UX designer role". Each phrase before a role noun is split
 * on commas and "or"; a piece counts when it names a job (a title word), or
 * when the noun is an internship ("a marketing internship" → Marketing Intern).
 */
const TRIGGER =
  /\b(?:seeking|looking for|pursuing|open to|interested in|apply(?:ing)? for|targeting|to obtain|to secure|to join as|ideally|(?:would|'d) (?:love|like) to|hope to|aim to|want to|eager to|excited to|goal is to|hoping to|plan to|intend to|to become|aspiring|transition(?:ing)? (?:in)?to|pivot(?:ing)? (?:in)?to)\b/i;
// After these the role follows directly: "Aspiring data analyst with …", "to become a UX designer".
const DIRECT = /^(?:to become|aspiring|transition(?:ing)? (?:in)?to|pivot(?:ing)? (?:in)?to)$/i;
const AS_ROLE = /^\s+as\s+(.+)$/i;
const ROLE_NOUN = /\b(positions?|roles?|jobs?|opportunit(?:y|ies)|internships?|co-?ops?)\b/gi;
// Lower-case qualifiers describe the job, not its title; "Junior Software Engineer" as written stays.
const QUALIFIER =
  /^(?:and|or|a|an|the|my|first|next|new|full[- ]time|part[- ]time|entry[- ]level|junior|senior|summer|fall|spring|winter|paid|remote|hybrid|permanent|temporary|contract|new grad(?:uate)?|challenging|rewarding|(?:summer|fall|spring|winter) \d{4}|\d{4}|(?:pre-?)?k[-–]\d{1,2}|\d{1,2}[-–]\d{1,2})\s+/i;
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
    const as = AS_ROLE.exec(sentence.slice(from));
    if (as) {
      roles.push(...titledRoles(as[1]));
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
  // "hoping to become a UX designer", "my goal is to work as a brand designer"
  const then = /^\s+(?:become|be|work as)\s+/i.exec(sentence);
  if (!roles.length && (DIRECT.test(trigger[0]) || then)) {
    roles.push(...titledRoles(sentence.slice(then?.[0].length ?? 0).replace(/\s+(?:role|position|job)s?\b.*$/i, "")));
  }
  // "I'd love to join a consumer brand as a Marketing Manager or Brand Manager"
  if (!roles.length) {
    const as = /\bas\s+(?=an?\s)/i.exec(sentence);
    if (as) roles.push(...titledRoles(sentence.slice(as.index + as[0].length)));
  }
  return roles;
}

/** The job titles in "a junior data analyst or BI analyst in Boston" (what follows "as"). */
function titledRoles(text: string): string[] {
  const span = /^(?:an?\s+)?(.+?)(?=\s+(?:in|at|with|for|within|on|where|who|that|beginning|starting|seeking|looking|passionate|skilled|experienced|focused)\b|[,;]|$)/i.exec(text.trim())?.[1] ?? "";
  return splitRoles(span)
    .map(cleanRole)
    .filter((role) => role && TITLE_WORDS.test(role) && role.split(/\s+/).length <= 5);
}

/** "A, B or C"; "X and Y" too when both halves name a job ("Product Manager and Associate Product Manager"). */
function splitRoles(phrase: string): string[] {
  const pieces = phrase.split(/\s*,\s*|\s+or\s+/).flatMap((piece) => {
    const halves = piece.split(/\s+and\s+/);
    return halves.length > 1 && halves.every((h) => TITLE_WORDS.test(h)) ? halves : [piece];
  });
  // "full-stack or front-end developer": the last piece's job noun is shared by the bare modifiers before it.
  const head = /\s(\S+)$/.exec(pieces[pieces.length - 1]?.trim() ?? "")?.[1];
  if (!head || pieces.length < 2 || !TITLE_WORDS.test(head)) return pieces;
  return pieces.map((p, k) => (k < pieces.length - 1 && p.trim().split(/\s+/).length <= 2 && !TITLE_WORDS.test(p) && /^[a-z]/i.test(p.trim()) ? `${p.trim()} ${head}` : p));
}

export function cleanRole(text: string): string {
  // "structural engineer (EIT)": a note in parentheses is not part of the title.
  let t = text.replace(/\s*\([^)]*\)/g, "").replace(/[.]+$/, "").replace(/\s+/g, " ").trim();
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
