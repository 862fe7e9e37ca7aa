import { defineSkills } from "./define";

// Skills the lexicon used to fold into an umbrella (UART into "Communication
// Protocols", Kaizen into "Lean Manufacturing") and field vocabulary students
// list across health, law, education, science, engineering, trades and business.
// Each keeps its own name; `related` points at the umbrella for the ranker.
export const DISTINCT_TOOLS = defineSkills("tools_platforms", `
Looker Studio | google looker studio, google data studio, data studio | data business marketing | Data Visualization
FigJam | | design | Figma
DAX | | data business | Power BI
AutoCAD Electrical | autocad electrical 2024 | electrical | AutoCAD
BlackLine | | finance |
CCH Axcess | | finance |
~ERP | erp systems, erp system | business finance |
~Empower | waters empower, empower 3, empower cds | life_sciences |
Personio | | business |
BambooHR | bamboo hr | business |
Warehouse Management Systems | ~WMS, warehouse management system | business | Inventory Management
GCSS-Army | gcss army | business |
Google Cloud Vision API | cloud vision api | software | GCP
React Testing Library | =RTL, testing-library | software | React, Unit Testing
JWT | json web tokens, json web token | software |
~Epic | epic emr, epic ehr, epic systems | healthcare |
Cerner | oracle cerner, cerner powerchart | healthcare |
iReady | i-ready | general |
Google Classroom | | general |
Canvas LMS | canvas lms, instructure canvas | general |
~Seesaw | | general |
Westlaw | | general |
LexisNexis | lexis nexis, lexis+ | general |
~Clio | | general |
Adobe InDesign | indesign | design marketing |
Procreate | | design |
~Blender | | design |
Cricut | | design |
Tableau Prep | | data |
SPSS | ibm spss, spss statistics | data life_sciences |
Stata | | data |
Qualtrics | | data marketing |
GraphPad Prism | prism graphpad, graphpad | life_sciences |
FlowJo | | life_sciences |
ETAP | | electrical |
DIgSILENT PowerFactory | powerfactory, digsilent | electrical |
~Nielsen | nielsen data, nielsen iq, nielseniq | marketing |
Salesforce Marketing Cloud | =SFMC, marketing cloud, exacttarget | marketing | Salesforce, Email Marketing
Omnicell | | healthcare |
Relativity | relativity one | general |
Nearpod | | general |
Kahoot | kahoot! | general |
DaVinci Resolve | davinci | design marketing |
Monday.com | monday | business |
Microsoft Outlook | outlook | business general |
FTIR | ft-ir, ftir spectroscopy | life_sciences |
`);

