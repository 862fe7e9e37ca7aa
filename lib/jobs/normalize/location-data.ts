/** Place tables for location parsing: US states, Canadian provinces, countries, big cities. */

export const US_STATES: Record<string, string> = {
  AL: "Alabama", AK: "Alaska", AZ: "Arizona", AR: "Arkansas", CA: "California", CO: "Colorado", CT: "Connecticut",
  DE: "Delaware", DC: "District of Columbia", FL: "Florida", GA: "Georgia", HI: "Hawaii", ID: "Idaho", IL: "Illinois",
  IN: "Indiana", IA: "Iowa", KS: "Kansas", KY: "Kentucky", LA: "Louisiana", ME: "Maine", MD: "Maryland",
  MA: "Massachusetts", MI: "Michigan", MN: "Minnesota", MS: "Mississippi", MO: "Missouri", MT: "Montana",
  NE: "Nebraska", NV: "Nevada", NH: "New Hampshire", NJ: "New Jersey", NM: "New Mexico", NY: "New York",
  NC: "North Carolina", ND: "North Dakota", OH: "Ohio", OK: "Oklahoma", OR: "Oregon", PA: "Pennsylvania",
  RI: "Rhode Island", SC: "South Carolina", SD: "South Dakota", TN: "Tennessee", TX: "Texas", UT: "Utah",
  VT: "Vermont", VA: "Virginia", WA: "Washington", WV: "West Virginia", WI: "Wisconsin", WY: "Wyoming", PR: "Puerto Rico",
};

export const CA_PROVINCES: Record<string, string> = {
  AB: "Alberta", BC: "British Columbia", MB: "Manitoba", NB: "New Brunswick", NL: "Newfoundland and Labrador",
  NS: "Nova Scotia", ON: "Ontario", PE: "Prince Edward Island", QC: "Quebec", SK: "Saskatchewan",
  NT: "Northwest Territories", NU: "Nunavut", YT: "Yukon",
};

/** Country names and common aliases (lower case) → ISO-3166 alpha-2. */
export const COUNTRY_ALIASES: Record<string, string> = {
  "united states": "US", "united states of america": "US", usa: "US", us: "US", "u.s.": "US", "u.s.a.": "US", america: "US",
  canada: "CA", "united kingdom": "GB", uk: "GB", "u.k.": "GB", "great britain": "GB", britain: "GB", england: "GB",
  scotland: "GB", wales: "GB", "northern ireland": "GB", ireland: "IE", germany: "DE", deutschland: "DE", france: "FR",
  spain: "ES", portugal: "PT", italy: "IT", netherlands: "NL", "the netherlands": "NL", holland: "NL", belgium: "BE",
  luxembourg: "LU", switzerland: "CH", austria: "AT", sweden: "SE", norway: "NO", denmark: "DK", finland: "FI",
  iceland: "IS", poland: "PL", "czech republic": "CZ", czechia: "CZ", slovakia: "SK", hungary: "HU", romania: "RO",
  bulgaria: "BG", greece: "GR", croatia: "HR", slovenia: "SI", serbia: "RS", estonia: "EE", latvia: "LV",
  lithuania: "LT", ukraine: "UA", turkey: "TR", "türkiye": "TR", cyprus: "CY", malta: "MT", israel: "IL",
  "united arab emirates": "AE", uae: "AE", "saudi arabia": "SA", qatar: "QA", egypt: "EG", "south africa": "ZA",
  nigeria: "NG", kenya: "KE", ghana: "GH", morocco: "MA", india: "IN", pakistan: "PK", bangladesh: "BD",
  "sri lanka": "LK", nepal: "NP", china: "CN", "hong kong": "HK", taiwan: "TW", japan: "JP", "south korea": "KR",
  korea: "KR", singapore: "SG", malaysia: "MY", indonesia: "ID", philippines: "PH", vietnam: "VN", thailand: "TH",
  australia: "AU", "new zealand": "NZ", mexico: "MX", brazil: "BR", argentina: "AR", chile: "CL", colombia: "CO",
  peru: "PE", uruguay: "UY", "costa rica": "CR", "puerto rico": "PR",
};

/** Remote-region phrases (lower case) → region code used in `remote_regions`. */
export const REGION_ALIASES: Record<string, string> = {
  eu: "EU", europe: "EU", "european union": "EU", "eu timezones": "EU", cet: "EU", emea: "EMEA", apac: "APAC",
  "asia pacific": "APAC", "asia-pacific": "APAC", asia: "APAC", latam: "LATAM", "latin america": "LATAM",
  "south america": "LATAM", "north america": "AMERICAS", americas: "AMERICAS", "the americas": "AMERICAS",
  "us timezones": "US", "us time zones": "US", "est": "US", "pst": "US",
};

export interface CityInfo {
  city: string;
  region: string | null;
  country: string;
}

function city(name: string, region: string | null, country: string, ...aliases: string[]): [string, CityInfo][] {
  const info = { city: name, region, country };
  return [name, ...aliases].map((alias) => [alias.toLowerCase(), info]);
}

