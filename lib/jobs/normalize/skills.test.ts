import { describe, expect, it } from "vitest";
import { classifyField } from "./field";
import { extractJobSkills } from "./skills";

describe("extractJobSkills", () => {
  it("splits required and preferred by heading and by 'a plus' lines", () => {
    const text = [
      "About the role", "You will build our data platform with the team.", "",
      "What you'll need:", "- Strong Python and SQL skills", "- Experience with Docker", "- Kubernetes is a plus", "",
      "Nice to have:", "- Experience with Terraform", "- Familiarity with Apache Airflow",
    ].join("\n");
    const skills = extractJobSkills(text);
    expect(skills.required).toEqual(expect.arrayContaining(["Python", "SQL", "Docker"]));
    expect(skills.preferred).toEqual(expect.arrayContaining(["Kubernetes", "Terraform", "Apache Airflow"]));
    expect(skills.required).not.toContain("Kubernetes");
    expect(skills.required).not.toContain("Terraform");
  });

  it("counts every skill as required when there are no headings, plus feed categories", () => {
    const skills = extractJobSkills("We use React and TypeScript every day.", ["PostgreSQL"]);
    expect(skills.required).toEqual(expect.arrayContaining(["React", "TypeScript", "PostgreSQL"]));
    expect(skills.preferred).toEqual([]);
  });
});

describe("classifyField", () => {
  it.each([
    ["Senior Backend Engineer", "software"], ["Machine Learning Engineer", "data"], ["Data Analyst", "data"],
    ["Electrical Engineer I", "electrical"], ["Embedded Systems Engineer", "electrical"], ["Mechanical Engineering Co-op", "mechanical"],
    ["Structural Engineer", "civil"], ["UX Designer", "design"], ["Senior Financial Analyst", "finance"], ["Entry Level Accountant", "finance"],
    ["Content Marketing Manager", "marketing"], ["Registered Nurse - ICU", "healthcare"], ["Research Associate I", "life_sciences"],
    ["Business Analyst", "business"], ["Sales Development Representative", "business"], ["Operations Analyst", "business"],
  ])("%s → %s", (title, field) => {
    expect(classifyField(title, [])).toBe(field);
  });

  it("falls back to the fields of the skills", () => {
    expect(classifyField("Team Member", ["Python", "Docker", "Kubernetes"])).toBe("software");
    expect(classifyField("Team Member", [])).toBe("other");
  });
});
