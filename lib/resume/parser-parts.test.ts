import { describe, expect, it } from "vitest";
import type { ExperienceEntry } from "@/lib/profile/schema";
import { extractAuthorization } from "./authorization";
import { careerLevel, yearsOfExperience } from "./career";
import { extractContact, standaloneLinks } from "./contact";
import { parseEducation } from "./education";
import { parseExperience } from "./experience";
import { extractPreferences } from "./preferences";
import { rolesFromStatement } from "./role-phrases";
import { splitSections } from "./sections";

const NOW = new Date("2026-11-15T00:00:00Z");

describe("splitSections", () => {
  it.each([
    ["EXPERIENCE", "experience"],
    ["Work History", "experience"],
    ["Professional Experience:", "experience"],
    ["Employment", "experience"],
    ["EDUCATION", "education"],
    ["Technical Skills", "skills"],
    ["Core Competencies", "skills"],
    ["Projects", "projects"],
    ["Summary", "summary"],
    ["Objective:", "objective"],
    ["Licenses & Certifications", "certifications"],
    ["Relevant Coursework", "coursework"],
    ["Interests", "interests"],
    ["Work Authorization", "authorization"],
    ["Toolbox", "skills"],
    ["Laboratory Techniques", "skills"],
    ["Digital Tools", "skills"],
    ["Where I've Worked", "experience"],
    ["Selected Publications (11 total; 6 first-author)", "publications"],
    ["Professional Memberships", "other"],
    ["CLINICAL ROTATIONS", "other"],
    ["Bar Admission", "certifications"],
    ["Academic Project", "projects"],
    ["Senior Design Project", "projects"],
    ["Graduate Courses", "coursework"],
    ["HR Systems", "skills"],
    ["Design Software", "skills"],
  ])("%s → %s", (heading, kind) => {
    const { sections } = splitSections(`Jane Doe\n${heading}\nsome content`);
    expect(sections.map((s) => s.kind)).toEqual([kind]);
    expect(sections[0].lines).toEqual(["some content"]);
  });

  it("keeps header lines and handles 'Heading: content' on one line", () => {
    const { header, sections } = splitSections("Jane Doe\njane@x.com\nSkills: Python, SQL\nEducation\nMIT");
    expect(header).toEqual(["Jane Doe", "jane@x.com"]);
    expect(sections.map((s) => [s.kind, s.lines])).toEqual([
      ["skills", ["Python, SQL"]],
      ["education", ["MIT"]],
    ]);
  });

  it("does not start sections inside an entry or a skills list", () => {
    const { sections } = splitSections("Experience\nEngineer, Acme\nTools: Figma, Jira\nSkills\nLanguages: Python, Go");
    expect(sections.map((s) => [s.kind, s.lines.length])).toEqual([
      ["experience", 2],
      ["skills", 1],
    ]);
  });
});

describe("standaloneLinks", () => {
  it("keeps lines that are only a web address, not addresses inside prose", () => {
    expect(standaloneLinks(["CLIPS", "graceoconnell.com/clips", "- jamal.dev", "Portfolio: ana.com", "Wrote copy for acme.com launches", "ana@x.com"])).toEqual([
      "graceoconnell.com/clips",
      "jamal.dev",
      "ana.com",
    ]);
  });
});

