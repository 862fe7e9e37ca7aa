/**
 * The demo postings, one row each, with the hand-judged answers the
 * normaliser should reach (salary, location, seniority). `build-demo-feeds.ts`
 * renders them into the board layouts in public/demo-feeds/ and writes
 * expected.json. Columns:
 *   feed, title, company, text pool, location as the board writes it,
 *   salary as the board writes it ("" = none; "S:min-max CUR period" = structured),
 *   employment type as written, options,
 *   expected salary ("min-max CUR/period", "min+ CUR/period", "-" = none),
 *   expected location ("city|country|remote_type|regions"), expected seniority ("-" = none).
 * Options: y = years sentence (required), ny = years in nice-to-haves, sp = sponsorship key,
 * st = student/new-grad requirement, d = days before the anchor, closed, dup = duplicate group,
 * rh = remote hint element, sal = where a salary string goes ("desc" = in the description).
 */
export type DemoFeed = "nsr" | "crs" | "rrs" | "atom" | "ghn" | "ghc" | "lev" | "ash";

export interface DemoOptions {
  y?: string;
  ny?: string;
  sp?: "no1" | "no2" | "no3" | "yes1" | "yes2" | "cit" | "clr";
  st?: boolean;
  d: number;
  closed?: boolean;
  dup?: string;
  rh?: string;
  sal?: "desc";
}

export type DemoRow = [DemoFeed, string, string, string, string, string, string, DemoOptions, string, string, string];

