import { describe, expect, it } from "vitest";
import { buildJobFeatures, buildProfileFeatures } from "./features";
import { attachLexicalQuery, buildLexicalIndex, jobTerms, lexicalSimilarity, profileTerms, type LexicalJob } from "./lexical";
import { scorePair } from "./score";
import { makeJob, makeProfile } from "./testing";

const job = (title: string, description: string, required: string[] = []) => ({ ...makeJob({ title, required_skills: required }), description });

function similarities(profile: ReturnType<typeof makeProfile>, jobs: (LexicalJob & ReturnType<typeof makeJob>)[]) {
  const jfs = jobs.map(buildJobFeatures);
  const index = buildLexicalIndex(jobs, jfs);
  const pf = buildProfileFeatures(profile);
  attachLexicalQuery(pf, profile, index);
  return { pf, jfs, index, sims: jfs.map((jf) => lexicalSimilarity(pf, jf)) };
}

describe("lexical signal", () => {
  it("folds a skill's aliases to one term on both sides", () => {
    const viaAlias = jobTerms({ title: "Developer", required_skills: ["JS"], preferred_skills: [], description: "" });
    const viaName = jobTerms({ title: "Developer", required_skills: ["JavaScript"], preferred_skills: [], description: "" });
    expect([...viaAlias.keys()]).toEqual([...viaName.keys()]);
    const profile = profileTerms(makeProfile({ programming_languages: ["javascript"] }));
    const skillTerm = [...viaName.keys()].find((t) => t.startsWith("#"));
    expect(skillTerm).toBeDefined();
    expect(profile.has(skillTerm as string)).toBe(true);
  });

  it("weighs rare terms above common ones (IDF from the run's jobs)", () => {
    const jobs = [
      job("Supply Chain Analyst", "Inventory and procurement for our plants. Team player."),
      job("Sales Associate", "Retail store team player with inventory counts."),
      job("Cashier", "Team player for the store."),
      job("Barista", "Team player, coffee."),
    ];
    const profile = makeProfile({ desired_roles: ["Supply Chain Intern"], domain_skills: ["Procurement"], soft_skills: ["Teamwork"] });
    const { sims, index } = similarities(profile, jobs);
    expect(sims[0]).toBeGreaterThan(0.2);
    expect(sims[0]).toBeGreaterThan(sims[1]);
    expect(sims[2]).toBeLessThan(0.05);
    // "team" is in every posting: the lowest IDF the index has.
    const idfOf = (t: string) => index.idf[index.vocab.get(t) as number];
    expect(idfOf("team")).toBeLessThan(idfOf("procur"));
  });

  it("is -1 (rules only) without a query or across indexes", () => {
    const jobs = [job("Data Analyst", "SQL dashboards")];
    const { jfs } = similarities(makeProfile({ desired_roles: ["Data Analyst"] }), jobs);
    expect(lexicalSimilarity(buildProfileFeatures(makeProfile()), jfs[0])).toBe(-1);
    const other = similarities(makeProfile({ desired_roles: ["Data Analyst"] }), [job("Data Analyst", "SQL")]);
    expect(lexicalSimilarity(other.pf, jfs[0])).toBe(-1);
  });

  it("lifts an on-field posting the skill lexicon cannot read", () => {
    const hr = job("People Operations Coordinator", "Support onboarding, employee relations casework, HRIS records and recruitment campaigns.");
    const jobs = [hr, job("Warehouse Associate", "Pick and pack orders, forklift."), job("Line Cook", "Prep and cook")];
    const profile = makeProfile({ desired_roles: ["HR Advisor"], domain_skills: ["Employee Relations", "Recruitment", "Onboarding"] });
    const { pf, jfs } = similarities(profile, jobs);
    const rulesOnly = scorePair(buildProfileFeatures(profile), jfs[0]).skills;
    expect(scorePair(pf, jfs[0]).skills).toBeGreaterThan(rulesOnly);
  });
});