describe("extractContact", () => {
  it.each([
    [["Jane Doe", "jane.doe@gmail.com | (555) 123-4567 | Austin, TX"], "Jane Doe", "jane.doe@gmail.com", "(555) 123-4567", "Austin, TX"],
    [["KEVIN NGUYEN", "San Jose, CA | k@x.io | +1 408 555 0176"], "Kevin Nguyen", "k@x.io", "+1 408 555 0176", "San Jose, CA"],
    [["Emily Carter, BSN, RN", "Columbus, Ohio · e@c.org · 614.555.0172"], "Emily Carter", "e@c.org", "614.555.0172", "Columbus, Ohio"],
    [["Lukas Becker", "Munich, Germany | +49 151 23456789 | l@b.de"], "Lukas Becker", "l@b.de", "+49 151 23456789", "Munich, Germany"],
    [["Tomás Alvarez", "t@p.com", "+91 98765 43210", "123 Main St, Denver, CO 80202"], "Tomás Alvarez", "t@p.com", "+91 98765 43210", "Denver, CO"],
    [["RESUME", "jane@x.com", "2019 - 2023"], null, "jane@x.com", null, null],
    [["Seo-yeon (Sally) Park", "New York, NY | s@p.com"], "Seo-yeon Park", "s@p.com", null, "New York, NY"],
    [['Robert "Bobby" Lee', "b@l.com"], "Robert Lee", "b@l.com", null, null],
    [["Nicole Tran", "Product & UX Designer San Diego, CA", "n@t.design", "619-555-0155"], "Nicole Tran", "n@t.design", "619-555-0155", "San Diego, CA"],
    [["Aaliyah M. Freeman", "Athens, GA 30602 a@uga.edu", "(706) 555-0191"], "Aaliyah M. Freeman", "a@uga.edu", "(706) 555-0191", "Athens, GA"],
    [["Sally Park", "New York, NY | s@p.com | (646)", "555-0183 | github.com/sp"], "Sally Park", "s@p.com", "(646) 555-0183", "New York, NY"],
  ])("%j", (lines, name, email, phone, location) => {
    expect(extractContact(lines)).toMatchObject({ full_name: name, email, phone, location });
  });

  it("collects profile links but not email domains or employer sites", () => {
    const { links } = extractContact(["Jo Smith", "jo@smith.dev | linkedin.com/in/jo | https://github.com/jo | josmith.design | acme.com"]);
    expect(links).toEqual(["linkedin.com/in/jo", "https://github.com/jo", "josmith.design"]);
  });
});

const job = (start: string | null, end: string | null, extra: Partial<ExperienceEntry> = {}): ExperienceEntry => ({
  title: "Engineer",
  company: null,
  location: null,
  start,
  end,
  current: end === null && start !== null,
  internship: false,
  description: null,
  ...extra,
});

describe("yearsOfExperience", () => {
  it.each([
    ["one year", [job("2020-01", "2020-12")], 1],
    ["overlapping jobs merge", [job("2020-01", "2021-12"), job("2021-01", "2022-12")], 3],
    ["nested job adds nothing", [job("2018-01", "2022-12"), job("2019-06", "2019-08")], 5],
    ["gap is not counted", [job("2018-01", "2018-12"), job("2020-01", "2020-12")], 2],
    ["internship counts half", [job("2024-01", "2024-12", { internship: true })], 0.5],
    ["a month under a job and an internship counts once, in full", [job("2024-01", "2024-12"), job("2024-07", "2025-06", { internship: true })], 1.3],
    ["current job runs to now", [job("2025-11", null)], 1.1],
    ["undated entries count nothing", [job(null, null)], 0],
  ])("%s", (_, entries, years) => {
    expect(yearsOfExperience(entries, NOW)).toBe(years);
  });
});

describe("careerLevel", () => {
  const edu = (year: number, expected = false) => ({ degree: "Bachelor of Science", field: null, institution: "X University", graduation_year: year, expected, gpa: null });
  it.each([
    ["expected graduation → student", [edu(2027, true)], [job("2023-01", null)], "student"],
    ["future graduation year → student", [edu(2028)], [], "student"],
    ["new grad with internships → entry", [edu(2026)], [job("2025-06", "2025-08", { internship: true })], "entry"],
    ["job during studies does not count", [edu(2026)], [job("2024-09", "2026-05", { title: "Research Assistant" })], "entry"],
    ["two years → junior", [edu(2023)], [job("2024-09", "2026-10")], "junior"],
    ["five years → mid", [edu(2019)], [job("2021-06", "2026-10")], "mid"],
    ["ten years → senior", [edu(2014)], [job("2016-01", null)], "senior"],
    ["senior title with 6 years → senior", [], [job("2020-06", null, { title: "Senior Engineer" })], "senior"],
    ["a duty added with & is not the level", [], [job("2019-08", "2025-06", { title: "Mathematics Teacher & Data Lead" })], "mid"],
    [
      "a job between two degrees is work, not study",
      [{ ...edu(2022), degree: "Bachelor of Arts" }, { ...edu(2026), degree: "Master of Science" }],
      [job("2022-03", "2024-07", { title: "Data Analyst" }), job("2026-07", null, { title: "Data Analyst" })],
      "junior",
    ],
    ["a lead title with 6 years → senior", [], [job("2019-08", "2025-06", { title: "Lead Engineer & Scrum Master" })], "senior"],
    ["eight years without a senior title → mid", [edu(2016)], [job("2018-11", null)], "mid"],
    ["a Staff Nurse is not a staff-level title", [edu(2018)], [job("2020-06", null, { title: "Staff Nurse" })], "mid"],
    ["a Staff Engineer is", [edu(2018)], [job("2020-06", null, { title: "Staff Engineer" })], "senior"],
    ["jobs through nursing school do not count, one continuing after it does from graduation", [edu(2026)], [job("2022-08", "2024-05", { title: "Nursing Assistant" }), job("2024-06", null, { title: "Patient Care Technician" })], "entry"],
    ["years before a later master's still count", [{ ...edu(2024), degree: "Master of Business Administration" }], [job("2014-01", "2022-06", { title: "Accountant" })], "mid"],
    ["nothing known → null", [], [], null],
  ])("%s", (_, education, experience, level) => {
    expect(careerLevel(education, experience, NOW)).toBe(level);
  });
});

