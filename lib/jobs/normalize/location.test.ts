import { describe, expect, it } from "vitest";
import { parseLocation } from "./location";

type Row = [string, string | null, string | null, string | null, string | null, string[], boolean?];

describe("parseLocation", () => {
  it.each<Row>([
    ["USA only", null, null, "US", "remote", ["US"]],
    ["US residents", null, null, "US", "remote", ["US"]],
    ["Remote (US)", null, null, "US", "remote", ["US"]],
    ["EU timezones", null, null, null, "remote", ["EU"]],
    ["Europe", null, null, null, "remote", ["EU"]],
    ["Anywhere", null, null, null, "remote", [], true],
    ["Worldwide", null, null, null, "remote", [], true],
    ["Remote - Canada", null, null, "CA", "remote", ["CA"]],
    ["Remote - US & Canada", null, null, null, "remote", ["US", "CA"]],
    ["Remote - EMEA", null, null, null, "remote", ["EMEA"]],
    ["Remote", null, null, null, "remote", []],
    ["Hybrid - Austin, TX", "Austin", "TX", "US", "hybrid", []],
    ["New York, NY", "New York", "NY", "US", "onsite", []],
    ["Washington, DC", "Washington", "DC", "US", "onsite", []],
    ["London, UK", "London", "England", "GB", "onsite", []],
    ["London, ON", "London", "ON", "CA", "onsite", []],
    ["Berlin, Germany", "Berlin", null, "DE", "onsite", []],
    ["Bengaluru, India", "Bengaluru", "Karnataka", "IN", "onsite", []],
    ["San Francisco Bay Area", "San Francisco", "CA", "US", "onsite", []],
    ["Greater Boston Area", "Boston", "MA", "US", "onsite", []],
    ["Toronto, Ontario, Canada", "Toronto", "ON", "CA", "onsite", []],
    ["Springfield, IL", "Springfield", "IL", "US", "onsite", []],
    ["Pune, Maharashtra", "Pune", "Maharashtra", "IN", "onsite", []],
    ["Monterrey, Mexico", "Monterrey", null, "MX", "onsite", []],
    ["San Francisco, CA or Remote (US)", "San Francisco", "CA", "US", "remote", ["US"]],
    ["Germany", null, null, "DE", null, []],
  ])("%s", (input, city, region, country, remoteType, regions, worldwide = false) => {
    expect(parseLocation({ location: input })).toEqual({ city, region, country, remote_type: remoteType, remote_regions: regions, remote_worldwide: worldwide });
  });

  it("uses the source's remote flag and strong description phrases", () => {
    expect(parseLocation({ location: "Austin, TX", remoteHint: "hybrid" }).remote_type).toBe("hybrid");
    expect(parseLocation({ location: "Denver, CO", description: "This is a hybrid role with three days a week in the office." }).remote_type).toBe("hybrid");
    expect(parseLocation({ location: null, title: "Data Analyst (Remote)" }).remote_type).toBe("remote");
    expect(parseLocation({ location: "Remote", description: "You must be based in the United States." }).remote_regions).toEqual(["US"]);
    // "us" in prose is a pronoun, not a country.
    expect(parseLocation({ location: "Remote - work with us" }).remote_regions).toEqual([]);
  });
});
