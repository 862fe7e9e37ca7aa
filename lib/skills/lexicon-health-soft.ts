import { defineSkills } from "./define";

// Healthcare, life sciences and soft skills.
export const HEALTH_LIFE_DOMAIN = defineSkills("domain_skills", `
Patient Care | direct patient care, bedside care, patient-centered care | healthcare |
Vital Signs | vitals, taking vital signs, vital sign monitoring | healthcare | Patient Care
CPR | cardiopulmonary resuscitation, cpr certified, cpr/aed, cpr / aed | healthcare general |
BLS | basic life support, bls certified, bls certification | healthcare | CPR
ACLS | advanced cardiac life support | healthcare | BLS
PALS | pediatric advanced life support | healthcare | BLS
Phlebotomy | venipuncture, blood draws, blood drawing | healthcare |
Medication Administration | med administration, medication management | healthcare |
IV Therapy | =IV insertion, iv therapy, intravenous therapy, iv starts | healthcare |
Wound Care | wound dressing | healthcare |
Patient Education | patient teaching, health education | healthcare |
Infection Control | infection prevention | healthcare |
HIPAA | hipaa compliance | healthcare |
~Triage | | healthcare |
Telemetry | cardiac monitoring, telemetry monitoring | healthcare |
Clinical Documentation | charting, medical documentation | healthcare |
Electronic Health Records | =EHR, =EMR, electronic medical records, ehr documentation | healthcare | Clinical Documentation
Medical Terminology | | healthcare |
Care Planning | nursing care plans, care plans | healthcare |
Clinical Research | clinical trials, =IRB, good clinical practice, =GCP guidelines | healthcare life_sciences |
Public Health | epidemiology | healthcare |
Mental Health | behavioral health | healthcare |
PCR | rt-pcr, polymerase chain reaction, real-time pcr, pcr | life_sciences |
Cell Culture | tissue culture, mammalian cell culture, cell culturing | life_sciences | Aseptic Technique
HPLC | high-performance liquid chromatography, high performance liquid chromatography, uplc | life_sciences | Chromatography
Chromatography | gas chromatography, =GC, thin layer chromatography, =TLC | life_sciences |
Mass Spectrometry | mass spec | life_sciences |
GLP | good laboratory practice, good laboratory practices | life_sciences |
GMP | =cGMP, good manufacturing practice, good manufacturing practices | life_sciences |
Western Blot | western blotting, western blots | life_sciences |
ELISA | elisas | life_sciences |
Gel Electrophoresis | agarose gel electrophoresis, electrophoresis | life_sciences |
Flow Cytometry | =FACS | life_sciences |
Microscopy | fluorescence microscopy, light microscopy | life_sciences |
DNA Extraction | dna isolation, rna extraction, nucleic acid extraction, dna/rna extraction, dna / rna extraction | life_sciences |
CRISPR | crispr-cas9, crispr/cas9, crispr / cas9, gene editing | life_sciences |
Aseptic Technique | sterile technique | life_sciences healthcare |
Spectrophotometry | spectrophotometer, uv-vis, uv-vis spectroscopy | life_sciences |
Bioinformatics | computational biology | life_sciences data |
Genomics | rna-seq, rna seq, dna sequencing | life_sciences | Bioinformatics
Molecular Cloning | cloning, plasmid design | life_sciences |
Titration | titrations | life_sciences |
Laboratory Safety | lab safety, biosafety, chemical safety | life_sciences |
Standard Operating Procedures | =SOP, =SOPs, standard operating procedure | life_sciences healthcare |
Animal Handling | animal husbandry, mouse handling, rodent handling | life_sciences |
Immunohistochemistry | =IHC, immunofluorescence | life_sciences | Microscopy
Protein Purification | protein expression | life_sciences |
Microbiology | bacterial culture, microbial culture | life_sciences |
Data Collection | sample collection, specimen collection | life_sciences healthcare |
`);

export const HEALTH_LIFE_TOOLS = defineSkills("tools_platforms", `
~Epic | epic ehr, epic systems, epic emr, epiccare | healthcare | Electronic Health Records
Cerner | cerner ehr, oracle cerner | healthcare | Electronic Health Records
Meditech | | healthcare | Electronic Health Records
Pyxis | pyxis medstation | healthcare | Medication Administration
ImageJ | fiji imagej | life_sciences | Microscopy
FlowJo | | life_sciences | Flow Cytometry
GraphPad Prism | graphpad, ~Prism | life_sciences data | Statistics
Benchling | | life_sciences |
SnapGene | | life_sciences | Molecular Cloning
BLAST | ncbi blast | life_sciences | Bioinformatics
PyMOL | | life_sciences |
`);

export const SOFT_SKILLS = defineSkills("soft_skills", `
Communication | communication skills, communicator, verbal communication, oral communication | general |
Written Communication | writing skills, written and verbal communication | general | Communication
Public Speaking | presentations, presenting, presentation skills | general | Communication
Leadership | leadership skills, led a team, leading teams | general |
Teamwork | team player, team work, team-oriented, working in teams | general |
Collaboration | cross-functional collaboration, collaborative, cross-functional teams | general | Teamwork
Problem Solving | problem-solving, problem solver | general |
Critical Thinking | analytical thinking, analytical skills | general |
Time Management | prioritization, deadline management, meeting deadlines | general |
Organization | organizational skills, organisational skills | general |
Attention to Detail | detail-oriented, detail oriented, meticulous | general |
Adaptability | flexibility, adaptable, fast learner, quick learner | general |
Creativity | creative thinking, creative problem solving | general |
Mentoring | mentorship, tutoring | general |
Negotiation | negotiating | general |
Conflict Resolution | de-escalation | general |
Interpersonal Skills | relationship building, people skills | general |
Multitasking | multi-tasking | general |
Empathy | compassion, compassionate | general |
Decision Making | decision-making | general |
Self-Motivation | self-motivated, self-starter | general |
Customer Focus | client-facing, customer-facing | general |
Bilingual | multilingual | general |
Work Ethic | strong work ethic | general |
Emotional Intelligence | | general |
Cultural Competence | cultural sensitivity, diversity and inclusion | general |
Storytelling | data storytelling | general |
Facilitation | workshop facilitation | general |
`);
