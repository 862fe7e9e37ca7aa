import type { JobPosting, StructuredSalary } from "@/lib/jobs/types";

/**
 * Postings written for the ranking corpus, beside the demo feeds: the traps the
 * issue names ("Senior" in a company name, "no experience required", "5+ years"
 * under nice-to-have, remote worldwide vs US residents only, citizenship, a
 * "Staff Accountant" that is an entry-level job) and jobs for corpus students the
 * demo feeds serve thinly (London marketing, Toronto UX, India software).
 */
interface Extra {
  title: string;
  company: string;
  location: string;
  type?: string;
  salary?: string | StructuredSalary;
  remote?: string;
  /** Sections as heading → bullet lines; the first entry's heading may be "". */
  body: [string, string[]][];
}

const perYear = (min: number, max: number, currency: string): StructuredSalary => ({ min, max, currency, period: "year" });

const EXTRAS: Extra[] = [
  { title: "Software Developer", company: "Senior Care Partners", location: "Austin, TX", type: "Full-time", salary: "$75,000 - $85,000 per year",
    body: [["", ["Senior Care Partners builds scheduling software for home-care agencies.", "No experience required — new grads welcome."]], ["What you'll use", ["Python, JavaScript and SQL", "Git and code review"]]] },
  { title: "Data Analyst", company: "Brightdata Labs", location: "Remote (Worldwide)", remote: "remote", salary: "$60,000 - $75,000 per year",
    body: [["Requirements", ["SQL and Excel", "Tableau dashboards", "Clear written communication"]], ["Nice to have", ["5+ years of experience with Python", "dbt"]]] },
  { title: "Embedded Software Intern", company: "Circuitry Labs", location: "San Jose, CA", type: "Internship", salary: "$40 per hour",
    body: [["", ["Summer internship on our motor-controller firmware. CPT/OPT students welcome; we sponsor visas for return offers."]], ["Requirements", ["C and Embedded C on microcontrollers", "Reading schematics; oscilloscope and multimeter at the bench", "Python for test scripts"]], ["Nice to have", ["RTOS experience", "Verilog"]]] },
  { title: "Firmware Engineer, New Grad", company: "Arcwave", location: "Remote (US only)", remote: "remote", type: "Full-time", salary: "$110,000 - $125,000 per year",
    body: [["", ["Must be authorized to work in the United States. We do not sponsor visas now or in the future."]], ["Requirements", ["C and C++ for embedded systems", "Microcontrollers and debugging on hardware"]]] },
  { title: "Junior Marketing Executive", company: "Thistle & Co", location: "London, UK", remote: "hybrid", salary: perYear(28000, 32000, "GBP"),
    body: [["", ["This is a hybrid role, three days a week in our Shoreditch office."]], ["About you", ["0-2 years of marketing experience", "SEO, content marketing and social media marketing", "Google Analytics and strong copywriting"]]] },
  { title: "Marketing Assistant", company: "Pennine Foods", location: "Manchester, UK", salary: perYear(24000, 26000, "GBP"),
    body: [["Requirements", ["Social media marketing and Canva", "Excel for campaign reporting", "A degree in marketing or similar; graduates welcome"]]] },
  { title: "Social Media Coordinator", company: "Lumen Apparel", location: "Remote (US residents only)", remote: "remote", salary: "$50,000 - $58,000 per year",
    body: [["Requirements", ["Social media marketing and content marketing", "Canva and short-form video editing", "1+ years of experience running brand accounts"]]] },
  { title: "Graduate Registered Nurse", company: "Mercy Ridge Hospital", location: "Sacramento, CA", type: "Full-time", salary: "$110,000 - $125,000 per year",
    body: [["", ["New graduates welcome: a 12-month residency on medical-surgical units."]], ["Requirements", ["BSN and an active California RN license", "BLS certification", "Patient care with empathy and clear communication"]], ["Preferred", ["ACLS", "Epic charting"]]] },
  { title: "Staff Accountant", company: "Harlow & Finch CPAs", location: "New York, NY", type: "Full-time", salary: "$65,000 - $75,000 per year",
    body: [["", ["Recent accounting graduates are encouraged to apply."]], ["Requirements", ["0-2 years of experience in accounting", "GAAP, Excel and QuickBooks", "Account reconciliations and financial reporting"]]] },
  { title: "Mechanical Design Engineer I", company: "Great Lakes Motion", location: "Detroit, MI", type: "Full-time", salary: "$75,000 - $85,000 per year",
    body: [["Requirements", ["BS in Mechanical Engineering; 0-2 years of experience", "SolidWorks and GD&T", "FEA with ANSYS; MATLAB"]]] },
  { title: "Junior UX Designer", company: "Northern Pixel", location: "Toronto, ON", remote: "hybrid", salary: perYear(60000, 72000, "CAD"),
    body: [["What you bring", ["0-2 years designing digital products", "Figma, wireframing and prototyping", "User research and usability testing"]]] },
  { title: "Python Developer", company: "Statewide Insurance Tech", location: "Remote (US residents only)", remote: "remote", salary: "$90,000 - $110,000 per year",
    body: [["Requirements", ["2+ years of professional experience with Python", "Django and PostgreSQL", "REST APIs"]]] },
  { title: "Associate Software Engineer", company: "Kaveri Systems", location: "Remote - India", remote: "remote", salary: perYear(900000, 1200000, "INR"),
    body: [["", ["Freshers welcome: 0-1 years of experience."]], ["Requirements", ["Java and Spring Boot", "SQL and REST APIs", "Git"]]] },
  { title: "Backend Engineer Intern", company: "Openfield", location: "Remote (Worldwide)", remote: "remote", type: "Internship", salary: "$30 per hour",
    body: [["Requirements", ["Python and Django", "PostgreSQL and REST APIs", "Docker basics"]]] },
  { title: "Junior Business Analyst", company: "Carolina Mutual Bank", location: "Charlotte, NC", type: "Full-time", salary: "$62,000 - $72,000 per year",
    body: [["Requirements", ["0-2 years of experience in analysis or operations", "SQL, Excel and Tableau", "Requirements gathering and stakeholder management"]]] },
  { title: "Senior Marketing Manager", company: "Thistle & Co", location: "London, UK", salary: perYear(60000, 70000, "GBP"),
    body: [["Requirements", ["7+ years of experience in B2C marketing", "Leading a team of five", "SEO, paid social and brand strategy"]]] },
  { title: "Financial Analyst, Entry Level", company: "Hudson Row Capital", location: "New York, NY", type: "Full-time", salary: "$75,000 - $90,000 per year",
    body: [["", ["An entry-level role in our FP&A team."]], ["Requirements", ["Excel and financial modeling", "Financial reporting and forecasting", "PowerPoint"]]] },
  { title: "Hardware Test Engineering Intern", company: "Sierra Microdevices", location: "Phoenix, AZ", type: "Internship", salary: "$28 per hour",
    body: [["", ["US citizenship required (ITAR)."]], ["Requirements", ["Oscilloscope and multimeter", "Circuit design basics and PCB design", "Python or MATLAB for test automation"]]] },
  { title: "Registered Nurse - Night Shift", company: "Mercy Ridge Hospital", location: "Sacramento, CA", type: "Full-time", salary: "$120,000 - $140,000 per year",
    body: [["Requirements", ["Minimum 2 years of acute care experience required", "Active California RN license", "BLS and ACLS"]]] },
];

function toHtml(body: Extra["body"]): string {
  return body.map(([heading, lines]) => `${heading ? `<h3>${heading}</h3>` : ""}${heading ? `<ul>${lines.map((l) => `<li>${l}</li>`).join("")}</ul>` : lines.map((l) => `<p>${l}</p>`).join("")}`).join("");
}

export function extraPostings(now: Date): JobPosting[] {
  return EXTRAS.map((e, i) => ({
    externalId: `corpus-${i + 1}`,
    title: e.title,
    company: e.company,
    location: e.location,
    url: `https://jobs.example/corpus/${i + 1}`,
    descriptionHtml: toHtml(e.body),
    postedAt: now,
    employmentType: e.type ?? null,
    salaryText: typeof e.salary === "string" ? e.salary : null,
    salary: typeof e.salary === "object" ? e.salary : null,
    tags: [],
    remoteHint: e.remote ?? null,
    closed: false,
  }));
}
