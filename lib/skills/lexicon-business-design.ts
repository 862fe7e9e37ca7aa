import { defineSkills } from "./define";

// Design, business, finance and marketing.
export const BUSINESS_DESIGN_TOOLS = defineSkills("tools_platforms", `
~Excel | microsoft excel, ms excel, advanced excel, excel spreadsheets, pivot tables, pivottables, vlookup, xlookup | business finance data general |
Google Sheets | google spreadsheets | business general |
PowerPoint | microsoft powerpoint, ms powerpoint, power point | business general |
Microsoft Word | ms word | general |
Microsoft Office | ms office, microsoft office suite, office 365, microsoft 365, =MS Office | general |
Google Workspace | g suite, gsuite, google suite, google docs | general |
Tableau | tableau desktop, tableau public | data business | Data Visualization
Power BI | powerbi, microsoft power bi | data business | Data Visualization
Looker | looker bi | data business | Data Visualization
Snowflake | | data | SQL
BigQuery | big query, google bigquery | data | SQL, GCP
Amazon Redshift | redshift | data | SQL, AWS
Databricks | | data | Apache Spark
Apache Spark | ~Spark, spark sql | data | Big Data
Hadoop | apache hadoop, hdfs, hive, apache hive | data | Big Data
Apache Airflow | airflow | data | ETL
dbt | data build tool | data | SQL
Alteryx | | data business |
Stata | | data |
SPSS | ibm spss | data healthcare |
RStudio | r studio | data | R
Microsoft Access | ms access, ~Access | business |
Visio | microsoft visio | business |
Lucidchart | | business design |
Figma | | design | Prototyping
~Sketch | sketch app | design |
Adobe XD | adobe xd, =XD | design | Prototyping
Adobe Photoshop | photoshop, adobe photoshop cc | design marketing |
Adobe Illustrator | illustrator | design marketing |
Adobe InDesign | indesign | design marketing |
Adobe After Effects | after effects | design marketing |
Adobe Premiere Pro | premiere pro | design marketing |
Adobe Lightroom | lightroom | design |
Adobe Creative Suite | adobe creative cloud, creative cloud, adobe cc, adobe suite | design marketing |
InVision | invision app | design |
Miro | | design business |
Framer | | design |
Webflow | | design marketing |
Balsamiq | | design |
Axure | axure rp | design |
~Maze | maze design | design | Usability Testing
Hotjar | | design marketing |
UserTesting | usertesting.com | design | Usability Testing
Qualtrics | | design marketing business |
Canva | | design marketing |
WordPress | wordpress.com | marketing software |
Shopify | | marketing business |
HubSpot | hubspot crm | marketing business | Customer Relationship Management
Marketo | adobe marketo | marketing |
Mailchimp | | marketing | Email Marketing
Hootsuite | | marketing | Social Media Marketing
Sprout Social | | marketing | Social Media Marketing
~Buffer | buffer app | marketing | Social Media Marketing
Google Analytics | =GA4, google analytics 4, universal analytics | marketing data | Marketing Analytics
Google Ads | google adwords, adwords | marketing | PPC
Meta Ads Manager | facebook ads, facebook ads manager, meta ads, instagram ads | marketing | Social Media Marketing
Google Tag Manager | =GTM | marketing |
Google Search Console | search console | marketing | SEO
SEMrush | semrush | marketing | SEO
Ahrefs | | marketing | SEO
Mixpanel | | marketing data |
~Amplitude | | marketing data |
Optimizely | | marketing | A/B Testing
Bloomberg Terminal | bloomberg, bloomberg terminal | finance |
FactSet | | finance |
Capital IQ | s&p capital iq, capiq | finance |
PitchBook | | finance |
QuickBooks | quickbooks online, intuit quickbooks | finance business |
Xero | | finance |
Oracle Hyperion | hyperion | finance |
~Workday | | business |
`);