describe("parseExperience", () => {
  it("reads titles, companies, locations, dates and internships in several layouts", () => {
    const entries = parseExperience([
      "Software Engineer | Stripe | Remote | 2021 - Present",
      "- Built the ledger",
      "Data Analyst, Acme Corp, Austin, TX",
      "06/2019 - 12/2020",
      "- Wrote SQL",
      "Marketing Intern at BrightPath Agency (Summer 2018)",
    ]);
    expect(entries.map((e) => [e.title, e.company, e.location, e.start, e.end, e.current, e.internship])).toEqual([
      ["Software Engineer", "Stripe", "Remote", "2021-01", null, true, false],
      ["Data Analyst", "Acme Corp", "Austin, TX", "2019-06", "2020-12", false, false],
      ["Marketing Intern", "BrightPath Agency", null, "2018-06", "2018-08", false, true],
    ]);
    expect(entries[0].description).toBe("Built the ledger");
  });

  it.each([
    ["Graduate Research Assistant | McWilliams School of Biomedical Informatics at UTHealth Houston | Houston, TX\tJan 2024 - Present", "McWilliams School of Biomedical Informatics at UTHealth Houston"],
    ["Research Assistant at University of Texas at Austin\tJan 2024 - Present", "University of Texas at Austin"],
    ["Marketing Intern at BrightPath Agency\tJun 2018 - Aug 2018", "BrightPath Agency"],
  ])("'at' inside a school's name does not split it: %s", (line, company) => {
    expect(parseExperience([line])[0].company).toBe(company);
  });

  it("takes the organisation, not a department within it, as the employer", () => {
    const [entry] = parseExperience(["Project Assistant, Indian Institute of Science (IISc), Bengaluru\t2022.08 - 2024.05", "Department of Molecular Reproduction, Development and Genetics", "- Maintained cell lines"]);
    expect(entry).toMatchObject({ title: "Project Assistant", company: "Indian Institute of Science" });
  });

  it("reads a long 'Title, Employer - Site' line above its dates as a header, not a sentence", () => {
    const [entry] = parseExperience(["Mathematics Teacher & Data Lead, The School District of Philadelphia - Northeast High School", "Aug 2019 - Jun 2025", "- Taught Algebra I"]);
    expect(entry).toMatchObject({ title: "Mathematics Teacher & Data Lead", start: "2019-08", end: "2025-06", description: "Taught Algebra I" });
  });

  it.each([
    ["Sous Chef — Lake Merritt Kitchen, Oakland, CA\t2021–24", "Sous Chef", "Lake Merritt Kitchen", "2021-01", "2024-12", false],
    ["Graduate Engineer Trainee | Larsen & Toubro Ltd. (L&T Construction) | Chennai\t07/2021 – 07/2023", "Graduate Engineer Trainee", "Larsen & Toubro Ltd.", "2021-07", "2023-07", false],
    ["Pharmacy Trainee | Walgreens | Austin, TX\tJun 2022 – Aug 2022", "Pharmacy Trainee", "Walgreens", "2022-06", "2022-08", true],
    ["HR Generalist — N26 GmbH, Berlin\t15.09.2020 – 31.03.2023", "HR Generalist", "N26 GmbH", "2020-09", "2023-03", false],
    ["Mathematics Teacher & Data Lead, The School District of Philadelphia — Northeast High School\tAug 2019 – Jun 2025", "Mathematics Teacher & Data Lead", "Northeast High School", "2019-08", "2025-06", false],
    ["Teaching Assistant — Hack Reactor (remote)\tMay 2025 – Aug 2025", "Teaching Assistant", "Hack Reactor", "2025-05", "2025-08", false],
  ])("%s", (line, title, company, start, end, internship) => {
    expect(parseExperience([line])[0]).toMatchObject({ title, company, start, end, internship });
  });
});

