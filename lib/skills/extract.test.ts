import { describe, expect, it } from "vitest";
import { canonicalSkillName, extractSkills, findSkill, relatedSkills, skillCategory } from "./extract";
import { SKILLS } from "./lexicon";
import { SKILL_CATEGORIES, SKILL_FIELDS_OF_WORK } from "./types";

const names = (text: string, context?: "skills_list" | "prose") => extractSkills(text, { context }).map((h) => h.name);

describe("extractSkills — prose", () => {
  it.each([
    ["Built services in Python, Go, and R.", ["Python", "Go", "R"], []],
    ["Wrote Golang microservices", ["Go", "Microservices"], []],
    ["Go to the store and go home", [], ["Go"]],
    ["Showed leadership in R&D for the C-suite", ["Leadership"], ["R", "C"]],
    ["Worked in C, C++ and C#", ["C", "C++", "C#"], []],
    ["Java and JavaScript developer", ["Java", "JavaScript"], []],
    ["Excellent attention to detail; I excel under pressure", ["Attention to Detail"], ["Excel"]],
    ["Built pivot tables and models in Excel", ["Excel"], []],
    ["Spring 2024 research assistant", [], ["Spring"]],
    ["REST services with Spring Boot and Hibernate", ["Spring Boot", "Hibernate"], ["Spring"]],
    ["React to incidents quickly", [], ["React"]],
    ["Built the UI in React with TypeScript", ["React", "TypeScript"], []],
    ["Express shipping coordinator", [], ["Express"]],
    ["Access to patients' records; Microsoft Access databases", ["Microsoft Access"], []],
    ["Rust belt revitalisation project", [], ["Rust"]],
    ["Shipped iOS features in Swift and SwiftUI", ["Swift", "SwiftUI"], []],
    ["Node.js, Next.js and .NET with ASP.NET", ["Node.js", "Next.js", ".NET", "ASP.NET"], []],
    ["Set up CI/CD and ran A/B testing over TCP/IP", ["CI/CD", "A/B Testing", "TCP/IP"], []],
    ["Python/Django backend", ["Python", "Django"], []],
    ["Applied GD&T to SolidWorks drawings", ["GD&T", "SolidWorks"], []],
    ["Pipetted 5 ml samples; trained ML models", ["Machine Learning"], []],
    ["Queried postgres and psql daily", ["PostgreSQL"], []],
    ["scikit-learn and scikit learn", ["scikit-learn"], []],
    ["Ran PCR, cell culture and HPLC under GLP", ["PCR", "Cell Culture", "HPLC", "GLP"], []],
    ["Eagle Scout; designed boards in KiCad", ["KiCad"], ["Eagle"]],
  ])("%s", (text, present, absent) => {
    const found = names(text);
    for (const name of present) expect(found).toContain(name);
    for (const name of absent) expect(found).not.toContain(name);
  });

  it("counts repeated mentions and records the first offset", () => {
    const [hit] = extractSkills("SQL here. More SQL there. sql again.");
    expect(hit).toEqual({ name: "SQL", category: "programming_languages", count: 3, firstIndex: 0 });
  });

  it("returns nothing for empty or skill-free text", () => {
    expect(extractSkills("")).toEqual([]);
    expect(extractSkills("The quick brown fox jumps over the lazy dog.")).toEqual([]);
  });
});

describe("extractSkills — skills list", () => {
  it.each([
    ["go, r, c, excel, react, spring", ["Go", "R", "C", "Excel", "React", "Spring"]],
    ["Languages: Python | Java | Go", ["Python", "Java", "Go"]],
    ["Tools: Figma, Adobe XD, Photoshop, Illustrator", ["Figma", "Adobe XD", "Adobe Photoshop", "Adobe Illustrator"]],
  ])("%s", (text, expected) => {
    expect(names(text, "skills_list")).toEqual(expected);
  });

  it("still rejects glued forms in a list", () => {
    expect(names("R&D, C-suite", "skills_list")).toEqual([]);
  });
});

describe("lexicon", () => {
  it("has a broad set of well-formed skills", () => {
    expect(SKILLS.length).toBeGreaterThanOrEqual(350);
    for (const skill of SKILLS) {
      expect(SKILL_CATEGORIES).toContain(skill.category);
      for (const field of skill.fields) expect(SKILL_FIELDS_OF_WORK).toContain(field);
    }
  });

  it("only relates to skills that exist", () => {
    const all = new Set(SKILLS.map((s) => s.name));
    const dangling = SKILLS.flatMap((s) => (s.related ?? []).filter((r) => !all.has(r)).map((r) => `${s.name} -> ${r}`));
    expect(dangling).toEqual([]);
  });

  it("covers every field of work", () => {
    for (const field of SKILL_FIELDS_OF_WORK) {
      expect(SKILLS.filter((s) => s.fields.includes(field)).length, field).toBeGreaterThanOrEqual(10);
    }
  });
});