export const DISTINCT_DOMAIN = defineSkills("domain_skills", `
UART | | electrical | Communication Protocols, Embedded Systems
SPI | serial peripheral interface | electrical | Communication Protocols, Embedded Systems
I2C | i²c, =IIC | electrical | Communication Protocols, Embedded Systems
CAN Bus | canbus, can-bus, !CAN | electrical | Communication Protocols, Embedded Systems
USB | usb protocol | electrical | Communication Protocols
PID Control | pid controllers, pid controller, =PID | electrical mechanical | Control Systems
Short Circuit Analysis | short-circuit analysis, short circuit studies, short circuit study, fault analysis | electrical | Power Systems
Load Flow Analysis | load flow, power flow analysis, load flow studies | electrical | Power Systems
Arc Flash Analysis | arc flash, arc flash studies | electrical | Power Systems
Relay Coordination | protection coordination, relay setting | electrical | Power System Protection
Power System Protection | protection engineering, protection schemes, differential protection, protection systems | electrical | Power Systems
Power Distribution | power distribution systems, electrical distribution | electrical | Power Systems
Substation Design | substation engineering | electrical | Power Systems
Earthing Design | grounding design, earthing and grounding, earthing system design | electrical | Power Systems
Cable Sizing | cable sizing calculations | electrical |
Commissioning | testing and commissioning | electrical mechanical civil |
Circuit Analysis | | electrical | Circuit Design
CNC Machining | =CNC, cnc programming, cnc milling | mechanical | Machining
Design for Manufacturing | design for manufacturability, =DFM | mechanical | Manufacturing Processes
DFMA | design for manufacture and assembly, design for manufacturing and assembly | mechanical | Manufacturing Processes
Tolerance Analysis | tolerance stack-up analysis, tolerance stack-up, tolerance stackup, tolerance stack up | mechanical | GD&T
FMEA | failure mode and effects analysis, =DFMEA, =PFMEA | mechanical business | Root Cause Analysis
Vibration Analysis | modal analysis, vibration assessment, vibration testing | mechanical |
Kaizen | | business mechanical | Lean Manufacturing
Steel Design | structural steel design | civil | Structural Design
Reinforced Concrete Design | concrete design, rc design | civil | Structural Design
Seismic Design | earthquake-resistant design, seismic analysis, seismic evaluation, seismic evaluations, seismic retrofit | civil | Structural Design
Supply Chain Management | supply chain, =SCM | business | Operations Management
Logistics | logistics management, logistics coordination | business | Operations Management
Inventory Management | inventory planning | business | Operations Management
Procurement | purchasing | business | Operations Management
Transportation Planning | route planning | business | Logistics
Month-End Close | month end close, month-end closing, monthly close | finance | Financial Reporting
Variance Analysis | budget variance analysis, flux analysis, variance (flux) analysis | finance | Financial Forecasting
Revenue Recognition | =ASC 606, rev rec | finance | Accounting
Account Reconciliation | account reconciliations, bank reconciliations, bank reconciliation, reconciliations | finance | Accounting
Accounts Payable | | finance | Accounting
Accounts Receivable | | finance | Accounting
Cold Calling | cold-calling | business marketing | Lead Generation
Trade Marketing | | marketing |
Card Sorting | | design | Information Architecture
Tree Testing | | design | Information Architecture
User Flows | user flow, task flows | design | Journey Mapping
Planograms | planogram, planogram compliance | business |
Medication Reconciliation | med reconciliation | healthcare | Medication Administration
EKG | =ECG, =EKGs, =ECGs, ekg interpretation, 12-lead ekg, 12-lead ekgs, 12-lead ecg, electrocardiogram, electrocardiograms | healthcare | Telemetry
Patient Assessment | patient assessments, head-to-toe assessment, head-to-toe assessments | healthcare | Patient Care
Fall Prevention | falls prevention | healthcare | Patient Care
Blood Glucose Monitoring | glucose monitoring, fingerstick glucose, blood glucose checks, glucose checks, blood sugar monitoring, point-of-care glucose | healthcare | Patient Care
Catheterization | foley catheter insertion, foley catheter, urinary catheterization | healthcare | Patient Care
SBAR | sbar handoff, sbar communication | healthcare |
Wound Care | wound dressing | healthcare | Patient Care
IV Therapy | iv insertion, iv starts, peripheral iv | healthcare | Patient Care
Infection Control | infection prevention | healthcare |
Patient Education | | healthcare |
Triage | | healthcare |
First Aid | first aid certified, first aid/cpr | general healthcare | CPR
qPCR | rt-qpcr | life_sciences | PCR
GC-MS | gc/ms | life_sciences | Chromatography, Mass Spectrometry
LC-MS | lc-ms/ms, lc/ms | life_sciences | Chromatography, Mass Spectrometry
HPLC | high performance liquid chromatography, high-performance liquid chromatography, uplc | life_sciences | Chromatography
=NMR | nmr spectroscopy, nuclear magnetic resonance | life_sciences |
SDS-PAGE | | life_sciences | Gel Electrophoresis
Western Blot | western blotting, western blots | life_sciences | Gel Electrophoresis
Gibson Assembly | | life_sciences | Molecular Cloning
Confocal Microscopy | | life_sciences | Microscopy
Flow Cytometry | =FACS | life_sciences |
Proteomics | | life_sciences |
Method Development | analytical method development | life_sciences |
Method Validation | analytical method validation | life_sciences |
Analytical Chemistry | | life_sciences |
Technology Transfer | tech transfer | life_sciences business |
Team Leadership | led teams | general | Leadership
Coaching | | general | Mentoring
Employment Law | | business | Labor Law
Onboarding | employee onboarding | business | Recruiting
Legal Research | | general |
Legal Writing | | general |
Contract Drafting | contract review | general |
Lesson Planning | lesson plans | general |
Classroom Management | | general |
Differentiated Instruction | | general |
Curriculum Development | curriculum design | general |
Special Education | | general |
Crisis Intervention | crisis counseling | healthcare | Mental Health
Therapeutic Communication | | healthcare | Communication
Motivational Interviewing | | healthcare |
Patient Safety | | healthcare |
Discharge Planning | | healthcare | Patient Care
Tracheostomy Care | trach care | healthcare | Patient Care
Pediatric Care | pediatrics nursing, pediatric nursing | healthcare | Patient Care
Geriatric Care | geriatrics, elder care | healthcare | Patient Care
Dementia Care | | healthcare | Patient Care
Medical Coding | medical coder | healthcare | ICD-10 Coding
Medical Billing | | healthcare business |
Pharmacology | | healthcare |
Compounding | non-sterile compounding | healthcare |
Telehealth | telemedicine | healthcare |
Counseling | | healthcare general |
Social Work | case work | healthcare general |
Litigation Support | | general |
E-Discovery | ediscovery, electronic discovery | general |
Contract Management | | business general |
Due Diligence | | finance general | Investment Analysis
Notary Public | notary | general |
IEP Development | =IEP, =IEPs, individualized education programs | general | Special Education
Formative Assessment | formative assessments | general |
Behavior Management | behavior support | general | Classroom Management
ESL Instruction | =ESL, english as a second language | general |
TESOL | =TEFL, =CELTA | general |
Reading Intervention | | general |
Guided Reading | | general |
Early Childhood Education | early childhood | general |
Layout Design | page layout | design |
Storyboarding | storyboards | design marketing |
Packaging Design | | design |
Print Design | print production | design marketing |
Copy Editing | copyediting, copy-editing, proofreading | marketing general |
Content Writing | | marketing |
Podcasting | podcast production | marketing |
Fundraising | | business general |
Volunteer Management | | business general |
Community Outreach | | general |
Welding | =MIG, =TIG, mig welding, tig welding, stick welding, arc welding | mechanical |
Plumbing | | general |
Carpentry | | general |
Preventive Maintenance | preventative maintenance | mechanical electrical |
Troubleshooting | | electrical mechanical software | Problem Solving
Power Tools | hand and power tools | general |
Blueprint Reading | blueprints, reading blueprints, print reading | mechanical civil electrical | Technical Drawing
Conduit Bending | | electrical |
Statistical Process Control | =SPC | mechanical business |
ISO 9001 | iso 9001:2015 | mechanical business |
Field Sampling | field sampling, water sampling, soil sampling | life_sciences civil |
Histology | | life_sciences |
Next-Generation Sequencing | next generation sequencing, =NGS | life_sciences | Genomics
Rapid Prototyping | | mechanical design | 3D Printing
Stormwater Management | stormwater design | civil | Hydrology
Underwriting | | finance | Credit Analysis
Business Development | | business |
Account Management | | business |
Customer Success | | business | Customer Service
Claims Processing | | business healthcare |
Scheduling | | general |
`);