describe("parseEducation", () => {
  it.each([
    ["University of Michigan\nB.S. in Computer Science, Expected May 2027 | GPA: 3.8/4.0", "Bachelor of Science", "Computer Science", "University of Michigan", 2027, true, "3.8/4.0"],
    ["Bachelor of Science in Nursing, The Ohio State University, 2024", "Bachelor of Science in Nursing", "Nursing", "The Ohio State University", 2024, false, null],
    ["M.S. Statistics, University of Illinois Urbana-Champaign, 2020", "Master of Science", "Statistics", "University of Illinois Urbana-Champaign", 2020, false, null],
    ["MBA, Boston College, 2030", "Master of Business Administration", null, "Boston College", 2030, true, null],
    ["B.S. Biology, Boston University, Boston, MA, 2022", "Bachelor of Science", "Biology", "Boston University", 2022, false, null],
  ])("%s", (text, degree, field, institution, year, expected, gpa) => {
    const [entry] = parseEducation(text.split("\n"), NOW).entries;
    expect(entry).toEqual({ degree, field, institution, graduation_year: year, expected, gpa });
  });

  it("collects relevant coursework", () => {
    const { coursework } = parseEducation(["MIT", "Relevant Coursework: Statics, Dynamics; Heat Transfer"], NOW);
    expect(coursework).toEqual(["Statics", "Dynamics", "Heat Transfer"]);
  });

  it.each([
    ["Coursework — Statics, Dynamics", ["Statics", "Dynamics"]],
    ["Graduate coursework: Earthquake Engineering, Structural Dynamics", ["Earthquake Engineering", "Structural Dynamics"]],
    ["Distinction. Modules: Composite Materials, Vibration Analysis", ["Composite Materials", "Vibration Analysis"]],
    ["- Key courses - Organic Chemistry; Biochemistry", ["Organic Chemistry", "Biochemistry"]],
    ["GPA 3.8 | Relevant Coursework: Databases, Algorithms", ["Databases", "Algorithms"]],
    ["Coursework\tThermodynamics, Fluid Mechanics", ["Thermodynamics", "Fluid Mechanics"]],
    ["Modules: Composite Materials, Vibration Analysis Thesis: Fatigue life of welded brackets", ["Composite Materials", "Vibration Analysis"]],
    ["Graduate coursework: Earthquake Engineering, Finite Element Analysis, Prestressed Concrete, Structural\nDynamics", ["Earthquake Engineering", "Finite Element Analysis", "Prestressed Concrete", "Structural Dynamics"]],
  ])("reads the course list in %s", (line, want) => {
    const { coursework, entries } = parseEducation(["B.S. in Civil Engineering, Purdue University, 2025", ...line.split("\n")], NOW);
    expect(coursework).toEqual(want);
    expect(entries).toHaveLength(1);
  });

  it.each([
    [["Springboard", "UX Design Career Track (certificate), 2025", "Savannah College of Art and Design B.F.A., Graphic Design, 2019"], ["Springboard", "Savannah College of Art and Design"]],
    [["M.A. Human Resource Management Berlin School of Economics and Law 10/2018 - 08/2020", "B.Sc. Business Psychology", "Hochschule Fresenius, Hamburg 10/2015 - 09/2018"], ["Berlin School of Economics and Law", "Hochschule Fresenius"]],
    [["Licenciatura en Mercadotecnia Tecnológico de Monterrey", "2015 - 2019"], ["Tecnológico de Monterrey"]],
  ])("finds the school on its degree's line with no separator (a narrow PDF column): %j", (lines, schools) => {
    expect(parseEducation(lines, NOW).entries.map((e) => e.institution)).toEqual(schools);
  });

  it("dates the graduation by a degree, not a bootcamp certificate", () => {
    const { entries, graduating } = parseEducation(["Hack Reactor", "Advanced Software Engineering Immersive, 2025", "City College of San Francisco", "Culinary Arts Certificate, 2018"], NOW);
    expect(entries.map((e) => e.institution)).toEqual(["Hack Reactor", "City College of San Francisco"]);
    expect(graduating).toEqual([]);
  });

  it.each([
    ["Licenciatura en Mercadotecnia, Tecnológico de Monterrey, 2019", "Licenciatura", "Tecnológico de Monterrey"],
    ["B.E. Computer Science, BITS Pilani, 2022", "Bachelor of Engineering", "BITS Pilani"],
  ])("international degree and school: %s", (line, degree, institution) => {
    expect(parseEducation([line], NOW).entries[0]).toMatchObject({ degree, institution });
  });
});

