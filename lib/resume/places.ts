/** Region names accepted after a comma in a location ("Austin, TX", "Lyon, France"). */
export const US_STATES = new Set<string>([
  "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA",
  "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX",
  "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR",
  "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida", "georgia", "hawaii",
  "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
  "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico", "new york",
  "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota",
  "tennessee", "texas", "utah", "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming",
  // Canadian provinces are written the same way.
  "ON", "QC", "BC", "AB", "MB", "SK", "NS", "NB", "NL", "PE", "ontario", "quebec", "british columbia", "alberta",
]);

export const COUNTRIES = new Set<string>([
  "usa", "us", "u.s.", "united states", "canada", "mexico", "uk", "united kingdom", "england", "scotland", "ireland", "germany",
  "france", "spain", "portugal", "italy", "netherlands", "belgium", "switzerland", "austria", "sweden", "norway", "denmark",
  "finland", "poland", "czech republic", "greece", "turkey", "israel", "india", "pakistan", "bangladesh", "china", "japan",
  "south korea", "korea", "singapore", "malaysia", "indonesia", "philippines", "vietnam", "thailand", "australia", "new zealand",
  "brazil", "argentina", "chile", "colombia", "peru", "nigeria", "kenya", "ghana", "south africa", "egypt", "morocco", "uae",
  "united arab emirates", "saudi arabia", "qatar", "taiwan", "hong kong", "romania", "hungary", "ukraine",
]);
