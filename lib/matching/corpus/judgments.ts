/**
 * Graded relevance, judged as a careful career advisor would before the scorer
 * was tuned: 3 = apply now, an excellent fit; 2 = a good fit worth applying to;
 * 1 = a stretch or a fallback (wrong level, city or job type, but not absurd);
 * 0 = not relevant or not open to this student (every job not listed here).
 * Jobs the student is not eligible for (citizenship, no sponsorship, a remote
 * job for residents of a country they can't work in) are 0 however good the fit.
 */
export const JUDGMENTS: Record<string, Record<string, 1 | 2 | 3>> = {
  "cs-intern-austin": {
    "software-engineering-intern-summer-2026@quillstack": 3,
    "backend-engineer-intern@openfield": 3,
    "data-science-intern@harborline-logistics": 1,
    "new-grad-software-engineer@northwind-robotics": 1,
    "software-engineer-new-grad@northwind-robotics": 1,
    "software-developer@senior-care-partners": 1,
    "junior-frontend-developer@brightpath-learning": 1,
    "embedded-software-intern@circuitry-labs": 1,
  },
  "data-analyst-chicago": {
    "data-analyst@harborline-logistics": 3,
    "data-analyst@brightdata-labs": 3,
    "healthcare-data-analyst@cedar-valley-health": 1,
    "business-analyst@crestmark-insurance": 1,
    "associate-business-analyst@crestmark-insurance": 1,
    "junior-business-analyst@carolina-mutual-bank": 1,
    "data-science-intern@harborline-logistics": 1,
    "operations-analyst@harborline-logistics": 1,
  },
  "mech-newgrad-detroit": {
    "mechanical-design-engineer-i@great-lakes-motion": 3,
    "manufacturing-engineer@brennan-industrial": 2,
    "mechanical-engineer-hvac@atlas-infrastructure": 1,
    "robotics-engineer@northwind-robotics": 1,
    "mechanical-engineering-co-op@kestrel-aerospace": 1,
    "mechanical-engineering-intern@northwind-robotics": 1,
    "field-service-technician@northwind-robotics": 1,
  },
  "nurse-newgrad-sacramento": {
    "graduate-nurse-residency-program@cedar-valley-health": 3,
    "graduate-registered-nurse@mercy-ridge-hospital": 3,
    "registered-nurse-emergency-department-nights@cedar-valley-health": 2,
    "registered-nurse-icu@cedar-valley-health": 1,
    "registered-nurse-night-shift@mercy-ridge-hospital": 1,
    "registered-nurse-med-surg@st-aldric-medical-center": 1,
    "medical-assistant@cedar-valley-health": 1,
  },
  "ux-junior-toronto": {
    "junior-ux-designer@northern-pixel": 3,
    "ux-designer@maple-and-finch": 2,
  },
  "finance-newgrad-nyc": {
    "financial-analyst-entry-level@hudson-row-capital": 3,
    "staff-accountant@harlow-and-finch-cpas": 3,
    "financial-analyst-fpanda@fernpay": 2,
    "entry-level-accountant@pemberton-cpa-group": 1,
    "compliance-intern@fernpay": 1,
  },
  "ee-f1-student": {
    "embedded-software-intern@circuitry-labs": 3,
    "early-career-electrical-engineer@voltaic-systems": 2,
    "hardware-engineer-voltaic-systems@voltaic-systems": 1,
    "electrical-engineer-power-systems@northwind-robotics": 1,
    "software-engineering-intern-summer-2026@quillstack": 1,
  },
  "marketing-london": {
    "junior-marketing-executive@thistle-and-co": 3,
    "growth-marketer@loopwise": 2,
    "marketing-assistant@pennine-foods": 1,
    "content-marketing-manager@quillstack": 1,
    "technical-writer@cloudmint": 1,
  },
  "career-changer-charlotte": {
    "junior-business-analyst@carolina-mutual-bank": 3,
    "associate-business-analyst@crestmark-insurance": 3,
    "data-analyst@brightdata-labs": 2,
    "business-analyst@crestmark-insurance": 1,
    "data-analyst@harborline-logistics": 1,
    "operations-analyst@harborline-logistics": 1,
    "instructional-designer@brightpath-learning": 1,
    "junior-data-analyst@civicpulse": 1,
    "healthcare-data-analyst@cedar-valley-health": 1,
  },
  "cs-newgrad-bengaluru": {
    "software-developer-new-grad@infosphere-technologies": 3,
    "associate-software-engineer@kaveri-systems": 3,
    "site-reliability-engineer@cloudmint": 1,
    "backend-engineer-intern@openfield": 1,
    "full-stack-developer@open-ledger-foundation": 1,
  },
};