describe("look-ups", () => {
  it.each([
    ["postgres", "PostgreSQL"],
    ["golang", "Go"],
    ["go", "Go"],
    ["K8s", "Kubernetes"],
    ["civil 3d", "AutoCAD Civil 3D"],
    ["unknown thing", undefined],
  ])("findSkill(%s)", (alias, expected) => {
    expect(findSkill(alias)?.name).toBe(expected);
    expect(canonicalSkillName(alias)).toBe(expected);
  });

  it("relates and categorises", () => {
    expect(relatedSkills("pytorch")).toEqual(["Deep Learning", "Machine Learning", "Python"]);
    expect(relatedSkills("React")).toContain("JavaScript");
    expect(skillCategory("Tableau")).toBe("tools_platforms");
    expect(skillCategory("Teamwork")).toBe("soft_skills");
    expect(skillCategory("nope")).toBeUndefined();
  });
});

describe("extractSkills — distinct skills are not folded into an umbrella", () => {
  it.each([
    ["Protocols: SPI, I2C, UART, CAN", ["SPI", "I2C", "UART", "CAN Bus"], ["Communication Protocols"]],
    ["Supply Chain Management, Logistics, Procurement, Inventory Management", ["Supply Chain Management", "Logistics", "Procurement", "Inventory Management"], ["Operations Management"]],
    ["Kaizen, FMEA, Tolerance Analysis, DFMA", ["Kaizen", "FMEA", "Tolerance Analysis", "DFMA"], ["Lean Manufacturing", "Root Cause Analysis", "GD&T"]],
    ["qPCR, SDS-PAGE, GC-MS, LC-MS, Confocal Microscopy", ["qPCR", "SDS-PAGE", "GC-MS", "LC-MS", "Confocal Microscopy"], ["PCR", "Gel Electrophoresis"]],
    ["Short Circuit Analysis, Load Flow Analysis, Relay Coordination", ["Short Circuit Analysis", "Load Flow Analysis", "Relay Coordination"], ["Circuit Design"]],
    ["Month-End Close, Variance Analysis, Revenue Recognition", ["Month-End Close", "Variance Analysis", "Revenue Recognition"], ["Financial Reporting", "Financial Forecasting"]],
    ["Coaching, Employment Law, Team Leadership", ["Coaching", "Employment Law", "Team Leadership"], ["Mentoring", "Labor Law"]],
    ["Looker Studio, DAX, FigJam, Card Sorting, User Flows", ["Looker Studio", "DAX", "FigJam", "Card Sorting", "User Flows"], ["Looker", "Information Architecture"]],
    ["EKG, SBAR, Medication Reconciliation, Head-to-toe assessment", ["EKG", "SBAR", "Medication Reconciliation", "Patient Assessment"], ["Telemetry"]],
    ["Lesson Planning, Classroom Management, Legal Research, Westlaw", ["Lesson Planning", "Classroom Management", "Legal Research", "Westlaw"], []],
    ["Crisis Intervention, Troubleshooting, Customer Success, Business Development, Due Diligence", ["Crisis Intervention", "Troubleshooting", "Customer Success", "Business Development", "Due Diligence"], ["Mental Health", "Problem Solving", "Customer Service", "B2B Sales", "Investment Analysis"]],
    ["Welding, Preventive Maintenance, Statistical Process Control, Stormwater Management, Rapid Prototyping", ["Welding", "Preventive Maintenance", "Statistical Process Control", "Stormwater Management", "Rapid Prototyping"], ["Hydrology", "3D Printing"]],
    ["IEP Development, ESL Instruction, Guided Reading, Nearpod, E-Discovery, Relativity, Medical Coding, Telehealth", ["IEP Development", "ESL Instruction", "Guided Reading", "Nearpod", "E-Discovery", "Relativity", "Medical Coding", "Telehealth"], []],
    ["Salesforce Marketing Cloud, Variance (flux) analysis, 12-lead EKGs", ["Salesforce Marketing Cloud", "Variance Analysis", "EKG"], ["Salesforce", "Telemetry"]],
  ])("%s", (text, want, notWant) => {
    const got = names(text, "skills_list");
    for (const w of want) expect(got).toContain(w);
    for (const w of notWant) expect(got).not.toContain(w);
  });

  it("keeps the umbrella as a related skill for the ranker", () => {
    expect(relatedSkills("UART")).toContain("Communication Protocols");
    expect(relatedSkills("Kaizen")).toContain("Lean Manufacturing");
  });
});