export const BUSINESS_DESIGN_DOMAIN = defineSkills("domain_skills", `
UX Research | user research, ux researcher, user interviews, contextual inquiry, ethnographic research | design | Usability Testing
UX Design | user experience design, user experience, ux, ux/ui | design |
UI Design | user interface design, ui/ux, =UI, interface design | design |
Wireframing | wireframes, wireframe, low-fidelity wireframes | design |
Prototyping | prototypes, high-fidelity prototypes, interactive prototypes, prototype | design |
Usability Testing | usability studies, user testing, usability test | design | UX Research
Interaction Design | =IxD | design |
Visual Design | | design |
Design Systems | design system, component libraries | design |
Information Architecture | | design |
User Personas | personas, persona development | design | UX Research
Journey Mapping | customer journey mapping, user journey mapping, journey maps | design | UX Research
Design Thinking | human-centered design, human centered design | design |
Typography | | design |
Branding | brand identity, brand design | design marketing |
Graphic Design | graphic designer | design marketing |
Motion Graphics | motion design, animation | design |
Illustration | digital illustration | design |
Photography | photo editing | design marketing |
Video Editing | video production | design marketing |
Financial Modeling | financial modelling, financial models, three-statement model, 3-statement model | finance | Excel
Valuation | valuations, comparable company analysis, comps, precedent transactions | finance | Financial Modeling
DCF Analysis | =DCF, discounted cash flow, discounted cash flow analysis, dcf modeling | finance | Valuation
LBO Modeling | =LBO, leveraged buyout | finance | Financial Modeling
Mergers and Acquisitions | =M&A, m & a, mergers & acquisitions | finance |
GAAP | us gaap, u.s. gaap, generally accepted accounting principles | finance | Accounting
IFRS | | finance | Accounting
Financial Analysis | financial statement analysis, financial analyses, ratio analysis | finance |
Financial Reporting | financial statements | finance | Accounting
Accounting | accrual accounting, cost accounting, managerial accounting | finance |
Bookkeeping | | finance | Accounting
Accounts Payable | accounts payable processing | finance | Accounting
Accounts Receivable | accounts receivable processing | finance | Accounting
Account Reconciliation | reconciliations, bank reconciliation, bank reconciliations, reconciling accounts | finance | Accounting
Budgeting | budget planning, budget management, budget analysis | finance business |
Financial Forecasting | financial forecasting models, financial planning and analysis, =FP&A, fp & a | finance | Budgeting
Auditing | internal audit, external audit, audits | finance |
Tax Preparation | tax returns, taxation, tax compliance | finance |
Equity Research | | finance | Valuation
Portfolio Management | asset management, asset allocation | finance |
Risk Management | risk analysis, risk assessment | finance business |
Credit Analysis | credit risk | finance |
Investment Analysis | investment research | finance |
Business Analysis | business analytics | business | Requirements Gathering
Requirements Gathering | requirements analysis, business requirements, user stories, =BRD | business software |
Process Improvement | process optimization, business process improvement, process mapping, workflow optimization | business |
Stakeholder Management | stakeholder communication, stakeholder engagement | business |
Project Management | project coordination, project planning, =PMP, program management | business |
Product Management | product roadmap, roadmapping, product strategy | business software |
Market Research | market analysis, consumer research, customer research | business marketing |
Competitive Analysis | competitor analysis, competitive research, competitive landscape analysis | business marketing |
Business Strategy | strategic planning, go-to-market strategy, go-to-market, =GTM strategy | business |
Operations Management | operations manager | business |
Customer Relationship Management | =CRM, crm systems | business marketing |
Lead Generation | prospecting, outbound prospecting | business marketing |
B2B Sales | sales development, consultative selling | business |
Customer Service | customer support, client service | business general |
Data Entry | | business general |
SEO | search engine optimization, search engine optimisation, on-page seo, technical seo, keyword research | marketing |
SEM | search engine marketing, search campaigns | marketing | PPC
PPC | pay-per-click, pay per click, paid search, paid media | marketing |
Content Strategy | content planning, editorial calendar, editorial calendars | marketing |
Content Marketing | content creation, blog writing | marketing |
Social Media Marketing | social media, social media management, social media strategy, community management, paid social, social media campaigns | marketing |
Email Marketing | email campaigns, newsletters, marketing automation | marketing |
Digital Marketing | digital marketer, online marketing, growth marketing, performance marketing | marketing |
Copywriting | copy writing | marketing |
Brand Management | brand strategy, brand marketing | marketing |
Marketing Analytics | campaign analytics, campaign performance analysis, marketing metrics, attribution modeling | marketing | Data Analysis
Influencer Marketing | influencer partnerships | marketing |
Public Relations | =PR, media relations, press releases | marketing |
Event Planning | event management, event coordination | marketing business |
Technical Writing | technical documentation | general |
`);
