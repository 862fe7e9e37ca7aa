import { describe, expect, it } from "vitest";
import { splitTitleCompany } from "./title-company";

describe("splitTitleCompany", () => {
  it.each([
    ["Acme Corp: Senior Backend Engineer", null, "Senior Backend Engineer", "Acme Corp", null],
    ["Data Analyst at Globex (Remote)", null, "Data Analyst", "Globex", null],
    ["Marketing Intern at Juniper Outdoor Co. (Remote (US))", null, "Marketing Intern", "Juniper Outdoor Co.", "Remote (US)"],
    ["Software Engineer | Initech | Austin, TX", null, "Software Engineer", "Initech", "Austin, TX"],
    ["Mechanical Engineer - Stark Industries (Detroit, MI)", null, "Mechanical Engineer", "Stark Industries", "Detroit, MI"],
    ["🚀 Junior Developer (Remote) - Hiring now!", null, "Junior Developer", null, null],
    ["Software Engineer - Backend", null, "Software Engineer - Backend", null, null],
    ["Senior Engineer: Payments", null, "Senior Engineer: Payments", null, null],
    ["Registered Nurse - ICU", "Mercy Health", "Registered Nurse - ICU", "Mercy Health", null],
    ["Frontend Engineer at Acme", "Acme", "Frontend Engineer", "Acme", null],
    ["Backend Engineer (Go)", "Tiderun", "Backend Engineer (Go)", "Tiderun", null],
    ["Senior Care Assistant - Sunrise Senior Living", null, "Senior Care Assistant", "Sunrise Senior Living", null],
    ["Product Designer (m/f/d)", "Nordlicht", "Product Designer", "Nordlicht", null],
  ])("%s", (raw, hint, title, company, location) => {
    expect(splitTitleCompany(raw, hint)).toEqual({ title, company, location });
  });
});
