import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { extractResumeText } from "./extract-text";
import { renderSourceDocx } from "./fixtures/render-source-docx";
import { renderSourcePdf } from "./fixtures/render-source-pdf";
import { DEFAULT_RENDER_SPEC, readResumeSource, type RenderSpec } from "./fixtures/resume-source";
import { parseResumeLocally } from "./local-parser";

/**
 * Layout cases, end to end: small resumes written here are drawn as real PDFs
 * and DOCX files (columns, sidebars, tracked-out headings, tables, icons, a
 * bullet cut by a page break) and the parsed fields are checked.
 */
const NOW = new Date("2026-11-15T00:00:00Z");

async function parseRendered(source: string, spec: Partial<RenderSpec>, format: "pdf" | "docx" = "pdf") {
  const doc = readResumeSource(source);
  const full = { ...DEFAULT_RENDER_SPEC, ...spec };
  const bytes = format === "pdf" ? await renderSourcePdf(doc, full) : await renderSourceDocx(doc, full);
  const { text } = await extractResumeText(bytes);
  return { text, profile: parseResumeLocally(text, { now: NOW }) };
}

const SIDEBAR = `Maya Lindqvist
Data Analyst

=== SIDEBAR ===
CONTACT
Denver, CO
(303) 555-0142
maya.lindqvist@example.com

SKILLS
SQL
Tableau
Python
Looker

=== MAIN ===
SUMMARY
Analyst with three years in retail operations data. Seeking a Data Analyst or Analytics Engineer role in Denver.

EXPERIENCE
Data Analyst — Summit Outfitters, Denver, CO
Jan 2024 – Present
- Built weekly sales dashboards in Tableau used by 30 store managers
Operations Analyst Intern — Front Range Foods, Boulder, CO
Jun 2023 – Aug 2023
- Cleaned inventory data in Python and SQL

EDUCATION
University of Colorado Boulder
B.S. Business Analytics, May 2023`;

const TWO_COLUMN = `Jonah Mercer
Austin, TX | jonah.mercer@example.com | (512) 555-0199

EXPERIENCE
Software Engineer — Lone Star Logistics, Austin, TX
Jul 2022 – Present
- Built route-planning services in Go and PostgreSQL handling 2M requests a day
- Cut cloud costs by 18% by moving batch jobs to spot instances on AWS

Software Engineering Intern — Bluebonnet Bank, Dallas, TX
May 2021 – Aug 2021
- Wrote React components for the loan application portal

EDUCATION
The University of Texas at Austin
B.S. Computer Science, May 2022

=== RIGHT COLUMN ===
SKILLS
Go
PostgreSQL
React
AWS
Docker
Kubernetes

LANGUAGES
English, Spanish`;