export const DEMO_ROWS: DemoRow[] = [
  // Hirely — RSS 2.0 with job:* elements
  ["nsr", "Senior Backend Engineer", "Quillstack", "sw", "Remote (US)", "$150k–$180k", "Full-time", { y: "6+ years of experience building backend systems", sp: "no1", d: 1 }, "150000-180000 USD/year", "|US|remote|US", "senior"],
  ["nsr", "Junior Frontend Developer", "Brightpath Learning", "sw", "Hybrid - Austin, TX", "$70,000 - $85,000 a year", "Full-time", { y: "1+ year of experience with JavaScript", d: 2 }, "70000-85000 USD/year", "Austin|US|hybrid|", "junior"],
  ["nsr", "Data Analyst", "Harborline Logistics", "data", "Chicago, IL", "$75k-$90k", "Full-time", { y: "2-4 years of experience in an analytics role", ny: "5+ years of experience with Tableau", d: 3 }, "75000-90000 USD/year", "Chicago|US|onsite|", "junior"],
  ["nsr", "Machine Learning Engineer", "Vireo AI", "data", "San Francisco Bay Area", "USD 160K+", "Full-time", { y: "3+ years of experience training and deploying ML models", sp: "yes1", d: 4 }, "160000+ USD/year", "San Francisco|US|onsite|", "mid"],
  ["nsr", "Software Engineering Intern (Summer 2026)", "Quillstack", "sw", "New York, NY", "$45/hr", "Internship", { st: true, d: 5 }, "45-45 USD/hour", "New York|US|onsite|", "intern"],
  ["nsr", "UX Designer", "Maple & Finch", "ux", "Toronto, ON", "CA$80,000 – CA$95,000", "Full-time", { y: "3+ years of product design experience", d: 6 }, "80000-95000 CAD/year", "Toronto|CA|onsite|", "mid"],
  ["nsr", "Staff Platform Engineer", "Quillstack", "sw", "Remote - Canada", "CAD 190,000 - 220,000", "Full-time", { y: "10+ years of software engineering experience", d: 7 }, "190000-220000 CAD/year", "|CA|remote|CA", "staff"],
  ["nsr", "Marketing Coordinator", "Juniper Outdoor Co.", "mkt", "Denver, CO", "$52,000 - $58,000 per year", "Full-time", { y: "1-2 years of marketing experience", d: 8 }, "52000-58000 USD/year", "Denver|US|onsite|", "junior"],
  ["nsr", "Registered Nurse - Med/Surg", "St. Aldric Medical Center", "rn", "Phoenix, AZ", "$38 - $52 per hour", "Full-time", { y: "1+ year of acute care nursing experience", d: 9 }, "38-52 USD/hour", "Phoenix|US|onsite|", "junior"],
  ["nsr", "Electrical Engineer I", "Voltaic Systems", "ee", "Raleigh, NC", "$78,000 - $92,000", "Full-time", { st: true, sp: "no2", d: 10 }, "78000-92000 USD/year", "Raleigh|US|onsite|", "entry"],
  ["nsr", "Senior Financial Analyst", "Ledgerly", "fin", "London, UK", "£55,000 - £65,000 per annum", "Full-time", { y: "5+ years of FP&A experience", d: 11 }, "55000-65000 GBP/year", "London|GB|onsite|", "senior"],
  ["nsr", "Product Designer", "Nordlicht GmbH", "ux", "Berlin, Germany", "€60k–€72k", "Full-time", { y: "3+ years of experience designing digital products", sp: "yes2", d: 12 }, "60000-72000 EUR/year", "Berlin|DE|onsite|", "mid"],
  ["nsr", "Backend Engineer (Go)", "Tiderun", "sw", "EU timezones", "€70,000 – €85,000", "Full-time", { y: "4+ years of backend development experience", d: 13, rh: "remote" }, "70000-85000 EUR/year", "||remote|EU", "mid"],
  ["nsr", "Lab Technician", "Genovia Biosciences", "bio", "Cambridge, MA", "$24 - $28 per hour", "Contract", { y: "1+ year of laboratory experience", d: 30, closed: true }, "24-28 USD/hour", "Cambridge|US|onsite|", "junior"],
  ["nsr", "Business Analyst", "Crestmark Insurance", "ba", "Hartford, CT", "competitive", "Full-time", { y: "2+ years of experience as a business analyst", d: 14 }, "-", "Hartford|US|onsite|", "junior"],

  // CampusHire — plain RSS: "Role at Company (Location)", salary in the description
  ["crs", "New Grad Software Engineer", "Northwind Robotics", "sw", "Boston, MA", "$115,000 - $130,000 a year", "", { st: true, d: 2, dup: "northwind-newgrad", sal: "desc" }, "115000-130000 USD/year", "Boston|US|onsite|", "entry"],
  ["crs", "Data Science Intern", "Harborline Logistics", "data", "Chicago, IL", "$32/hour", "", { st: true, d: 3, sal: "desc" }, "32-32 USD/hour", "Chicago|US|onsite|", "intern"],
  ["crs", "Mechanical Engineering Co-op", "Kestrel Aerospace", "me", "Seattle, WA", "$26 - $30 per hour", "", { st: true, d: 4, sal: "desc" }, "26-30 USD/hour", "Seattle|US|onsite|", "intern"],
  ["crs", "Graduate Civil Engineer", "Arden & Vale Consulting", "civil", "Manchester, UK", "£28,000 - £31,000 per annum", "", { st: true, d: 5, sal: "desc" }, "28000-31000 GBP/year", "Manchester|GB|onsite|", "entry"],
  ["crs", "Entry Level Accountant", "Pemberton CPA Group", "acct", "Columbus, OH", "$55,000 - $60,000 per year", "", { y: "0-1 years of accounting experience", d: 6, sal: "desc" }, "55000-60000 USD/year", "Columbus|US|onsite|", "entry"],
  ["crs", "Marketing Intern", "Juniper Outdoor Co.", "mkt", "Remote (US)", "$20/hr", "", { st: true, d: 7, sal: "desc" }, "20-20 USD/hour", "|US|remote|US", "intern"],
  ["crs", "Junior Data Analyst", "CivicPulse", "data", "Washington, DC", "$62k - $70k", "", { y: "Up to 2 years of experience with SQL", d: 8, sal: "desc", sp: "cit" }, "62000-70000 USD/year", "Washington|US|onsite|", "junior"],
  ["crs", "Associate Business Analyst", "Crestmark Insurance", "ba", "Charlotte, NC", "$65,000–$72,000", "", { st: true, d: 9, sal: "desc" }, "65000-72000 USD/year", "Charlotte|US|onsite|", "entry"],
  ["crs", "Research Associate I", "Genovia Biosciences", "bio", "Cambridge, MA", "$58,000 - $66,000 annually", "", { y: "0-2 years of industry lab experience", d: 10, sal: "desc" }, "58000-66000 USD/year", "Cambridge|US|onsite|", "entry"],
  ["crs", "Early Career Electrical Engineer", "Voltaic Systems", "ee", "Austin, TX", "$85K - $95K", "", { st: true, d: 11, sal: "desc", dup: "voltaic-early" }, "85000-95000 USD/year", "Austin|US|onsite|", "entry"],
  ["crs", "Graduate Nurse Residency Program", "Cedar Valley Health", "rn", "Sacramento, CA", "$56 - $62 per hour", "", { st: true, d: 12, sal: "desc" }, "56-62 USD/hour", "Sacramento|US|onsite|", "entry"],
  ["crs", "Software Developer, New Grad", "Infosphere Technologies", "sw", "Bengaluru, India", "₹12 LPA", "", { st: true, d: 13, sal: "desc" }, "1200000-1200000 INR/year", "Bengaluru|IN|onsite|", "entry"],
  ["crs", "Sales Development Representative", "Loopwise", "sales", "Denver, CO", "$50,000 base + commission", "", { y: "No experience required — we train you", d: 14, sal: "desc" }, "50000-50000 USD/year", "Denver|US|onsite|", "entry"],
  ["crs", "UX Design Intern", "Maple & Finch", "ux", "Vancouver, BC", "$24/hour", "", { st: true, d: 15, sal: "desc" }, "24-24 CAD/hour", "Vancouver|CA|onsite|", "intern"],
  ["crs", "Operations Analyst", "Harborline Logistics", "ops", "Memphis, TN", "DOE", "", { y: "1+ years of experience in operations or logistics", d: 16, sal: "desc" }, "-", "Memphis|US|onsite|", "junior"],

  // RemoteNest — RSS with un-namespaced custom elements, "Company: Role" and pipe titles
  ["rrs", "Tiderun: Senior Frontend Engineer", "", "sw", "Europe", "€80k - €95k", "Full-Time", { y: "5+ years of experience with React and TypeScript", d: 1 }, "80000-95000 EUR/year", "||remote|EU", "senior"],
  ["rrs", "Loopwise: Customer Success Manager", "", "sales", "USA only", "$70,000 - $85,000", "Full-Time", { y: "3+ years in customer success or account management", d: 2 }, "70000-85000 USD/year", "|US|remote|US", "mid"],
  ["rrs", "Open Ledger Foundation: Full Stack Developer", "", "sw", "Anywhere", "", "Contract", { y: "3-5 years of full stack development experience", d: 3 }, "-", "||remote|", "mid"],
  ["rrs", "Content Marketing Manager | Quillstack | Remote", "", "mkt", "", "$85,000 - $100,000", "Full-Time", { y: "4+ years of B2B content marketing experience", d: 4, rh: "Worldwide" }, "85000-100000 USD/year", "||remote|", "mid"],
  ["rrs", "Vireo AI: Data Engineer", "", "data", "US residents", "$140k - $165k", "Full-Time", { y: "4+ years of data engineering experience", sp: "no3", d: 5 }, "140000-165000 USD/year", "|US|remote|US", "mid"],
  ["rrs", "DevOps Engineer | Cloudmint | Remote - EMEA", "", "sw", "", "€65,000 - €80,000", "Full-Time", { y: "3+ years of experience running production infrastructure", d: 6 }, "65000-80000 EUR/year", "||remote|EMEA", "mid"],
  ["rrs", "Brightpath Learning: Instructional Designer", "", "ux", "Remote - US", "$65,000 - $75,000 a year", "Full-Time", { y: "2+ years of instructional design experience", d: 7 }, "65000-75000 USD/year", "|US|remote|US", "junior"],
  ["rrs", "Fernpay: Junior QA Engineer", "", "sw", "Remote (Europe)", "€38k-€45k", "Full-Time", { y: "1+ year of QA or test automation experience", d: 8 }, "38000-45000 EUR/year", "||remote|EU", "junior"],
  ["rrs", "Cloudmint: Technical Writer", "", "mkt", "Worldwide", "$4,500 - $5,500 per month", "Contract", { y: "2+ years of technical writing experience", d: 9 }, "4500-5500 USD/month", "||remote|", "junior"],
  ["rrs", "Senior Data Scientist | Vireo AI | Remote (US)", "", "data", "", "$170,000–$200,000", "Full-Time", { y: "6+ years of applied data science experience", d: 10, dup: "vireo-sr-ds" }, "170000-200000 USD/year", "|US|remote|US", "senior"],
  ["rrs", "Open Ledger Foundation: Part-Time Bookkeeper", "", "acct", "Remote - Canada", "CA$30 - CA$35 per hour", "Part-Time", { y: "2+ years of bookkeeping experience", d: 11 }, "30-35 CAD/hour", "|CA|remote|CA", "junior"],
  ["rrs", "Tiderun: Engineering Manager, Platform", "", "sw", "EU timezones", "€110,000 - €130,000", "Full-Time", { y: "8+ years of engineering experience including 2+ years managing", d: 12 }, "110000-130000 EUR/year", "||remote|EU", "manager"],
  ["rrs", "Growth Marketer | Loopwise | Remote - UK", "", "mkt", "", "£45,000 - £55,000", "Full-Time", { y: "3+ years in growth or performance marketing", d: 13 }, "45000-55000 GBP/year", "|GB|remote|GB", "mid"],
  ["rrs", "Cloudmint: Site Reliability Engineer", "", "sw", "Remote - India", "₹18-24 LPA", "Full-Time", { y: "3+ years of SRE or DevOps experience", d: 14 }, "1800000-2400000 INR/year", "|IN|remote|IN", "mid"],

  // EngineerJobs — Atom, "Role - Company (Location)" titles
  ["atom", "Civil Engineer II - Arden & Vale Consulting (Denver, CO)", "", "civil", "", "$78,000 - $90,000", "Full-time", { y: "2-4 years of civil site design experience", d: 1 }, "78000-90000 USD/year", "Denver|US|onsite|", "junior"],
  ["atom", "Structural Engineer - Kinsale Partners (Dublin, Ireland)", "", "civil", "", "€50,000 - €60,000", "Full-time", { y: "3+ years of structural design experience", d: 2 }, "50000-60000 EUR/year", "Dublin|IE|onsite|", "mid"],
  ["atom", "Senior Mechanical Engineer - Kestrel Aerospace (Seattle, WA)", "", "me", "", "$135,000 - $160,000", "Full-time", { y: "7+ years of mechanical design experience", sp: "cit", d: 3 }, "135000-160000 USD/year", "Seattle|US|onsite|", "senior"],
  ["atom", "Hardware Engineer - Voltaic Systems (Hybrid - Austin, TX)", "", "ee", "", "", "Full-time", { y: "3+ years of board-level hardware design", d: 4 }, "-", "Austin|US|hybrid|", "mid"],
  ["atom", "Manufacturing Engineer - Brennan Industrial (Detroit, MI)", "", "me", "", "$80k-$95k", "Full-time", { y: "2+ years in a manufacturing environment", d: 5 }, "80000-95000 USD/year", "Detroit|US|onsite|", "junior"],
  ["atom", "Embedded Systems Engineer - Voltaic Systems (Remote, US)", "", "ee", "", "$120,000 - $140,000", "Full-time", { y: "4+ years of embedded development experience", d: 6 }, "120000-140000 USD/year", "|US|remote|US", "mid"],
  ["atom", "Junior CAD Technician - Arden & Vale Consulting (Leeds, UK)", "", "civil", "", "£24,000 - £27,000", "Full-time", { y: "1+ year of AutoCAD experience", d: 7 }, "24000-27000 GBP/year", "Leeds|GB|onsite|", "junior"],
  ["atom", "Principal Electrical Engineer - Gridwise Energy (Toronto, ON)", "", "ee", "", "CAD 150,000 - 175,000", "Full-time", { y: "12+ years of power systems experience", d: 8 }, "150000-175000 CAD/year", "Toronto|CA|onsite|", "staff"],
  ["atom", "Robotics Engineer - Northwind Robotics (Boston, MA)", "", "me", "", "$125,000 - $145,000", "Full-time", { y: "3+ years of robotics or mechatronics experience", d: 9 }, "125000-145000 USD/year", "Boston|US|onsite|", "mid"],
  ["atom", "Transportation Engineer - Kinsale Partners (Hybrid - London, UK)", "", "civil", "", "£42,000 - £50,000 per annum", "Full-time", { y: "3+ years of highway design experience", d: 10 }, "42000-50000 GBP/year", "London|GB|hybrid|", "mid"],
  ["atom", "Electrical Design Engineer - Gridwise Energy (Pune, India)", "", "ee", "", "₹8-12 LPA", "Full-time", { y: "2+ years of electrical design experience", d: 11 }, "800000-1200000 INR/year", "Pune|IN|onsite|", "junior"],
  ["atom", "Quality Engineer - Brennan Industrial (Monterrey, Mexico)", "", "me", "", "", "Full-time", { y: "3+ years of quality engineering experience", d: 12 }, "-", "Monterrey|MX|onsite|", "mid"],
  ["atom", "Early Career Electrical Engineer - Voltaic Systems (Austin, TX)", "", "ee", "", "$85,000 - $95,000", "Full-time", { st: true, d: 13, dup: "voltaic-early" }, "85000-95000 USD/year", "Austin|US|onsite|", "entry"],
  ["atom", "Environmental Engineer - Arden & Vale Consulting (Portland, OR)", "", "civil", "", "$72,000 - $84,000", "Full-time", { y: "2+ years of environmental consulting experience", d: 14 }, "72000-84000 USD/year", "Portland|US|onsite|", "junior"],

  // Greenhouse — Northwind Robotics
  ["ghn", "Software Engineer, New Grad", "Northwind Robotics", "sw", "Boston, MA", "", "Full-time", { st: true, d: 1, dup: "northwind-newgrad" }, "115000-130000 USD/year", "Boston|US|onsite|", "entry"],
  ["ghn", "Senior Software Engineer, Perception", "Northwind Robotics", "sw", "Boston, MA", "", "Full-time", { y: "5+ years of professional software experience in C++ or Python", d: 2 }, "170000-205000 USD/year", "Boston|US|onsite|", "senior"],
  ["ghn", "Software Engineer II, Fleet Platform", "Northwind Robotics", "sw", "Remote - US", "", "Full-time", { y: "2+ years of professional software development experience", d: 3 }, "130000-155000 USD/year", "|US|remote|US", "junior"],
  ["ghn", "Data Scientist", "Northwind Robotics", "data", "Pittsburgh, PA", "", "Full-time", { y: "3+ years of experience in applied statistics or ML", ny: "6+ years of experience with PyTorch", d: 4 }, "140000-165000 USD/year", "Pittsburgh|US|onsite|", "mid"],
  ["ghn", "Mechanical Engineering Intern", "Northwind Robotics", "me", "Boston, MA", "", "Internship", { st: true, d: 5 }, "35-40 USD/hour", "Boston|US|onsite|", "intern"],
  ["ghn", "Electrical Engineer, Power Systems", "Northwind Robotics", "ee", "Hybrid - Pittsburgh, PA", "", "Full-time", { y: "3+ years of power electronics design experience", d: 6 }, "125000-145000 USD/year", "Pittsburgh|US|hybrid|", "mid"],
  ["ghn", "Product Designer, Operator Tools", "Northwind Robotics", "ux", "Boston, MA", "", "Full-time", { y: "4+ years of product design experience", d: 7 }, "130000-150000 USD/year", "Boston|US|onsite|", "mid"],
  ["ghn", "Staff Software Engineer, Motion Planning", "Northwind Robotics", "sw", "Boston, MA", "", "Full-time", { y: "8+ years of software experience", sp: "yes1", d: 8 }, "210000-250000 USD/year", "Boston|US|onsite|", "staff"],
  ["ghn", "Technical Program Manager", "Northwind Robotics", "ba", "Boston, MA", "", "Full-time", { y: "5+ years of program management experience", d: 9 }, "150000-175000 USD/year", "Boston|US|onsite|", "senior"],
  ["ghn", "Field Service Technician", "Northwind Robotics", "me", "Dallas, TX", "", "Full-time", { y: "2+ years of field service or maintenance experience", d: 10 }, "28-34 USD/hour", "Dallas|US|onsite|", "junior"],
  ["ghn", "Director of Hardware Engineering", "Northwind Robotics", "ee", "Boston, MA", "", "Full-time", { y: "12+ years of hardware experience", d: 11 }, "-", "Boston|US|onsite|", "manager"],
  ["ghn", "Robotics Software Engineer", "Northwind Robotics", "sw", "Munich, Germany", "", "Full-time", { y: "3+ years of C++ development experience", d: 12 }, "75000-90000 EUR/year", "Munich|DE|onsite|", "mid"],
  ["nsr", "Senior Data Scientist", "Vireo AI", "data", "Remote (US)", "$170,000 - $200,000", "Full-time", { y: "6+ years of applied data science experience", d: 10, dup: "vireo-sr-ds" }, "170000-200000 USD/year", "|US|remote|US", "senior"],
  ["ghn", "Recruiting Coordinator", "Northwind Robotics", "ba", "Boston, MA", "", "Full-time", { y: "1+ year of recruiting or HR experience", d: 13 }, "55000-65000 USD/year", "Boston|US|onsite|", "junior"],

  // Greenhouse — Cedar Valley Health
  ["ghc", "Registered Nurse - ICU", "Cedar Valley Health", "rn", "Sacramento, CA", "", "Full-time", { y: "2+ years of ICU experience", d: 1 }, "62-78 USD/hour", "Sacramento|US|onsite|", "junior"],
  ["ghc", "Registered Nurse - Emergency Department (Nights)", "Cedar Valley Health", "rn", "Sacramento, CA", "", "Part-time", { y: "1+ year of emergency nursing experience", d: 2 }, "60-75 USD/hour", "Sacramento|US|onsite|", "junior"],
  ["ghc", "Nurse Manager, Medical-Surgical Unit", "Cedar Valley Health", "rn", "Roseville, CA", "", "Full-time", { y: "5+ years of nursing experience including 2 years in leadership", d: 3 }, "140000-165000 USD/year", "Roseville|US|onsite|", "manager"],
  ["ghc", "Clinical Laboratory Scientist", "Cedar Valley Health", "bio", "Sacramento, CA", "", "Full-time", { y: "1+ year of clinical laboratory experience", d: 4 }, "55-68 USD/hour", "Sacramento|US|onsite|", "junior"],
  ["ghc", "Medical Assistant", "Cedar Valley Health", "rn", "Davis, CA", "", "Full-time", { y: "No experience required; certification within 6 months of hire", d: 5 }, "22-26 USD/hour", "Davis|US|onsite|", "entry"],
  ["ghc", "Healthcare Data Analyst", "Cedar Valley Health", "data", "Hybrid - Sacramento, CA", "", "Full-time", { y: "2+ years of healthcare analytics experience", d: 6 }, "85000-100000 USD/year", "Sacramento|US|hybrid|", "junior"],
  ["ghc", "Physical Therapist", "Cedar Valley Health", "rn", "Roseville, CA", "", "Full-time", { y: "Licensed PT; 1+ year of outpatient experience", d: 7 }, "50-60 USD/hour", "Roseville|US|onsite|", "junior"],
  ["ghc", "Research Assistant, Clinical Trials", "Cedar Valley Health", "bio", "Sacramento, CA", "", "Full-time", { st: true, d: 8 }, "48000-56000 USD/year", "Sacramento|US|onsite|", "entry"],
  ["ghc", "Pharmacy Technician", "Cedar Valley Health", "rn", "Davis, CA", "", "Full-time", { y: "1+ year of pharmacy technician experience", d: 9 }, "24-29 USD/hour", "Davis|US|onsite|", "junior"],
  ["ghc", "Senior Software Engineer, Patient Portal", "Cedar Valley Health", "sw", "Remote (US)", "", "Full-time", { y: "5+ years of full stack development experience", sp: "no1", d: 10 }, "150000-175000 USD/year", "|US|remote|US", "senior"],
  ["ghc", "Nursing Student Extern (Summer)", "Cedar Valley Health", "rn", "Sacramento, CA", "", "Internship", { st: true, d: 11 }, "25-25 USD/hour", "Sacramento|US|onsite|", "intern"],
  ["ghc", "Financial Analyst II", "Cedar Valley Health", "fin", "Sacramento, CA", "", "Full-time", { y: "3+ years of healthcare finance experience", d: 12 }, "85000-100000 USD/year", "Sacramento|US|onsite|", "mid"],
  ["ghc", "Biomedical Equipment Technician", "Cedar Valley Health", "ee", "Roseville, CA", "", "Full-time", { y: "2+ years of biomedical equipment repair experience", d: 13 }, "30-38 USD/hour", "Roseville|US|onsite|", "junior"],
  ["ghc", "Marketing Specialist", "Cedar Valley Health", "mkt", "Sacramento, CA", "", "Full-time", { y: "2+ years of healthcare marketing experience", d: 14 }, "-", "Sacramento|US|onsite|", "junior"],

  // Lever — Atlas Infrastructure Group
  ["lev", "Civil Engineer I", "Atlas Infrastructure Group", "civil", "Denver, CO", "S:70000-80000 USD year", "Full-time", { st: true, d: 1 }, "70000-80000 USD/year", "Denver|US|onsite|", "entry"],
  ["lev", "Project Engineer", "Atlas Infrastructure Group", "civil", "Calgary, AB", "S:80000-95000 CAD year", "Full-time", { y: "3+ years of construction project experience", d: 2 }, "80000-95000 CAD/year", "Calgary|CA|onsite|", "mid"],
  ["lev", "Senior Structural Engineer", "Atlas Infrastructure Group", "civil", "Hybrid - Toronto, ON", "S:120000-140000 CAD year", "Full-time", { y: "8+ years of bridge design experience", d: 3 }, "120000-140000 CAD/year", "Toronto|CA|hybrid|", "senior"],
  ["lev", "Construction Management Intern", "Atlas Infrastructure Group", "civil", "Phoenix, AZ", "S:22-26 USD hour", "Intern", { st: true, d: 4 }, "22-26 USD/hour", "Phoenix|US|onsite|", "intern"],
  ["lev", "Electrical Engineer, Substations", "Atlas Infrastructure Group", "ee", "Houston, TX", "S:95000-115000 USD year", "Full-time", { y: "4+ years of substation design experience", d: 5 }, "95000-115000 USD/year", "Houston|US|onsite|", "mid"],
  ["lev", "Mechanical Engineer, HVAC", "Atlas Infrastructure Group", "me", "Denver, CO", "S:85000-100000 USD year", "Full-time", { y: "3+ years of HVAC design experience", d: 6 }, "85000-100000 USD/year", "Denver|US|onsite|", "mid"],
  ["lev", "Geotechnical Engineer", "Atlas Infrastructure Group", "civil", "Vancouver, BC", "", "Full-time", { y: "2+ years of geotechnical field experience", d: 7 }, "-", "Vancouver|CA|onsite|", "junior"],
  ["lev", "BIM Coordinator", "Atlas Infrastructure Group", "civil", "Remote - US", "S:30-40 USD hour", "Contract", { y: "3+ years with Revit and Navisworks", d: 8 }, "30-40 USD/hour", "|US|remote|US", "mid"],
  ["lev", "Cost Estimator", "Atlas Infrastructure Group", "civil", "Phoenix, AZ", "S:75000-90000 USD year", "Full-time", { y: "3-5 years of estimating experience", d: 9 }, "75000-90000 USD/year", "Phoenix|US|onsite|", "mid"],
  ["lev", "Junior Surveyor", "Atlas Infrastructure Group", "civil", "Edmonton, AB", "S:25-30 CAD hour", "Full-time", { y: "0-1 years of surveying experience", d: 10 }, "25-30 CAD/hour", "Edmonton|CA|onsite|", "junior"],
  ["lev", "Environmental Scientist", "Atlas Infrastructure Group", "bio", "Denver, CO", "S:68000-80000 USD year", "Full-time", { y: "2+ years of environmental field work", d: 11 }, "68000-80000 USD/year", "Denver|US|onsite|", "junior"],
  ["lev", "Transportation Planner", "Atlas Infrastructure Group", "civil", "Hybrid - Seattle, WA", "S:90000-110000 USD year", "Full-time", { y: "4+ years of transportation planning experience", sp: "no2", d: 12 }, "90000-110000 USD/year", "Seattle|US|hybrid|", "mid"],
  ["lev", "Project Manager, Water Infrastructure", "Atlas Infrastructure Group", "civil", "Houston, TX", "S:115000-135000 USD year", "Full-time", { y: "7+ years of water infrastructure experience", d: 13 }, "115000-135000 USD/year", "Houston|US|onsite|", "senior"],
  ["lev", "Graduate Engineer (Rotational Program)", "Atlas Infrastructure Group", "civil", "Toronto, ON", "S:68000-72000 CAD year", "Full-time", { st: true, d: 14 }, "68000-72000 CAD/year", "Toronto|CA|onsite|", "entry"],

  // Ashby — Fernpay
  ["ash", "Software Engineer, Payments", "Fernpay", "sw", "New York, NY", "S:140000-170000 USD year", "FullTime", { y: "3+ years of backend engineering experience", d: 1 }, "140000-170000 USD/year", "New York|US|onsite|", "mid"],
  ["ash", "Senior Accountant", "Fernpay", "acct", "New York, NY", "S:95000-110000 USD year", "FullTime", { y: "4+ years of accounting experience (public accounting a plus)", d: 2 }, "95000-110000 USD/year", "New York|US|onsite|", "senior"],
  ["ash", "Financial Analyst, FP&A", "Fernpay", "fin", "Remote (US)", "S:90000-105000 USD year", "FullTime", { y: "2+ years of FP&A or investment banking experience", d: 3, rh: "Remote" }, "90000-105000 USD/year", "|US|remote|US", "junior"],
  ["ash", "Growth Marketing Manager", "Fernpay", "mkt", "Remote (US)", "S:120000-140000 USD year", "FullTime", { y: "5+ years of growth marketing experience", d: 4, rh: "Remote" }, "120000-140000 USD/year", "|US|remote|US", "senior"],
  ["ash", "Account Executive, SMB", "Fernpay", "sales", "Hybrid - Austin, TX", "S:65000-75000 USD year", "FullTime", { y: "1-2 years of SaaS sales experience", d: 5 }, "65000-75000 USD/year", "Austin|US|hybrid|", "junior"],
  ["ash", "Risk Operations Analyst", "Fernpay", "ops", "Dublin, Ireland", "S:50000-60000 EUR year", "FullTime", { y: "2+ years of fraud or risk operations experience", d: 6 }, "50000-60000 EUR/year", "Dublin|IE|onsite|", "junior"],
  ["ash", "Compliance Intern", "Fernpay", "fin", "New York, NY", "S:30-30 USD hour", "Intern", { st: true, d: 7 }, "30-30 USD/hour", "New York|US|onsite|", "intern"],
  ["ash", "Head of Finance", "Fernpay", "fin", "New York, NY", "S:220000-260000 USD year", "FullTime", { y: "10+ years of finance experience", d: 8 }, "220000-260000 USD/year", "New York|US|onsite|", "manager"],
  ["ash", "Mobile Engineer (iOS)", "Fernpay", "sw", "Remote - Europe", "S:75000-95000 EUR year", "FullTime", { y: "3+ years of iOS development experience with Swift", d: 9, rh: "Remote" }, "75000-95000 EUR/year", "||remote|EU", "mid"],
  ["ash", "Customer Support Specialist", "Fernpay", "ops", "Bengaluru, India", "S:600000-800000 INR year", "FullTime", { y: "1+ year of customer support experience", d: 10 }, "600000-800000 INR/year", "Bengaluru|IN|onsite|", "junior"],
  ["ash", "Data Analyst, Risk", "Fernpay", "data", "London, UK", "S:45000-55000 GBP year", "FullTime", { y: "2+ years of analytics experience", d: 11 }, "45000-55000 GBP/year", "London|GB|onsite|", "junior"],
  ["ash", "Brand Designer", "Fernpay", "ux", "Remote (US)", "", "Contract", { y: "3+ years of brand design experience", d: 12, rh: "Remote" }, "-", "|US|remote|US", "mid"],
  ["ash", "Operations Associate", "Fernpay", "ops", "Toronto, ON", "S:55000-62000 CAD year", "FullTime", { st: true, d: 13 }, "55000-62000 CAD/year", "Toronto|CA|onsite|", "entry"],
  ["ash", "Security Engineer", "Fernpay", "sw", "Remote (US)", "S:160000-190000 USD year", "FullTime", { y: "4+ years of application security experience", sp: "no1", d: 14, closed: true, rh: "Remote" }, "160000-190000 USD/year", "|US|remote|US", "mid"],
];
