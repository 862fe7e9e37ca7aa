import type { RemoteType } from "../types";
import { CA_PROVINCES, CITIES, COUNTRY_ALIASES, INDIAN_STATES, REGION_ALIASES, US_STATES, type CityInfo } from "./location-data";

export interface ParsedLocation {
  city: string | null;
  region: string | null;
  country: string | null;
  remote_type: RemoteType | null;
  remote_regions: string[];
  remote_worldwide: boolean;
}

export interface LocationInput {
  location: string | null;
  remoteHint?: string | null;
  title?: string | null;
  /** Plain-text description: only strong phrases ("fully remote", "hybrid schedule") are read. */
  description?: string | null;
}

const HYBRID = /\bhybrid\b/i;
const REMOTE = /\b(?:remote|wfh|work from home|anywhere|worldwide|world-wide|distributed|telecommut\w*)\b/i;
const ONSITE = /\b(?:on[- ]?site|in[- ]office|in[- ]person|office[- ]based)\b/i;
const WORLDWIDE = /\b(?:anywhere|worldwide|world-wide|global(?:ly)?|any location|all locations|international)\b/i;
const RESTRICTION = /\b(?:only|residents?|time ?zones?|based|citizens?|authori[sz]ed)\b/i;

const DESC_REMOTE = /\b(?:fully|100%|completely|entirely) remote\b|\bremote[- ]first\b|\bwork from anywhere\b|\bthis (?:is a |role is |position is )(?:fully )?remote\b/i;
const DESC_HYBRID = /\bhybrid (?:role|position|schedule|work(?:ing)?|model|arrangement|setup)\b|\bthis (?:is a |role is |position is )hybrid\b|\b(?:two|three|four|[1-4]) days? (?:a|per) week (?:in|at) (?:the|our) (?:office|lab|site)\b/i;
const DESC_ONSITE = /\b(?:fully|100%) (?:on-?site|in[- ]office|in[- ]person)\b|\bthis (?:is an |role is |position is )(?:on-?site|in[- ]person)\b/i;
const DESC_REGION = /\b(?:must (?:be based|reside|live)|located|residents?|based|authori[sz]ed to work) in (?:the )?(U\.?S\.?A?|United States|Canada|UK|United Kingdom|EU|European Union|Europe|India)\b/i;

const MULTI_COUNTRY_REGIONS = new Set(["EU", "EMEA", "APAC", "LATAM", "AMERICAS"]);