describe("rolesFromStatement", () => {
  it.each([
    ["Seeking a full-time role as a junior data analyst or BI analyst.", ["Data Analyst", "BI Analyst"]],
    ["Looking for junior full-stack or front-end developer roles on a calm team.", ["Full-stack Developer", "Front-end Developer"]],
    ["Seeking a full-time structural engineer (EIT) position beginning January 2027.", ["Structural Engineer"]],
    ["Seeking a K-5 Elementary Teacher position beginning August 2027.", ["Elementary Teacher"]],
    ["Seeking a K–5 Elementary Teacher position beginning August 2027.", ["Elementary Teacher"]],
    ["I'd love to join a consumer brand as a Marketing Manager or Brand Manager.", ["Marketing Manager", "Brand Manager"]],
    ["I love hiking and I'd like to travel.", []],
    ["Aspiring data analyst with a background in teaching.", ["Data Analyst"]],
    ["My goal is to work as a junior brand designer or packaging designer at an agency.", ["Brand Designer", "Packaging Designer"]],
    ["Career changer hoping to become a UX designer or product designer", ["UX Designer", "Product Designer"]],
    ["Transitioning into data analytics after six years in retail.", []],
  ])("%s", (text, want) => {
    expect(rolesFromStatement(text)).toEqual(want);
  });
});

describe("extractAuthorization", () => {
  it.each([
    ["US Citizen", "US Citizen", false],
    ["Authorized to work in the US for any employer", "Authorized to work in the US", false],
    ["F-1 OPT, will require sponsorship", "F-1 OPT", true],
    ["Permanent Resident (Green Card)", "US Permanent Resident", false],
    ["EU citizen, open to relocation", "EU Citizen", false],
    ["Authorized to work in the United States; will require H-1B sponsorship in the future", "Authorized to work in the US", true],
    ["Does not require sponsorship", null, false],
    ["Led R&D citizen science project", null, null],
    ["I will need H-1B visa sponsorship.", null, true],
    ["Authorized to work in the US on F-1 OPT (STEM extension eligible); will require H-1B sponsorship", "F-1 OPT", true],
    ["Authorized to work in the US (green card holder)", "US Permanent Resident", false],
    ["F-1 student; eligible for CPT", "F-1 CPT", null],
    ["Fatima Al-Sayed, BS, CPT", null, null],
    ["NASM Certified Personal Trainer (CPT)", null, null],
  ])("%s", (line, label, sponsorship) => {
    expect(extractAuthorization([line])).toEqual({ work_authorization: label, needs_sponsorship: sponsorship });
  });
});

describe("extractPreferences", () => {
  it.each([
    [["Objective: Seeking a software engineering internship for Summer 2026"], ["Software Engineering Intern"], ["internship"]],
    [["Target roles: Data Analyst, Business Analyst"], ["Data Analyst", "Business Analyst"], []],
    [["Looking for a full-time product designer role."], ["Product Designer"], ["full-time"]],
    [["Built pipelines at a startup."], [], []],
    [["Motivated senior seeking a full-time role as a Registered Nurse in pediatrics."], ["Registered Nurse"], ["full-time"]],
    [["Interested in Product Manager and Associate Product Manager roles at consumer tech companies."], ["Product Manager", "Associate Product Manager"], []],
    [["To obtain an entry-level position as a civil engineer with a transportation firm."], ["Civil Engineer"], []],
    [["Open to Junior Software Engineer or Full Stack Developer positions in Philadelphia."], ["Junior Software Engineer", "Full Stack Developer"], []],
    [["I'm looking for a junior UX designer or UI/UX designer role, hybrid or remote."], ["UX Designer", "UI/UX Designer"], []],
    [["Seeking a Summer 2027 Supply Chain Intern position, and a full-time Operations Analyst role after graduation."], ["Supply Chain Intern", "Operations Analyst"], ["full-time", "internship"]],
  ])("%j", (lines, roles, types) => {
    const prefs = extractPreferences(lines);
    expect(prefs.desired_roles).toEqual(roles);
    expect(prefs.job_types).toEqual(types);
  });
});

