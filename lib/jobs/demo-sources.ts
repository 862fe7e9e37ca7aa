import { DEMO_FILES } from "./demo-data/demo-files";
import type { SourceKind } from "./sources";

export interface DemoSource {
  name: string;
  kind: SourceKind;
  url: string;
}

/** The bundled demo boards (public/demo-feeds/), read through fetchFeed's demo:// scheme. */
export const DEMO_SOURCES: DemoSource[] = [
  { name: "Hirely (RSS, job:* elements)", kind: "rss", url: `demo://${DEMO_FILES.nsr}` },
  { name: "CampusHire (RSS)", kind: "rss", url: `demo://${DEMO_FILES.crs}` },
  { name: "RemoteNest (RSS)", kind: "rss", url: `demo://${DEMO_FILES.rrs}` },
  { name: "EngineerJobs (Atom)", kind: "atom", url: `demo://${DEMO_FILES.atom}` },
  { name: "Northwind Robotics (Greenhouse)", kind: "greenhouse", url: `demo://${DEMO_FILES.ghn}` },
  { name: "Cedar Valley Health (Greenhouse)", kind: "greenhouse", url: `demo://${DEMO_FILES.ghc}` },
  { name: "Atlas Infrastructure Group (Lever)", kind: "lever", url: `demo://${DEMO_FILES.lev}` },
  { name: "Fernpay (Ashby)", kind: "ashby", url: `demo://${DEMO_FILES.ash}` },
];
