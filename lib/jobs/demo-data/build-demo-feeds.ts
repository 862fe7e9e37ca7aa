/**
 * Renders DEMO_ROWS into public/demo-feeds/ in each board's layout, plus
 * expected.json. Run after editing the rows:
 *   npx tsx lib/jobs/demo-data/build-demo-feeds.ts
 * Dates are written at or before DEMO_ANCHOR; the demo:// reader shifts them.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { DEMO_ANCHOR } from "../demo-feed-reader";
import { DEMO_FILES, type DemoExpectation } from "./demo-files";
import { DEMO_ROWS, type DemoFeed, type DemoRow } from "./demo-jobs";
import { BENEFITS, POOLS } from "./demo-text";

const OUT = path.join(process.cwd(), "public", "demo-feeds");
const SPONSORSHIP: Record<string, string> = {
  no1: "Candidates must be authorized to work in the US without sponsorship now or in the future.",
  no2: "We are unable to sponsor visas for this position.",
  no3: "No sponsorship is available for this role.",
  yes1: "Visa sponsorship is available for this role, and we support relocation.",
  yes2: "We offer visa sponsorship and relocation support for international candidates.",
  cit: "Because this role supports government contracts, U.S. citizenship is required.",
  clr: "This role requires an active Secret clearance.",
};
const DOES_HEADINGS = ["What you'll do", "Responsibilities", "In this role you will", "The role"];
const NEEDS_HEADINGS = ["Requirements", "What you'll need", "Qualifications", "Must have", "About you"];
const NICE_HEADINGS = ["Nice to have", "Preferred qualifications", "Bonus points", "Pluses"];

const CATEGORY_TAGS: Record<string, string[]> = {
  sw: ["Engineering", "Python", "TypeScript"], data: ["Data", "SQL", "Python"], ee: ["Hardware", "Electrical Engineering"],
  me: ["Mechanical Engineering", "SolidWorks"], civil: ["Civil Engineering", "AutoCAD"], ux: ["Design", "Figma"],
  fin: ["Finance", "Excel"], mkt: ["Marketing"], rn: ["Healthcare", "Nursing"], bio: ["Life Sciences", "Laboratory"],
  ba: ["Business", "Excel"], ops: ["Operations"], sales: ["Sales"], acct: ["Accounting", "Finance"],
};

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function seedOf(text: string): number {
  let h = 7;
  for (const c of text) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h;
}

function pick<T>(items: T[], count: number, seed: number): T[] {
  return Array.from({ length: Math.min(count, items.length) }, (_, k) => items[(seed + k) % items.length]).filter((v, k, a) => a.indexOf(v) === k);
}

interface Parts {
  intro: string;
  does: [string, string[]];
  needs: [string, string[]];
  nice: [string, string[]];
  closing: string[];
  benefits: string[];
}

function roleOf(row: DemoRow): { title: string; company: string } {
  const [feed, title, company] = row;
  if (company) return { title, company };
  const colon = /^([^:]+): (.+)$/.exec(title);
  if (colon) return { company: colon[1], title: colon[2] };
  const pipe = title.split(" | ");
  if (pipe.length > 1) return { title: pipe[0], company: pipe[1] };
  const dash = /^(.+) - (.+?) \((.+)\)$/.exec(title);
  if (dash) return { title: dash[1], company: dash[2] };
  throw new Error(`cannot read company from ${feed} title "${title}"`);
}

function salaryLine(text: string, index: number): string {
  return [`Compensation: ${text}`, `Salary: ${text}`, `Pay range: ${text}`, `The pay for this role is ${text}.`][index % 4];
}

function formatExpectedSalary(exp: string): string {
  const m = /^(\d+)(?:-(\d+)|\+) (\w+)\/(\w+)$/.exec(exp)!;
  const [min, max, cur, period] = [Number(m[1]), m[2] ? Number(m[2]) : null, m[3], m[4]];
  const sym = cur === "USD" ? "$" : cur === "EUR" ? "€" : cur === "GBP" ? "£" : `${cur} `;
  const fmt = (v: number) => (period === "hour" ? v.toFixed(2) : v.toLocaleString("en-US"));
  const range = max !== null && max !== min ? `${sym}${fmt(min)} - ${sym}${fmt(max)}` : `${sym}${fmt(min)}`;
  return period === "hour" ? `${range} per hour` : `${range}${cur === "USD" ? " USD" : ""} per year`;
}

function partsOf(row: DemoRow, index: number): Parts {
  const [feed, , , poolKey, , salary, , opts, expSalary, expLoc] = row;
  const { title, company } = roleOf(row);
  const pool = POOLS[poolKey];
  const seed = opts.dup ? seedOf(opts.dup) : seedOf(title + company);
  const remote = expLoc.split("|")[2];
  const where = remote === "remote" ? "This is a fully remote role." : remote === "hybrid" ? "This is a hybrid role with three days a week in the office." : "";
  const intro = opts.dup && (feed === "crs" || feed === "atom" || feed === "rrs")
    ? `Join ${company} as a ${title}! ${pool.mission} ${where}`
    : `${company} is hiring a ${title}. ${pool.mission} ${where}`;
  const needs = opts.st
    ? [pool.student, /intern|co-op|extern/i.test(title) || row[6] === "Internship" || row[6] === "Intern" ? "Available for a 12-week paid internship starting in May or June" : "Recent graduates and early-career candidates are encouraged to apply"]
    : [opts.y ?? ""];
  const closing: string[] = [];
  if (opts.sal === "desc" && salary) closing.push(salaryLine(salary, index));
  if ((feed === "ghn" || feed === "ghc") && expSalary !== "-" && !(feed === "ghn" && /Staff/.test(title))) {
    closing.push(`The base pay range for this position is ${formatExpectedSalary(expSalary)}. Final offers depend on experience and location.`);
  }
  if (opts.sp) closing.push(SPONSORSHIP[opts.sp]);
  closing.push(`${company} is an equal opportunity employer and values diversity at all levels.`);
  return {
    intro: intro.trim(),
    does: [DOES_HEADINGS[seed % DOES_HEADINGS.length], pick(pool.does, 5, seed)],
    needs: [NEEDS_HEADINGS[(seed >>> 3) % NEEDS_HEADINGS.length], [...needs, ...pick(pool.needs, 4, seed >>> 2)].filter(Boolean)],
    nice: [NICE_HEADINGS[(seed >>> 5) % NICE_HEADINGS.length], [...pick(pool.nice, 3, seed >>> 4), ...(opts.ny ? [opts.ny] : [])]],
    closing,
    benefits: pick(BENEFITS, 3, seed >>> 6),
  };
}

const list = (items: string[]) => `<ul>${items.map((i) => `<li>${esc(i)}</li>`).join("")}</ul>`;

function html(p: Parts): string {
  return [
    `<p>${esc(p.intro)}</p>`,
    `<h3>${esc(p.does[0])}</h3>${list(p.does[1])}`,
    `<h3>${esc(p.needs[0])}</h3>${list(p.needs[1])}`,
    `<h3>${esc(p.nice[0])}</h3>${list(p.nice[1])}`,
    `<h3>Benefits</h3>${list(p.benefits)}`,
    ...p.closing.map((c) => `<p>${esc(c)}</p>`),
  ].join("\n");
}

function plain(p: Parts): string {
  const block = ([h, items]: [string, string[]]) => `${h}:\n${items.map((i) => `- ${i}`).join("\n")}`;
  return [p.intro, block(p.does), block(p.needs), block(p.nice), block(["Benefits", p.benefits]), ...p.closing].join("\n\n");
}

function dateOf(row: DemoRow, index: number): Date {
  return new Date(DEMO_ANCHOR.getTime() - row[7].d * 86_400_000 - ((index % 9) + 2) * 3_600_000);
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

function uuidOf(text: string): string {
  const h = (n: number) => seedOf(text + n).toString(16).padStart(8, "0");
  const hex = h(1) + h(2) + h(3) + h(4);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function structured(salary: string): { min: number; max: number; currency: string; period: string } | null {
  const m = /^S:(\d+)-(\d+) (\w+) (\w+)$/.exec(salary);
  return m ? { min: Number(m[1]), max: Number(m[2]), currency: m[3], period: m[4] } : null;
}

type Rendered = { externalId: string; row: DemoRow };

function rss(feed: DemoFeed, rows: [DemoRow, number][], channel: { title: string; link: string; ns: boolean }): [string, Rendered[]] {
  const rendered: Rendered[] = [];
  const items = rows.map(([row, index]) => {
    const [, title, company, , location, salary, type, opts] = row;
    const parts = partsOf(row, index);
    const guid = `${channel.link}/jobs/${slug(title)}-${1000 + index}`;
    rendered.push({ externalId: guid, row });
    const date = dateOf(row, index).toUTCString();
    const shown = feed === "crs" ? `${title} at ${company} (${location})` : title;
    const e: string[] = [`<title>${esc(shown)}</title>`, `<link>${guid}</link>`, `<guid isPermaLink="true">${guid}</guid>`, `<pubDate>${date}</pubDate>`];
    if (channel.ns) {
      e.push(`<job:company>${esc(company)}</job:company>`, `<job:location>${esc(location)}</job:location>`, `<job:type>${type}</job:type>`);
      if (salary) e.push(`<job:salary>${esc(salary)}</job:salary>`);
      if (opts.rh) e.push(`<job:remote>${opts.rh}</job:remote>`);
      if (opts.closed) e.push(`<job:expires>${new Date(DEMO_ANCHOR.getTime() - 2 * 86_400_000).toISOString()}</job:expires>`);
      e.push(`<dc:creator>${esc(company)}</dc:creator>`, `<media:thumbnail url="${channel.link}/logos/${slug(company)}.png"/>`);
    } else if (feed === "rrs") {
      if (location) e.push(`<region>${esc(location)}</region>`);
      if (salary) e.push(`<salary>${esc(salary)}</salary>`);
      if (opts.rh) e.push(`<remote>${opts.rh}</remote>`);
      e.push(`<type>${type}</type>`, `<media:content url="${channel.link}/logos/${slug(roleOf(row).company)}.png" medium="image"/>`);
    }
    const categories = CATEGORY_TAGS[row[3]];
    e.push(...categories.map((c) => `<category>${esc(c)}</category>`));
    const description = feed === "crs" ? `${html(parts)}\n<p>Location: ${esc(location)}</p>` : html(parts);
    e.push(`<description><![CDATA[${description}]]></description>`);
    return `    <item>\n      ${e.join("\n      ")}\n    </item>`;
  });
  const ns = channel.ns ? ' xmlns:job="https://jobmatch.dev/ns/job/1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"' : ' xmlns:media="http://search.yahoo.com/mrss/"';
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"${ns}>\n  <channel>\n    <title>${channel.title}</title>\n    <link>${channel.link}</link>\n    <description>${channel.title} job listings</description>\n    <lastBuildDate>${DEMO_ANCHOR.toUTCString()}</lastBuildDate>\n${items.join("\n")}\n  </channel>\n</rss>\n`;
  return [xml, rendered];
}

function atom(rows: [DemoRow, number][]): [string, Rendered[]] {
  const rendered: Rendered[] = [];
  const entries = rows.map(([row, index]) => {
    const [, title, , , , salary, type] = row;
    const parts = partsOf(row, index);
    const { company } = roleOf(row);
    const id = `tag:engineerjobs.example,2025:job-${2000 + index}`;
    rendered.push({ externalId: id, row });
    const inDescription = index % 2 === 0;
    if (salary && inDescription) parts.closing.unshift(salaryLine(salary, index));
    const date = dateOf(row, index).toISOString();
    const lines = [
      `<title>${esc(title)}</title>`, `<id>${id}</id>`, `<link rel="alternate" href="https://engineerjobs.example/jobs/${2000 + index}"/>`,
      `<published>${date}</published>`, `<updated>${date}</updated>`, `<author><name>${esc(company)}</name></author>`,
      `<category term="${esc(CATEGORY_TAGS[row[3]][0])}"/>`, `<job:type>${type}</job:type>`,
      ...(salary && !inDescription ? [`<job:salary>${esc(salary)}</job:salary>`] : []),
      `<content type="html">${esc(html(parts))}</content>`,
    ];
    return `  <entry>\n    ${lines.join("\n    ")}\n  </entry>`;
  });
  const xml = `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xmlns:job="https://jobmatch.dev/ns/job/1.0">\n  <title>EngineerJobs — Engineering roles</title>\n  <id>tag:engineerjobs.example,2025:feed</id>\n  <link rel="self" href="https://engineerjobs.example/feed.atom"/>\n  <updated>${DEMO_ANCHOR.toISOString()}</updated>\n${entries.join("\n")}\n</feed>\n`;
  return [xml, rendered];
}

function greenhouse(rows: [DemoRow, number][], board: string, companyName: string): [string, Rendered[]] {
  const rendered: Rendered[] = [];
  const jobs = rows.map(([row, index]) => {
    const [, title, , , location, , type, opts, expSalary] = row;
    const id = 4_000_000 + index * 137;
    rendered.push({ externalId: String(id), row });
    const date = dateOf(row, index);
    const staffRange = /Staff/.test(title) ? /^(\d+)-(\d+)/.exec(expSalary) : null;
    return {
      absolute_url: `https://boards.greenhouse.io/${board}/jobs/${id}`,
      data_compliance: [{ type: "gdpr", requires_consent: false, requires_processing_consent: false, requires_retention_consent: false, retention_period: null }],
      internal_job_id: id - 1_000_000,
      location: { name: location },
      metadata: [{ id: 1, name: "Employment Type", value: type, value_type: "single_select" }],
      id,
      updated_at: new Date(date.getTime() + 86_400_000).toISOString().replace(/\.\d+Z$/, "-04:00"),
      requisition_id: `REQ-${1000 + index}`,
      title,
      company_name: companyName,
      first_published: date.toISOString().replace(/\.\d+Z$/, "Z"),
      content: esc(html(partsOf(row, index))),
      departments: [{ id: 10 + (index % 5), name: POOLS[row[3]] === POOLS.sw ? "Engineering" : "Operations", child_ids: [], parent_id: null }],
      offices: [{ id: 20, name: location, location, child_ids: [], parent_id: null }],
      ...(staffRange ? { pay_input_ranges: [{ min_cents: Number(staffRange[1]) * 100, max_cents: Number(staffRange[2]) * 100, currency_type: "USD", title: "Annual base salary", blurb: "" }] } : {}),
      ...(opts.closed ? {} : {}),
    };
  });
  return [`${JSON.stringify({ jobs, meta: { total: jobs.length } }, null, 2)}\n`, rendered];
}

const LEVER_INTERVAL: Record<string, string> = { year: "per-year-salary", hour: "per-hour-wage", month: "per-month-salary" };

function lever(rows: [DemoRow, number][]): [string, Rendered[]] {
  const rendered: Rendered[] = [];
  const postings = rows.map(([row, index]) => {
    const [, title, , , location, salary, type, opts] = row;
    const id = uuidOf(`lever-${index}`);
    rendered.push({ externalId: id, row });
    const p = partsOf(row, index);
    const s = structured(salary);
    const workplace = location.startsWith("Remote") ? "remote" : location.startsWith("Hybrid") ? "hybrid" : "onsite";
    return {
      additional: `<div>${p.closing.map((c) => esc(c)).join("<br>")}</div>`,
      additionalPlain: p.closing.join("\n"),
      categories: { commitment: type, department: "Engineering", location, team: "Infrastructure", allLocations: [location] },
      createdAt: dateOf(row, index).getTime(),
      descriptionPlain: p.intro,
      description: `<div>${esc(p.intro)}</div>`,
      id,
      lists: [p.does, p.needs, p.nice, ["Benefits", p.benefits] as [string, string[]]].map(([text, items]) => ({ text, content: items.map((i) => `<li>${esc(i)}</li>`).join("") })),
      text: title,
      country: location.includes("ON") || location.includes("AB") || location.includes("BC") ? "CA" : "US",
      workplaceType: workplace,
      hostedUrl: `https://jobs.lever.co/atlas-infrastructure/${id}`,
      applyUrl: `https://jobs.lever.co/atlas-infrastructure/${id}/apply`,
      ...(s ? { salaryRange: { currency: s.currency, interval: LEVER_INTERVAL[s.period], min: s.min, max: s.max } } : {}),
      ...(opts.closed ? {} : {}),
    };
  });
  return [`${JSON.stringify(postings, null, 2)}\n`, rendered];
}

function ashby(rows: [DemoRow, number][]): [string, Rendered[]] {
  const rendered: Rendered[] = [];
  const jobs = rows.map(([row, index]) => {
    const [, title, , , location, salary, type, opts] = row;
    const id = uuidOf(`ashby-${index}`);
    rendered.push({ externalId: id, row });
    const p = partsOf(row, index);
    const s = structured(salary);
    const remote = /remote/i.test(location);
    const sym = s?.currency === "USD" ? "$" : s?.currency === "EUR" ? "€" : s?.currency === "GBP" ? "£" : s ? `${s.currency} ` : "";
    const k = (v: number) => (s?.period === "hour" ? `${sym}${v}` : `${sym}${Math.round(v / 1000)}K`);
    const summary = s ? `${k(s.min)} – ${k(s.max)}${s.period === "hour" ? " per hour" : ""} • Offers Equity` : null;
    return {
      id, title, department: "Fernpay", team: POOLS[row[3]] === POOLS.sw ? "Engineering" : "Business",
      employmentType: type, location, secondaryLocations: [],
      publishedAt: dateOf(row, index).toISOString().replace("Z", "+00:00"),
      isListed: !opts.closed, isRemote: remote,
      workplaceType: remote ? "Remote" : /hybrid/i.test(location) ? "Hybrid" : "OnSite",
      address: null,
      jobUrl: `https://jobs.ashbyhq.com/fernpay/${id}`,
      applyUrl: `https://jobs.ashbyhq.com/fernpay/${id}/application`,
      descriptionHtml: html(p), descriptionPlain: plain(p),
      shouldDisplayCompensationOnJobPostings: Boolean(s),
      ...(s ? {
        compensation: {
          compensationTierSummary: summary, scrapeableCompensationSalarySummary: summary?.replace(" • Offers Equity", ""),
          compensationTiers: [],
          summaryComponents: [
            { compensationType: "Salary", interval: s.period === "hour" ? "1 HOUR" : "1 YEAR", currencyCode: s.currency, minValue: s.min, maxValue: s.max },
            { compensationType: "EquityPercentage", interval: "NONE", currencyCode: null, minValue: 0.01, maxValue: 0.05 },
          ],
        },
      } : {}),
    };
  });
  return [`${JSON.stringify({ apiVersion: "1", jobs }, null, 2)}\n`, rendered];
}

function expectation(file: string, { externalId, row }: Rendered): DemoExpectation {
  const [, , , , , , , opts, salary, loc, seniority] = row;
  const m = /^(\d+)(?:-(\d+)|(\+)) (\w+)\/(\w+)$/.exec(salary);
  const [city, country, remoteType, regions] = loc.split("|");
  return {
    file, externalId, title: row[1], dupGroup: opts.dup ?? null, closed: Boolean(opts.closed),
    salary: m ? { min: Number(m[1]), max: m[2] ? Number(m[2]) : null, currency: m[4], period: m[5] } : null,
    location: { city: city || null, country: country || null, remote_type: remoteType || null, remote_regions: regions ? regions.split(",") : [] },
    seniority: seniority === "-" ? null : seniority,
  } as DemoExpectation;
}

function main(): void {
  const byFeed = new Map<DemoFeed, [DemoRow, number][]>();
  DEMO_ROWS.forEach((row, index) => byFeed.set(row[0], [...(byFeed.get(row[0]) ?? []), [row, index]]));
  const outputs: [string, [string, Rendered[]]][] = [
    [DEMO_FILES.nsr, rss("nsr", byFeed.get("nsr")!, { title: "Hirely", link: "https://hirely.example", ns: true })],
    [DEMO_FILES.crs, rss("crs", byFeed.get("crs")!, { title: "CampusHire", link: "https://campushire.example", ns: false })],
    [DEMO_FILES.rrs, rss("rrs", byFeed.get("rrs")!, { title: "RemoteNest", link: "https://remotenest.example", ns: false })],
    [DEMO_FILES.atom, atom(byFeed.get("atom")!)],
    [DEMO_FILES.ghn, greenhouse(byFeed.get("ghn")!, "northwindrobotics", "Northwind Robotics")],
    [DEMO_FILES.ghc, greenhouse(byFeed.get("ghc")!, "cedarvalleyhealth", "Cedar Valley Health")],
    [DEMO_FILES.lev, lever(byFeed.get("lev")!)],
    [DEMO_FILES.ash, ashby(byFeed.get("ash")!)],
  ];
  const expected: DemoExpectation[] = [];
  for (const [file, [body, rendered]] of outputs) {
    writeFileSync(path.join(OUT, file), body);
    expected.push(...rendered.map((r) => expectation(file, r)));
  }
  writeFileSync(path.join(OUT, "expected.json"), `${JSON.stringify(expected, null, 1)}\n`);
  console.log(`wrote ${outputs.length} feeds, ${expected.length} jobs`);
}

main();