describe("roles listed under a Target Roles heading", () => {
  it("reads each comma-separated item as a role", () => {
    expect(extractPreferences([], ["Frontend Engineer, UI Engineer"]).desired_roles).toEqual(["Frontend Engineer", "UI Engineer"]);
  });
});

describe("full name with credentials and titles", () => {
  it.each([
    ["Jane Doe, RN, BSN", "Jane Doe"],
    ["Rhiannon Price CEng MICE", "Rhiannon Price"],
    ["Priya Nair, PharmD", "Priya Nair"],
    ["Dr. Jane Doe", "Jane Doe"],
    ["JANE MARIE DOE", "Jane Marie Doe"],
    ["Olusegun Adeyemi, MBA, PMP", "Olusegun Adeyemi"],
  ])("%s", (line, name) => {
    expect(extractContact([line]).full_name).toBe(name);
  });
});

describe("location and profile links", () => {
  it("keeps a city before a region-and-country pair and reads ORCID links", () => {
    const contact = extractContact(["Bengaluru, Karnataka, India | orcid.org/0000-0002-1825-0097"]);
    expect(contact.location).toBe("Bengaluru, Karnataka, India");
    expect(contact.links).toEqual(["orcid.org/0000-0002-1825-0097"]);
  });
});

describe("entry headers in other layouts", () => {
  it.each([
    ["Acme Corp\nSoftware Engineer\nJun 2022 - Present\n- Built APIs\n\nGlobex Inc.\nQA Tester\nJan 2020 - May 2022\n- Tested", [["Software Engineer", "Acme Corp"], ["QA Tester", "Globex Inc."]]],
    ["Lifeguard - City of Madison Parks (Summers 2021-2023)\n- Guarded\nBarista at Colectivo Coffee, Madison, WI (Sept 2023 - Present)\n- Made coffee", [["Lifeguard", "City of Madison Parks"], ["Barista", "Colectivo Coffee"]]],
  ])("%#", (lines, expected) => {
    expect(parseExperience(lines.split("\n").filter(Boolean)).map((e) => [e.title, e.company])).toEqual(expected);
  });
});

describe("education variants", () => {
  it.each([
    ["Purdue University | BSME | Anticipated Graduation: Spring 2028 | GPA 3.6", "Bachelor of Science", "Purdue University", 2028],
    ["University of California, Berkeley | Bachelor of Arts, Economics, 2019", "Bachelor of Arts", "University of California, Berkeley", 2019],
    ["University of Michigan, Ann Arbor, MI | B.S. Computer Science | May 2027 (expected)", "Bachelor of Science", "University of Michigan", 2027],
    ["Master of Social Work - The Ohio State University, 2023", "Master of Social Work", "The Ohio State University", 2023],
    ["Bachelor of Commerce, University of Toronto, 2022", "Bachelor of Commerce", "University of Toronto", 2022],
    ["Bachelor of Science in Education (B.S.Ed.), University of Georgia, 2027", "Bachelor of Science in Education", "University of Georgia", 2027],
    ["M.A.T., Secondary Education, Tufts University, 2024", "Master of Arts in Teaching", "Tufts University", 2024],
    ["J.D., Georgetown University Law Center, 2025", "Juris Doctor", "Georgetown University Law Center", 2025],
    ["Georgetown University Law Center — J.D. Candidate, May 2027", "Juris Doctor", "Georgetown University Law Center", 2027],
    ["MSW | Boston College | 2023", "Master of Social Work", "Boston College", 2023],
    ["Doctor of Physical Therapy (DPT), Emory University, 2026", "Doctor of Physical Therapy", "Emory University", 2026],
  ])("%s", (line, degree, institution, year) => {
    expect(parseEducation([line], NOW).entries[0]).toMatchObject({ degree, institution, graduation_year: year });
  });
});
