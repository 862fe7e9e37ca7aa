import { COUNTRY_ALIASES } from "@/lib/jobs/normalize/location-data";
import { hashKey } from "./text-keys";

/**
 * Countries and remote-region codes as small integers, so a profile can carry
 * one flag byte per place and the gate reads `flags[code]` instead of comparing
 * strings. Region codes are the normaliser's ("EU", "EMEA", "APAC", "LATAM", "AMERICAS").
 */
export const PLACE_CAPACITY = 512;
const CODE_BY_NAME = new Map<string, number>();
const NAME_BY_CODE: string[] = [];

/** Stable small id for a country or region code; -1 for null or when the table is full. */
export function placeCode(code: string | null | undefined): number {
  if (!code) return -1;
  const key = code.toUpperCase();
  const known = CODE_BY_NAME.get(key);
  if (known !== undefined) return known;
  if (NAME_BY_CODE.length >= PLACE_CAPACITY) return -1;
  CODE_BY_NAME.set(key, NAME_BY_CODE.length);
  NAME_BY_CODE.push(key);
  return NAME_BY_CODE.length - 1;
}

export function placeName(code: number): string {
  return NAME_BY_CODE[code] ?? "";
}

const EU = ["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"];
const LATAM = ["MX", "BR", "AR", "CL", "CO", "PE", "UY", "CR"];
/** Member countries of each multi-country remote region. */
export const REGION_MEMBERS: Record<string, readonly string[]> = {
  EU,
  EMEA: [...EU, "GB", "CH", "NO", "IS", "UA", "TR", "RS", "IL", "AE", "SA", "QA", "EG", "ZA", "NG", "KE", "GH", "MA"],
  APAC: ["IN", "PK", "BD", "LK", "NP", "CN", "HK", "TW", "JP", "KR", "SG", "MY", "ID", "PH", "VN", "TH", "AU", "NZ"],
  LATAM,
  AMERICAS: ["US", "CA", "PR", ...LATAM],
};
for (const code of new Set(Object.values(COUNTRY_ALIASES))) placeCode(code);
for (const region of Object.keys(REGION_MEMBERS)) placeCode(region);

/** What a student can do in a place; one byte per place code in ProfileFeatures.placeFlags. */
export const PLACE_ACCEPT = 1; // lives there or listed it as a preferred location
export const PLACE_AUTH = 2; // may work there without sponsorship
export const PLACE_CITIZEN = 4; // citizen (for citizenship / clearance requirements)
export const PLACE_INTERN_OK = 8; // F-1 CPT/OPT: internships there need no sponsorship

/** Region flags are the union of their member countries' flags. */
export function spreadToRegions(flags: Uint8Array): void {
  for (const [region, members] of Object.entries(REGION_MEMBERS)) {
    let merged = 0;
    for (const country of members) merged |= flags[placeCode(country)];
    flags[placeCode(region)] |= merged & (PLACE_ACCEPT | PLACE_AUTH | PLACE_INTERN_OK);
  }
}

/** Key of a city or state/province, scoped by country so "London, GB" ≠ "London, ON". */
export function cityKey(city: string | null | undefined, country: string | null | undefined): number {
  return city ? hashKey(`${(country ?? "").toUpperCase()}|${city.toLowerCase().trim()}`) : 0;
}

export function regionKey(region: string | null | undefined, country: string | null | undefined): number {
  return region ? hashKey(`${(country ?? "").toUpperCase()}|r|${region.toLowerCase().trim()}`) : 0;
}
