import type { Sponsorship } from "../types";

export interface WorkAuthorization {
  sponsorship: Sponsorship | null;
  requires_security_clearance: boolean;
  requires_citizenship: boolean;
}

// Negative statements are checked first: "we do not offer visa sponsorship" contains "offer visa sponsorship".
const NO_SPONSORSHIP = [
  /\b(?:no|without(?: the need for| requiring| needing)?(?: current or future)?|not (?:able|going) to (?:provide|offer)|unable to (?:provide|offer|sponsor)|(?:cannot|can ?not|can't|will not|won't|do(?:es)? not|don't|doesn't|are not able to|is not able to)(?: currently)? (?:provide|offer|sponsor|support)(?: any)?)(?: employment)?(?: (?:work )?visa| h-?1b| immigration)?(?: or work permit)? sponsorship\b/i,
  /\b(?:cannot|can ?not|can't|will not|won't|do(?:es)? not|don't|doesn't|unable to|not able to|are not able to)(?: currently)? sponsor\b/i,
  /\bsponsorship:?\s+(?:is |will )?(?:not (?:be )?(?:available|provided|offered|possible)|unavailable|none)\b/i,
  /\bnot eligible for (?:visa )?sponsorship\b/i,
  /\b(?:must|need to|required to) (?:be|have) (?:legally )?(?:authori[sz]ed|eligible|the right) to work\b(?:[^.]|\.(?=\S)){0,80}\bwithout\b[^.]{0,40}\bsponsor/i,
  /\bwithout (?:the need for )?(?:current or future )?(?:need for )?(?:employer |visa )?sponsorship\b/i,
];
const YES_SPONSORSHIP = [
  /\b(?:visa|h-?1b|work permit|immigration|relocation and visa) sponsorship (?:is |will be )?(?:available|provided|offered|possible|supported)\b/i,
  /\bwe (?:will|can|do|are happy to|are able to|are open to)(?: also)? (?:sponsor|provide (?:visa )?sponsorship|offer (?:visa )?sponsorship|support (?:visa|work permit))/i,
  /\b(?:offers?|provides?|including|includes) (?:full )?(?:visa|h-?1b|work permit) sponsorship\b/i,
  /\bsponsorship (?:is )?available\b/i,
  /\bopen to sponsoring\b/i,
  /\bwilling to sponsor\b/i,
];
const CLEARANCE = /\b(?:ts\/sci|top secret|(?:active|current|secret|dod|security|public trust|sc|dv|nv1|nv2) clearance|ability to (?:obtain|maintain|hold) (?:a |an )?(?:[\w/]+ )?clearance|clearance (?:is )?required|must (?:hold|have|possess|obtain) (?:a |an )?(?:active )?(?:[\w/]+ )?clearance)\b/i;
const CITIZENSHIP = /\b(?:u\.?s\.? citizenship (?:is )?required|must be (?:a )?u\.?s\.? citizens?|(?:u\.?s\.?|us|uk|canadian|british) citizens? only|(?:citizenship|citizen) (?:is )?required|requires (?:u\.?s\.? )?citizenship|must (?:hold|have) (?:u\.?s\.? |uk |canadian )?citizenship|only (?:u\.?s\.? )?citizens)\b/i;

export function parseWorkAuthorization(text: string): WorkAuthorization {
  let sponsorship: Sponsorship | null = null;
  if (/sponsor/i.test(text)) {
    if (NO_SPONSORSHIP.some((pattern) => pattern.test(text))) sponsorship = "no";
    else if (YES_SPONSORSHIP.some((pattern) => pattern.test(text))) sponsorship = "yes";
  }
  const clearance = CLEARANCE.test(text);
  const citizenship = CITIZENSHIP.test(text);
  // Clearance and citizenship rule out sponsorship even when the posting does not say so.
  if (sponsorship === null && (clearance || citizenship)) sponsorship = "no";
  return { sponsorship, requires_security_clearance: clearance, requires_citizenship: citizenship };
}