describe("layout-aware parsing of rendered resumes", () => {
  it("sidebar PDF: name from the largest type although the sidebar reads first; sidebar and main kept apart", async () => {
    const { text, profile } = await parseRendered(SIDEBAR, { layout: "sidebar", headings: "title-case", nameSize: 26, icons: true });
    expect(text.split("\n")[0]).toBe("Maya Lindqvist");
    expect(profile.full_name).toBe("Maya Lindqvist");
    expect(profile.email).toBe("maya.lindqvist@example.com");
    expect(profile.phone?.replace(/\D/g, "")).toBe("3035550142");
    expect(profile.location).toBe("Denver, CO");
    expect(profile.job_titles).toEqual(["Data Analyst", "Operations Analyst Intern"]);
    expect(profile.companies).toEqual(["Summit Outfitters", "Front Range Foods"]);
    expect(profile.tools_platforms).toEqual(expect.arrayContaining(["Tableau", "Looker"]));
    expect(profile.desired_roles).toEqual(["Data Analyst", "Analytics Engineer"]);
    expect(profile.graduation_years).toEqual([2023]);
    // Jan 2024–Nov 2026 is 35 months, the 3-month internship counts half: 36.5 months.
    expect(profile.years_of_experience).toBe(3);
  });

  it("two-column PDF: the left column is read whole before the right one", async () => {
    const { profile } = await parseRendered(TWO_COLUMN, { layout: "two-column", headings: "caps", font: "times", nameSize: 20 });
    expect(profile.full_name).toBe("Jonah Mercer");
    expect(profile.job_titles).toEqual(["Software Engineer", "Software Engineering Intern"]);
    expect(profile.companies).toEqual(["Lone Star Logistics", "Bluebonnet Bank"]);
    expect(profile.institutions).toEqual(["The University of Texas at Austin"]);
    expect(profile.experience_entries[0].description).toContain("2M requests a day");
    expect([...profile.programming_languages, ...profile.frameworks_libraries, ...profile.tools_platforms]).toEqual(expect.arrayContaining(["Go", "PostgreSQL", "React", "AWS", "Docker", "Kubernetes"]));
  });

  it("letter-spaced headings drawn a letter at a time still name their sections", async () => {
    const { text, profile } = await parseRendered(TWO_COLUMN.replace("=== RIGHT COLUMN ===\n", ""), { headings: "letter-spaced", font: "courier" });
    expect(text).toMatch(/^EXPERIENCE$/m);
    expect(text).toMatch(/^EDUCATION$/m);
    expect(profile.job_titles).toEqual(["Software Engineer", "Software Engineering Intern"]);
    expect(profile.degrees).toEqual(["Bachelor of Science"]);
  });

  it("tables keep each row on one line, so a degree stays with its school and dates", async () => {
    const source = `Lena Ortiz
Phoenix, AZ | lena.ortiz@example.com

EDUCATION
=== TABLE ===
Degree\tInstitution\tDates
M.S. Electrical Engineering\tArizona State University\tAug 2025 – Dec 2026
B.E. Electronics Engineering\tPES University\t2019–23
=== END TABLE ===

SKILLS
=== TABLE ===
Area\tTools
Languages\tEmbedded C, Python, Verilog
Platforms\tSTM32, FreeRTOS, Linux
=== END TABLE ===`;
    const { text, profile } = await parseRendered(source, { headings: "rule" });
    expect(text).toContain("M.S. Electrical Engineering\tArizona State University\tAug 2025 - Dec 2026");
    expect(profile.institutions).toEqual(["Arizona State University", "PES University"]);
    expect(profile.degrees).toEqual(["Master of Science", "Bachelor of Engineering"]);
    expect(profile.graduation_years).toContain(2026);
    expect(profile.career_level).toBe("student");
    expect([...profile.programming_languages, ...profile.tools_platforms]).toEqual(expect.arrayContaining(["Python", "Verilog", "FreeRTOS", "Linux"]));
  });

  it("a table alone on page 2 is read as rows, not as two columns", async () => {
    const source = TWO_COLUMN.replace(
      "EDUCATION\nThe University of Texas at Austin\nB.S. Computer Science, May 2022\n",
      "=== PAGE BREAK ===\nEDUCATION\n=== TABLE ===\nDegree\tSchool\tYear\nM.S. Computer Science\tUniversidad Politécnica de Madrid\t2024\nB.S. Computer Science\tThe University of Texas at Austin\t2022\n=== END TABLE ===\n",
    );
    const { text, profile } = await parseRendered(source, { layout: "two-column" });
    expect(text).toContain("B.S. Computer Science\tThe University of Texas at Austin\t2022");
    expect(profile.institutions).toEqual(["Universidad Politécnica de Madrid", "The University of Texas at Austin"]);
    expect(profile.graduation_years).toEqual([2024, 2022]);
  });

  it("a sparse sidebar beside a dense two-page main column is still a column", async () => {
    const bullets = (job: string) =>
      Array.from({ length: 9 }, (_, k) => `- ${job} win ${k + 1}: automated the reconciliations behind the quarterly reporting pack for the regional operations team`).join("\n");
    const source = `Jordan Lee\nOperations Manager\n\n=== SIDEBAR ===\nCONTACT\nPortland, OR\n(503) 555-0101\njordan.lee@example.com\n\nSKILLS\nSQL\nTableau\n\n=== MAIN ===\nEXPERIENCE\nOperations Manager — Columbia Freight, Portland, OR\nMar 2019 – Present\n${bullets("Ops")}\nOperations Analyst — Cascade Logistics, Seattle, WA\nJun 2015 – Feb 2019\n${bullets("Analyst")}\n\nEDUCATION\nUniversity of Oregon\nB.S. Business Administration, 2015`;
    const { profile } = await parseRendered(source, { layout: "sidebar", headings: "letter-spaced", nameSize: 24 });
    expect(profile.full_name).toBe("Jordan Lee");
    expect(profile.job_titles).toEqual(["Operations Manager", "Operations Analyst"]);
    expect(profile.companies).toEqual(["Columbia Freight", "Cascade Logistics"]);
    expect(profile.experience_entries.map((e) => e.description?.split("\n").length)).toEqual([9, 9]);
    expect(profile.email).toBe("jordan.lee@example.com");
  });

  it("dates in a margin column stay with their entries, and unbulleted achievements are descriptions", async () => {
    const doc = await PDFDocument.create();
    const [font, bold] = [await doc.embedFont(StandardFonts.Helvetica), await doc.embedFont(StandardFonts.HelveticaBold)];
    const page = doc.addPage([612, 792]);
    page.drawText("Alex Morgan", { x: 48, y: 740, size: 20, font: bold });
    page.drawText("alex.morgan@example.com | Denver, CO", { x: 48, y: 720, size: 10, font });
    page.drawText("EXPERIENCE", { x: 48, y: 690, size: 11, font: bold });
    const rows = [
      ["2022 - Present", "Data Engineer, Rocky Analytics"],
      ["", "Built Airflow pipelines loading 40 sources into Snowflake for finance reporting"],
      ["2019 - 2022", "Data Analyst, Front Range Bank"],
      ["", "Wrote SQL and Tableau dashboards for the retail lending team"],
      ["2018 - 2019", "Analytics Intern, Peak Insurance"],
      ["", "Cleaned claims data in Python"],
    ];
    rows.forEach(([date, text], k) => {
      if (date) page.drawText(date, { x: 48, y: 672 - k * 14, size: 10, font });
      page.drawText(text, { x: 150, y: 672 - k * 14, size: 10, font: date ? bold : font });
    });
    const { text } = await extractResumeText(await doc.save());
    const profile = parseResumeLocally(text, { now: NOW });
    expect(profile.experience_entries.map((e) => [e.title, e.company, e.start])).toEqual([
      ["Data Engineer", "Rocky Analytics", "2022-01"],
      ["Data Analyst", "Front Range Bank", "2019-01"],
      ["Analytics Intern", "Peak Insurance", "2018-01"],
    ]);
    expect(profile.experience_entries[2].description).toBe("Cleaned claims data in Python");
  });

  it("a bullet cut by the page break is joined back together", async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const one = doc.addPage([612, 792]);
    const lines = ["Sam Okafor", "sam.okafor@example.com", "", "EXPERIENCE", "Financial Analyst - Harbor Capital, Boston, MA", "Jan 2023 - Present"];
    lines.forEach((l, k) => l && one.drawText(l, { x: 48, y: 740 - k * 14, size: 10, font }));
    one.drawText("•", { x: 50, y: 60, size: 10, font });
    one.drawText("Built a variance model in Excel that cut the monthly close for the", { x: 60, y: 60, size: 10, font });
    const two = doc.addPage([612, 792]);
    two.drawText("treasury team from five days to three", { x: 60, y: 740, size: 10, font });
    const { text } = await extractResumeText(await doc.save());
    const profile = parseResumeLocally(text, { now: NOW });
    expect(profile.experience_entries[0].description).toBe("Built a variance model in Excel that cut the monthly close for the treasury team from five days to three");
  });

  it("icon glyphs before contact lines are dropped, not read as text", async () => {
    const { text, profile } = await parseRendered(SIDEBAR, { layout: "one-column", icons: true });
    expect(text).toMatch(/^Denver, CO$/m);
    expect(text).toMatch(/^maya\.lindqvist@example\.com$/m);
    expect(profile.location).toBe("Denver, CO");
  });

  it("DOCX letterhead table (name in one cell, contact lines in the other) keeps each line", async () => {
    const cell = (...texts: string[]) => new TableCell({ children: texts.map((t, k) => new Paragraph({ children: [new TextRun({ text: t, bold: k === 0, size: k === 0 ? 40 : 20 })] })) });
    const doc = new Document({
      sections: [
        {
          children: [
            new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [new TableRow({ children: [cell("Samira Haddad", "Mechanical Engineer"), cell("samira.haddad@example.com", "(248) 555-0190", "Detroit, MI")] })] }),
            new Paragraph({ text: "EXPERIENCE", heading: HeadingLevel.HEADING_1 }),
            new Paragraph("Design Engineer | Ford Motor Company | Dearborn, MI | Jul 2023 – Present"),
          ],
        },
      ],
    });
    const { text } = await extractResumeText(new Uint8Array(await Packer.toBuffer(doc)));
    const profile = parseResumeLocally(text, { now: NOW });
    expect(profile.full_name).toBe("Samira Haddad");
    expect(profile.location).toBe("Detroit, MI");
    expect(profile.phone?.replace(/\D/g, "")).toBe("2485550190");
    expect(profile.companies).toEqual(["Ford Motor Company"]);
  });

  it("DOCX sidebar template (a two-cell table) reads one column at a time", async () => {
    const { profile } = await parseRendered(SIDEBAR, { layout: "sidebar", headings: "letter-spaced" }, "docx");
    expect(profile.full_name).toBe("Maya Lindqvist");
    expect(profile.job_titles).toEqual(["Data Analyst", "Operations Analyst Intern"]);
    expect(profile.companies).toEqual(["Summit Outfitters", "Front Range Foods"]);
    expect(profile.email).toBe("maya.lindqvist@example.com");
    expect(profile.desired_roles).toEqual(["Data Analyst", "Analytics Engineer"]);
  });
});
