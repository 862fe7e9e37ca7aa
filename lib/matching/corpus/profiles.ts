import type { MatchProfile } from "../types";

/**
 * Ten students and new graduates for the ranking corpus, varied in field,
 * level, country and work authorization. Written as the profile rows the
 * parser and the preferences form would produce.
 */
export type CorpusProfile = MatchProfile & { label: string };

const EMPTY: Omit<MatchProfile, "user_id"> = {
  location: null, work_authorization: null, needs_sponsorship: null, years_of_experience: 0, career_level: null,
  programming_languages: [], frameworks_libraries: [], tools_platforms: [], soft_skills: [], domain_skills: [],
  job_titles: [], desired_roles: [], preferred_locations: [], salary_range_min: null, salary_range_max: null, job_types: [],
  company_size_preference: [], preferred_industries: [], remote_preference: null, rejected_companies: [], rejected_title_terms: [],
};

const profile = (user_id: string, label: string, fields: Partial<MatchProfile>): CorpusProfile => ({ ...EMPTY, ...fields, user_id, label });

export const CORPUS_PROFILES: CorpusProfile[] = [
  profile("cs-intern-austin", "CS junior, SWE internship, Austin (US citizen)", {
    location: "Austin, TX", work_authorization: "US Citizen", needs_sponsorship: false, years_of_experience: 0.5, career_level: "student",
    programming_languages: ["Python", "Java", "JavaScript", "TypeScript", "SQL"], frameworks_libraries: ["React", "Node.js"],
    tools_platforms: ["Git", "Docker", "Linux", "PostgreSQL"], domain_skills: ["REST APIs", "Unit Testing"], soft_skills: ["Teamwork"],
    desired_roles: ["Software Engineering Intern", "Backend Engineer Intern"], job_titles: ["Undergraduate Research Assistant"],
    preferred_locations: ["Austin, TX", "New York, NY", "Seattle, WA", "Remote"], job_types: ["internship"],
  }),
  profile("data-analyst-chicago", "New-grad data analyst, Chicago (green card)", {
    location: "Chicago, IL", work_authorization: "US Permanent Resident", needs_sponsorship: false, years_of_experience: 0.8, career_level: "entry",
    programming_languages: ["SQL", "Python", "R"], frameworks_libraries: ["pandas"], tools_platforms: ["Tableau", "Power BI", "Excel"],
    domain_skills: ["Statistics", "Data Analysis", "Data Visualization"], soft_skills: ["Communication"],
    desired_roles: ["Data Analyst", "Business Intelligence Analyst"], job_titles: ["Data Analytics Intern"],
    preferred_locations: ["Chicago, IL", "Remote"], job_types: ["full-time"], salary_range_min: 65000, salary_range_max: 85000,
  }),
  profile("mech-newgrad-detroit", "Mechanical engineering new grad, Detroit, relocates within the US", {
    location: "Detroit, MI", work_authorization: "US Citizen", needs_sponsorship: false, years_of_experience: 0.6, career_level: "entry",
    tools_platforms: ["SolidWorks", "AutoCAD", "ANSYS", "MATLAB"], domain_skills: ["CAD", "GD&T", "Finite Element Analysis", "Manufacturing Processes", "Machining"],
    soft_skills: ["Problem Solving"], desired_roles: ["Mechanical Engineer", "Design Engineer", "Manufacturing Engineer"],
    job_titles: ["Mechanical Engineering Co-op"], preferred_locations: ["Detroit, MI", "Ann Arbor, MI", "Open to relocation within the US"],
    job_types: ["full-time"], salary_range_min: 70000, salary_range_max: 90000,
  }),
  profile("nurse-newgrad-sacramento", "BSN new grad, Sacramento area", {
    location: "Sacramento, CA", work_authorization: "US Citizen", needs_sponsorship: false, years_of_experience: 0.3, career_level: "entry",
    tools_platforms: ["Epic"], domain_skills: ["Patient Care", "BLS", "ACLS", "Clinical Documentation"], soft_skills: ["Empathy", "Communication"],
    desired_roles: ["Registered Nurse", "New Graduate Nurse"], job_titles: ["Nursing Student Extern", "Certified Nursing Assistant"],
    preferred_locations: ["Sacramento, CA", "Roseville, CA", "Davis, CA"], job_types: ["full-time", "part-time"],
  }),
  profile("ux-junior-toronto", "Junior UX designer, Toronto (Canadian citizen)", {
    location: "Toronto, ON", work_authorization: "Canadian Citizen", needs_sponsorship: false, years_of_experience: 1.5, career_level: "junior",
    programming_languages: ["HTML", "CSS"], tools_platforms: ["Figma", "Adobe Illustrator"],
    domain_skills: ["Prototyping", "Wireframing", "UX Research", "Usability Testing", "Visual Design", "Interaction Design", "Typography"],
    soft_skills: ["Collaboration"], desired_roles: ["UX Designer", "Product Designer"], job_titles: ["Junior Product Designer", "UX Design Intern"],
    preferred_locations: ["Toronto, ON", "Remote"], salary_range_min: 60000, salary_range_max: 80000,
  }),
  profile("finance-newgrad-nyc", "Finance / accounting new grad, New York", {
    location: "New York, NY", work_authorization: "US Citizen", needs_sponsorship: false, years_of_experience: 0.5, career_level: "entry",
    programming_languages: ["SQL"], tools_platforms: ["Excel", "QuickBooks", "Power BI", "PowerPoint"],
    domain_skills: ["Financial Modeling", "Accounting", "GAAP", "Financial Reporting", "Financial Forecasting"], soft_skills: ["Attention to Detail"],
    desired_roles: ["Financial Analyst", "Staff Accountant"], job_titles: ["Accounting Intern"],
    preferred_locations: ["New York, NY", "Remote"], job_types: ["full-time"], salary_range_min: 65000, salary_range_max: 90000,
  }),
  profile("ee-f1-student", "EE student, embedded, on F-1 (needs sponsorship)", {
    location: "West Lafayette, IN", work_authorization: "F-1 CPT", needs_sponsorship: true, years_of_experience: 0.4, career_level: "student",
    programming_languages: ["C", "Embedded C", "C++", "Python", "MATLAB", "Verilog"], tools_platforms: ["Oscilloscope", "Multimeter"],
    domain_skills: ["FPGA", "Microcontrollers", "Circuit Design", "PCB Design", "Embedded Systems"],
    desired_roles: ["Embedded Systems Intern", "Electrical Engineering Intern", "Hardware Engineer"], job_titles: ["Undergraduate Research Assistant"],
    preferred_locations: ["United States"], job_types: ["internship", "full-time"],
  }),
  profile("marketing-london", "Junior marketer, London (UK citizen)", {
    location: "London, UK", work_authorization: "UK Citizen", needs_sponsorship: false, years_of_experience: 1.2, career_level: "junior",
    tools_platforms: ["Google Analytics", "HubSpot", "Canva"],
    domain_skills: ["SEO", "Content Marketing", "Social Media Marketing", "Copywriting", "Email Marketing", "Digital Marketing"],
    soft_skills: ["Communication"], desired_roles: ["Marketing Executive", "Content Marketer", "Digital Marketing Executive"],
    job_titles: ["Marketing Assistant"], preferred_locations: ["London, UK", "Remote"], salary_range_min: 28000, salary_range_max: 36000,
  }),
  profile("career-changer-charlotte", "Teacher moving into business / data analysis, Charlotte", {
    location: "Charlotte, NC", work_authorization: "US Citizen", needs_sponsorship: false, years_of_experience: 6, career_level: "entry",
    programming_languages: ["SQL", "Python"], tools_platforms: ["Excel", "Tableau"],
    domain_skills: ["Data Analysis", "Project Management"], soft_skills: ["Stakeholder Management", "Communication", "Public Speaking"],
    desired_roles: ["Business Analyst", "Data Analyst", "Operations Analyst"], job_titles: ["High School Math Teacher"],
    preferred_locations: ["Charlotte, NC", "Remote"], job_types: ["full-time"], salary_range_min: 60000, salary_range_max: 80000,
  }),
  profile("cs-newgrad-bengaluru", "CS new grad, Bengaluru", {
    location: "Bengaluru, India", years_of_experience: 0.5, career_level: "entry",
    programming_languages: ["Java", "Python", "SQL"], frameworks_libraries: ["Spring Boot"], tools_platforms: ["MySQL", "Docker", "Git", "Linux", "AWS"],
    domain_skills: ["REST APIs"], desired_roles: ["Software Engineer", "Backend Developer"], job_titles: ["Software Engineering Intern"],
    preferred_locations: ["Bengaluru", "Pune", "Remote"], job_types: ["full-time"], salary_range_min: 800000, salary_range_max: 1500000,
  }),
];
