import type { DemoFeed } from "./demo-jobs";

/** File names under public/demo-feeds/ for each demo board. */
export const DEMO_FILES: Record<DemoFeed, string> = {
  nsr: "hirely.rss.xml",
  crs: "campushire.rss.xml",
  rrs: "remotenest.rss.xml",
  atom: "engineerjobs.atom.xml",
  ghn: "greenhouse-northwind-robotics.json",
  ghc: "greenhouse-cedar-valley-health.json",
  lev: "lever-atlas-infrastructure.json",
  ash: "ashby-fernpay.json",
};

/** One entry of public/demo-feeds/expected.json: the hand-judged answers for a demo job. */
export interface DemoExpectation {
  file: string;
  externalId: string;
  title: string;
  dupGroup: string | null;
  closed: boolean;
  salary: { min: number | null; max: number | null; currency: string; period: string } | null;
  location: { city: string | null; country: string | null; remote_type: string | null; remote_regions: string[] };
  seniority: string | null;
}
