import { defineSkills } from "./define";

// Specialist skills that outside resumes list and the broader lexicon files lacked:
// HR, supply chain, clinical pharmacy and nursing, wet lab, structural, embedded, media.
export const SPECIALIST_TOOLS = defineSkills("tools_platforms", `
Teamcenter | siemens teamcenter | mechanical |
Navisworks | autodesk navisworks | civil |
Tekla Structural Designer | tekla | civil |
Oasys GSA | | civil |
MIDAS Civil | midas | civil |
Keil uVision | keil, keil µvision | electrical |
CANoe | vector canoe | electrical |
SAP SuccessFactors | successfactors | business |
=ADP | adp workforce now | business |
!Greenhouse | greenhouse ats | business |
Meta Business Suite | facebook business suite | marketing |
CapCut | | marketing design |
HL7 | hl7 v2 | healthcare software |
FHIR | hl7 fhir | healthcare software |
`);

export const SPECIALIST_DOMAIN = defineSkills("domain_skills", `
Employee Relations | | business |
Talent Management | talent development | business |
Performance Management | performance reviews | business |
Succession Planning | | business |
Compensation and Benefits | compensation & benefits, comp and benefits | business |
Organizational Development | organisational development, org development | business |
Change Management | change leadership | business |
Workforce Planning | | business |
HR Analytics | people analytics | business data |
Recruiting | recruitment, talent acquisition | business |
Labor Law | labour law | business |
Sales | inside sales | business marketing |
Visual Merchandising | | business design |
Warehouse Operations | warehousing | business |
Cycle Counting | cycle counts | business |
Forklift Operation | forklift, forklifts, forklift certified, reach trucks | business |
Hazmat Handling | hazmat, hazardous materials handling | business |
Value Stream Mapping | | business mechanical |
Affinity Mapping | affinity diagrams | design |
AP Style | associated press style | marketing |
Pharmacokinetics | pharmacokinetic dosing | healthcare life_sciences |
Antimicrobial Stewardship | | healthcare |
Medication Therapy Management | =MTM | healthcare |
Patient Counseling | counseled patients, counselling patients | healthcare |
Sterile Compounding | usp 797 | healthcare |
Immunizations | immunization, vaccinations, administered vaccines | healthcare |
Critical Care | intensive care | healthcare |
Ventilator Management | | healthcare |
Hemodynamic Monitoring | | healthcare |
Clinical Decision Support | | healthcare software |
Clinical Workflow Analysis | clinical workflows | healthcare |
Transfection | | life_sciences |
Sanger Sequencing | | life_sciences |
siRNA Knockdown | sirna | life_sciences |
Eurocodes | eurocode | civil |
Bridge Design | | civil |
Bridge Assessment | bridge inspection | civil |
Temporary Works Design | temporary works | civil |
Sheet Metal Design | sheet metal | mechanical |
Hardware-in-the-Loop Testing | hardware-in-the-loop, hardware in the loop, =HIL | electrical software |
`);

export const SPECIALIST_FRAMEWORKS = defineSkills("frameworks_libraries", `
Prisma | prisma orm | software |
statsmodels | | data |
Storybook | | software design |
Ionic | ionic framework | software |
Xamarin | | software |
MLflow | | data software |
Dask | | data |
Polars | | data |
`);

export const SPECIALIST_MORE_TOOLS = defineSkills("tools_platforms", `
Final Cut Pro | final cut | design marketing |
Oracle Database | oracle db, oracle sql, =Oracle | software data |
ICD-10 Coding | icd-10, icd10, icd-10-cm | healthcare |
CPT Coding | =CPT | healthcare |
`);

// Everyday skills of office, education, retail and research resumes.
export const GENERAL_DOMAIN = defineSkills("domain_skills", `
Payroll | payroll processing | finance business |
Internal Controls | internal control | finance |
SOX Compliance | =SOX, sarbanes-oxley, sox testing | finance |
Quality Control | =QC, quality checks | mechanical business life_sciences |
!Compliance | regulatory compliance | business finance healthcare |
Vendor Management | supplier management | business |
Case Management | case manager duties | healthcare |
Classroom Management | | general |
Curriculum Development | curriculum design | general |
Lesson Planning | lesson plans | general |
Inventory Control | | business |
Point of Sale | =POS, pos systems | business |
Cash Handling | | business |
Food Safety | servsafe | general |
Grant Writing | grant proposals | general |
Literature Review | literature reviews | life_sciences general |
Qualitative Research | qualitative interviews | design general |
Survey Design | survey research, questionnaire design | data marketing |
Merchandising | | business |
`);
