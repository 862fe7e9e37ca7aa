import { readFile } from "node:fs/promises";
import path from "node:path";
import { DEMO_FEEDS_DIR } from "./demo-feed-reader";
import type { DemoExpectation } from "./demo-data/demo-files";
import { DEMO_SOURCES } from "./demo-sources";
import { normalizeJob } from "./normalize/normalize-job";
import { parseSourceBody } from "./sources";
import type { NormalizedJob } from "./types";

export interface DemoMismatch {
  file: string;
  title: string;
  aspect: "salary" | "location" | "seniority" | "missing";
  expected: unknown;
  actual: unknown;
}

export interface DemoAccuracy {
  total: number;
  salary: number;
  location: number;
  seniority: number;
  /** Share of jobs whose salary, location and seniority are all right. */
  all: number;
  mismatches: DemoMismatch[];
  jobs: { file: string; job: NormalizedJob }[];
}

function sameSalary(expected: DemoExpectation["salary"], job: NormalizedJob): boolean {
  if (!expected) return job.salary_min === null && job.salary_max === null;
  return job.salary_min === expected.min && job.salary_max === expected.max && job.salary_currency === expected.currency && job.salary_period === expected.period;
}

function sameLocation(expected: DemoExpectation["location"], job: NormalizedJob): boolean {
  return (
    (job.city ?? null) === expected.city &&
    job.country === expected.country &&
    job.remote_type === expected.remote_type &&
    [...job.remote_regions].sort().join(",") === [...expected.remote_regions].sort().join(",")
  );
}

/** Normalises every demo job and scores salary, location and seniority against expected.json. */
export async function computeDemoAccuracy(now = new Date()): Promise<DemoAccuracy> {
  const expected: DemoExpectation[] = JSON.parse(await readFile(path.join(DEMO_FEEDS_DIR, "expected.json"), "utf8"));
  const jobs: { file: string; job: NormalizedJob }[] = [];
  for (const source of DEMO_SOURCES) {
    const file = source.url.slice("demo://".length);
    const postings = await parseSourceBody(source.kind, await readFile(path.join(DEMO_FEEDS_DIR, file), "utf8"), { now });
    for (const posting of postings) jobs.push({ file, job: normalizeJob(posting, { sourceKind: source.kind, now }) });
  }
  const mismatches: DemoMismatch[] = [];
  let salary = 0;
  let location = 0;
  let seniority = 0;
  let all = 0;
  for (const want of expected) {
    const found = jobs.find((j) => j.file === want.file && j.job.external_id === want.externalId)?.job;
    if (!found) {
      mismatches.push({ file: want.file, title: want.title, aspect: "missing", expected: want.externalId, actual: null });
      continue;
    }
    const okSalary = sameSalary(want.salary, found);
    const okLocation = sameLocation(want.location, found);
    const okSeniority = found.seniority === want.seniority;
    salary += Number(okSalary);
    location += Number(okLocation);
    seniority += Number(okSeniority);
    all += Number(okSalary && okLocation && okSeniority);
    if (!okSalary) mismatches.push({ file: want.file, title: want.title, aspect: "salary", expected: want.salary, actual: [found.salary_min, found.salary_max, found.salary_currency, found.salary_period] });
    if (!okLocation) mismatches.push({ file: want.file, title: want.title, aspect: "location", expected: want.location, actual: [found.city, found.country, found.remote_type, found.remote_regions] });
    if (!okSeniority) mismatches.push({ file: want.file, title: want.title, aspect: "seniority", expected: want.seniority, actual: found.seniority });
  }
  const total = expected.length;
  const share = (n: number) => (total ? n / total : 0);
  return { total, salary: share(salary), location: share(location), seniority: share(seniority), all: share(all), mismatches, jobs };
}