const GROUP_SPLIT = /\s*(?:;|\||\bor\b|\band\b|\/|•)\s*/i;
const SEGMENT_SPLIT = /\s*(?:,|\(|\)|\[|\]|\s[-–—:]\s|^[-–—]|[-–—]$)\s*/;
const NOISE_WORDS = /\b(?:remote|hybrid|on[- ]?site|in[- ]office|office|hq|headquarters|only|residents?|based|time ?zones?|preferred|greater|metro(?:politan)?|area|region|city|flexible|wfh|work from home)\b/gi;
const PLACE_LIKE = /^[\p{L}][\p{L} .'-]{1,40}$/u;

const REGION_BY_NAME = new Map<string, { region: string; country: string }>([
  ...Object.entries(US_STATES).map(([code, name]) => [name.toLowerCase(), { region: code, country: "US" }] as const),
  ...Object.entries(CA_PROVINCES).map(([code, name]) => [name.toLowerCase(), { region: code, country: "CA" }] as const),
]);

// Short codes ("EU", "EST") must be capitals and whole words; longer phrases and
// multi-word country names match case-insensitively (flag "i" marks those).
const REGION_PATTERNS: [RegExp, string][] = [
  ...Object.entries(REGION_ALIASES).map(([phrase, code]): [RegExp, string] =>
    phrase.length <= 3 ? [new RegExp(`\\b${phrase.toUpperCase()}\\b`), code] : [new RegExp(`\\b${phrase}\\b`, "i"), code]),
  ...Object.entries(COUNTRY_ALIASES)
    .filter(([name]) => name.includes(" "))
    .map(([name, code]): [RegExp, string] => [new RegExp(`\\b${name}\\b`, "i"), code]),
];

function lookupCountry(segment: string): string | null {
  const lower = segment.toLowerCase();
  // Two-letter country aliases only in capitals: "us"/"uk" are words too.
  if (lower.length <= 4 && /^[a-z.]+$/.test(lower) && segment !== segment.toUpperCase()) return null;
  return COUNTRY_ALIASES[lower] ?? null;
}

function lookupRegion(segment: string): { region: string; country: string } | null {
  const upper = segment.toUpperCase();
  if (segment.length === 2 && segment === upper) {
    if (US_STATES[upper]) return { region: upper, country: "US" };
    if (CA_PROVINCES[upper]) return { region: upper, country: "CA" };
  }
  const lower = segment.toLowerCase();
  return REGION_BY_NAME.get(lower) ?? (INDIAN_STATES.has(lower) ? { region: segment, country: "IN" } : null);
}

/** Remote-region codes named anywhere in the location text ("USA only", "EU timezones", "Remote - Canada"). */
function regionsIn(text: string): string[] {
  const found = new Set<string>();
  for (const raw of text.split(/[^\p{L}.]+/u)) {
    if (!raw) continue;
    const word = raw.replace(/\.$/, raw.length <= 5 ? "." : "");
    const country = lookupCountry(word) ?? lookupCountry(raw);
    if (country) found.add(country);
  }
  const lower = text.toLowerCase();
  for (const [pattern, code] of REGION_PATTERNS) if (pattern.test(pattern.flags ? lower : text)) found.add(code);
  if (found.has("US") && found.has("AMERICAS") && !/americas|north america/i.test(text)) found.delete("AMERICAS");
  return [...found];
}

function lookupCity(segment: string): CityInfo | null {
  const lower = segment.toLowerCase();
  return CITIES[lower] ?? CITIES[lower.replace(NOISE_WORDS, "").replace(/\s+/g, " ").trim()] ?? null;
}

interface Place {
  city: string | null;
  region: string | null;
  country: string | null;
}

/** City/region/country from one location group such as "Austin, TX" or "Bengaluru, Karnataka, India". */
function parsePlace(group: string): Place {
  const segments = group.split(SEGMENT_SPLIT).map((s) => s.trim()).filter(Boolean);
  let region: string | null = null;
  let country: string | null = null;
  const unknown: string[] = [];
  segments.forEach((segment, index) => {
    // "New York, NY" and "Washington, DC": a leading state name followed by more parts is the city.
    const leadingName = index === 0 && segments.length > 1 && segment.length > 2;
    const stateOrProvince = leadingName && lookupCity(segment) ? null : lookupRegion(segment);
    const countryCode = lookupCountry(segment) ?? lookupCountry(segment.replace(NOISE_WORDS, "").trim());
    if (stateOrProvince && !(segment === "CA" && country === "CA")) {
      region ??= stateOrProvince.region;
      country ??= stateOrProvince.country;
    } else if (countryCode) {
      country ??= countryCode;
    } else {
      unknown.push(segment);
    }
  });
  for (const segment of unknown) {
    const known = lookupCity(segment);
    if (known && (!country || country === known.country)) {
      return { city: known.city, region: region ?? known.region, country: country ?? known.country };
    }
    const bare = segment.replace(NOISE_WORDS, "").replace(/\s+/g, " ").trim();
    if (bare && PLACE_LIKE.test(bare) && !REGION_ALIASES[bare.toLowerCase()] && (region || country)) {
      return { city: bare, region, country };
    }
  }
  return { city: null, region, country };
}

function remoteTypeFromText(text: string): RemoteType | null {
  if (HYBRID.test(text)) return "hybrid";
  if (REMOTE.test(text)) return "remote";
  if (ONSITE.test(text)) return "onsite";
  return null;
}

/** Location string (+ the source's remote flag, title and description) → place and remote policy. */
export function parseLocation(input: LocationInput): ParsedLocation {
  const location = (input.location ?? "").replace(/\s+/g, " ").trim();
  const hint = (input.remoteHint ?? "").trim();
  const titleFlags = /\((?:[^)]*\b(?:remote|hybrid)\b[^)]*)\)|\b(?:remote|hybrid)\s*$/i.exec(input.title ?? "")?.[0] ?? "";
  const flagText = `${location} ${hint} ${titleFlags}`;

  const groups = location.split(GROUP_SPLIT).filter((g) => g && !/^\s*(?:remote|hybrid|on-?site)\s*$/i.test(g));
  const place = groups.map(parsePlace).find((p) => p.city || p.country) ?? { city: null, region: null, country: null };

  let remoteType = remoteTypeFromText(flagText);
  const worldwide = WORLDWIDE.test(flagText) && !HYBRID.test(flagText);
  let regions = worldwide ? [] : regionsIn(`${location} ${hint}`);
  if (!remoteType && !place.city && (worldwide || (regions.length > 0 && RESTRICTION.test(location)) || (regions.length > 0 && regions.every((r) => MULTI_COUNTRY_REGIONS.has(r))))) {
    remoteType = "remote"; // "USA only", "Europe", "Worldwide" on their own are remote restrictions
  }
  const description = input.description ?? "";
  if ((!remoteType || (remoteType === "onsite" && !ONSITE.test(flagText))) && description) {
    if (DESC_HYBRID.test(description)) remoteType = "hybrid";
    else if (DESC_REMOTE.test(description)) remoteType = "remote";
    else if (DESC_ONSITE.test(description)) remoteType = "onsite";
  }
  if (!remoteType && place.city) remoteType = "onsite";

  if (remoteType === "remote" && !worldwide && regions.length === 0 && description) {
    const stated = DESC_REGION.exec(description)?.[1];
    if (stated) regions = regionsIn(stated.replace(/^U\.?S\.?A?$/i, "US"));
  }
  if (remoteType !== "remote") regions = [];
  const country = place.country ?? (regions.length === 1 && !MULTI_COUNTRY_REGIONS.has(regions[0]) ? regions[0] : null);
  return { ...place, country, remote_type: remoteType, remote_regions: regions, remote_worldwide: remoteType === "remote" && worldwide };
}

/** Display string for the listing: the source's own text, or one composed from the parts. */
export function formatLocation(source: string | null, parsed: ParsedLocation): string | null {
  const cleaned = source?.replace(/\s+/g, " ").trim();
  if (cleaned) return cleaned;
  const place = [parsed.city, parsed.region, parsed.country].filter(Boolean).join(", ");
  if (parsed.remote_type === "remote") {
    const scope = parsed.remote_worldwide ? "Worldwide" : parsed.remote_regions.join(", ");
    return scope ? `Remote (${scope})` : "Remote";
  }
  if (parsed.remote_type === "hybrid") return place ? `Hybrid - ${place}` : "Hybrid";
  return place || null;
}