/** Big hiring cities, so a bare "London" or "Bengaluru" still resolves. Keys are lower case. */
export const CITIES: Record<string, CityInfo> = Object.fromEntries([
  ...city("New York", "NY", "US", "NYC", "New York City", "Manhattan", "Brooklyn"),
  ...city("San Francisco", "CA", "US", "SF", "San Francisco Bay Area", "Bay Area", "SF Bay Area"),
  ...city("Los Angeles", "CA", "US", "LA"), ...city("San Jose", "CA", "US"), ...city("San Diego", "CA", "US"),
  ...city("Palo Alto", "CA", "US"), ...city("Mountain View", "CA", "US"), ...city("Sunnyvale", "CA", "US"),
  ...city("Oakland", "CA", "US"), ...city("Irvine", "CA", "US"), ...city("Seattle", "WA", "US"),
  ...city("Redmond", "WA", "US"), ...city("Bellevue", "WA", "US"), ...city("Portland", "OR", "US"),
  ...city("Austin", "TX", "US"), ...city("Dallas", "TX", "US"), ...city("Houston", "TX", "US"),
  ...city("San Antonio", "TX", "US"), ...city("Chicago", "IL", "US"), ...city("Boston", "MA", "US"),
  ...city("Cambridge", "MA", "US"), ...city("Denver", "CO", "US"), ...city("Boulder", "CO", "US"),
  ...city("Atlanta", "GA", "US"), ...city("Miami", "FL", "US"), ...city("Orlando", "FL", "US"), ...city("Tampa", "FL", "US"),
  ...city("Washington", "DC", "US", "Washington DC", "Washington, D.C.", "Washington D.C."),
  ...city("Philadelphia", "PA", "US"), ...city("Pittsburgh", "PA", "US"), ...city("Phoenix", "AZ", "US"),
  ...city("Minneapolis", "MN", "US"), ...city("Detroit", "MI", "US"), ...city("Ann Arbor", "MI", "US"),
  ...city("Nashville", "TN", "US"), ...city("Raleigh", "NC", "US"), ...city("Charlotte", "NC", "US"),
  ...city("Durham", "NC", "US"), ...city("Salt Lake City", "UT", "US"), ...city("Columbus", "OH", "US"),
  ...city("Cleveland", "OH", "US"), ...city("St. Louis", "MO", "US", "Saint Louis"), ...city("Baltimore", "MD", "US"),
  ...city("Madison", "WI", "US"), ...city("Indianapolis", "IN", "US"), ...city("Kansas City", "MO", "US"),
  ...city("Las Vegas", "NV", "US"), ...city("Sacramento", "CA", "US"), ...city("Rochester", "MN", "US"),
  ...city("Toronto", "ON", "CA"), ...city("Vancouver", "BC", "CA"), ...city("Montreal", "QC", "CA", "Montréal"),
  ...city("Ottawa", "ON", "CA"), ...city("Calgary", "AB", "CA"), ...city("Waterloo", "ON", "CA"),
  ...city("Edmonton", "AB", "CA"), ...city("Halifax", "NS", "CA"),
  ...city("London", "England", "GB"), ...city("Manchester", "England", "GB"), ...city("Edinburgh", "Scotland", "GB"),
  ...city("Birmingham", "England", "GB"), ...city("Bristol", "England", "GB"), ...city("Leeds", "England", "GB"),
  ...city("Glasgow", "Scotland", "GB"), ...city("Oxford", "England", "GB"),
  ...city("Dublin", null, "IE"), ...city("Berlin", null, "DE"), ...city("Munich", "Bavaria", "DE", "München"),
  ...city("Hamburg", null, "DE"), ...city("Frankfurt", "Hesse", "DE"), ...city("Paris", null, "FR"),
  ...city("Lyon", null, "FR"), ...city("Amsterdam", null, "NL"), ...city("Rotterdam", null, "NL"),
  ...city("Eindhoven", null, "NL"), ...city("Madrid", null, "ES"), ...city("Barcelona", null, "ES"),
  ...city("Lisbon", null, "PT"), ...city("Milan", null, "IT"), ...city("Rome", null, "IT"),
  ...city("Zurich", null, "CH", "Zürich"), ...city("Geneva", null, "CH"), ...city("Vienna", null, "AT"),
  ...city("Stockholm", null, "SE"), ...city("Copenhagen", null, "DK"), ...city("Oslo", null, "NO"),
  ...city("Helsinki", null, "FI"), ...city("Warsaw", null, "PL"), ...city("Krakow", null, "PL", "Kraków"),
  ...city("Prague", null, "CZ"), ...city("Brussels", null, "BE"), ...city("Tallinn", null, "EE"),
  ...city("Bengaluru", "Karnataka", "IN", "Bangalore"), ...city("Mumbai", "Maharashtra", "IN", "Bombay"),
  ...city("Pune", "Maharashtra", "IN"), ...city("Hyderabad", "Telangana", "IN"), ...city("Chennai", "Tamil Nadu", "IN"),
  ...city("New Delhi", "Delhi", "IN", "Delhi"), ...city("Gurugram", "Haryana", "IN", "Gurgaon"),
  ...city("Noida", "Uttar Pradesh", "IN"), ...city("Kolkata", "West Bengal", "IN"), ...city("Ahmedabad", "Gujarat", "IN"),
  ...city("Singapore", null, "SG"), ...city("Sydney", "NSW", "AU"), ...city("Melbourne", "VIC", "AU"),
  ...city("Tokyo", null, "JP"), ...city("Tel Aviv", null, "IL"), ...city("Dubai", null, "AE"),
  ...city("Mexico City", null, "MX"), ...city("São Paulo", null, "BR", "Sao Paulo"),
]);

/** Indian states by name (lower case), so "Pune, Maharashtra" resolves the country. */
export const INDIAN_STATES = new Set([
  "karnataka", "maharashtra", "telangana", "tamil nadu", "delhi", "haryana", "uttar pradesh", "west bengal",
  "gujarat", "kerala", "rajasthan", "andhra pradesh", "punjab", "madhya pradesh", "odisha",
]);
