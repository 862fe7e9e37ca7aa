import { defineSkills } from "./define";

// Data/ML and software-engineering practice, plus electrical, mechanical and civil engineering.
export const DATA_SOFTWARE_DOMAIN = defineSkills("domain_skills", `
Machine Learning | =ML, machine-learning, ml models, ml engineering | data software | Statistics, Python
Deep Learning | neural networks, neural network, deep neural networks, cnn, cnns, rnn, lstm | data | Machine Learning
Natural Language Processing | =NLP, natural-language processing, text mining | data | Machine Learning
Computer Vision | image recognition, image processing, image classification, object detection | data | Deep Learning
Large Language Models | =LLM, =LLMs, large language model, generative ai, genai, gpt, prompt engineering, retrieval augmented generation, =RAG | data software | Natural Language Processing
Reinforcement Learning | | data | Machine Learning
Artificial Intelligence | =AI | data software | Machine Learning
Data Analysis | data analytics, data analyses, analyzing data, analyze data, analysed data, analyzed data, exploratory data analysis, =EDA | data business | Statistics
Data Visualization | data visualisation, dashboards, dashboarding, data viz | data business | Data Analysis
Statistics | statistical analysis, statistical methods, biostatistics, applied statistics, statistical modeling, statistical modelling, hypothesis testing | data | Data Analysis
A/B Testing | a / b testing, ab testing, split testing, experimentation, experiment design | data marketing | Statistics
Predictive Modeling | predictive modelling, predictive analytics, forecasting models | data | Machine Learning
Regression Analysis | linear regression, logistic regression, regression models, regression modeling | data | Statistics
Time Series Analysis | time series, time-series forecasting, time series forecasting | data | Statistics
Feature Engineering | | data | Machine Learning
Data Engineering | data pipelines, data pipeline | data software | ETL
ETL | etl pipelines, elt, extract transform load | data | Data Engineering
Data Warehousing | data warehouse, data warehouses, data modeling, data modelling, dimensional modeling | data | SQL
Data Cleaning | data wrangling, data cleansing, data preprocessing | data | Data Analysis
Big Data | | data | Apache Spark
MLOps | ml ops, model deployment | data software | Machine Learning
Web Development | web dev, web applications, web apps | software | HTML, CSS, JavaScript
Frontend Development | front-end development, front end development, frontend, front-end, front end | software | JavaScript
Backend Development | back-end development, back end development, backend, back-end, server-side development | software |
Full-Stack Development | full stack development, full-stack, full stack, fullstack | software | Frontend Development, Backend Development
Mobile Development | mobile app development, ios development, android development, mobile apps | software |
REST APIs | rest api, restful apis, restful api, restful, restful services | software | Backend Development
Microservices | microservice architecture, microservices architecture | software | Distributed Systems
Distributed Systems | | software |
System Design | systems design, software architecture | software |
Object-Oriented Programming | oop, object oriented programming, object-oriented design, ood | software |
Data Structures | data structures and algorithms, dsa | software | Algorithms
Algorithms | algorithm design | software |
Unit Testing | unit tests, automated testing, test automation, integration testing | software |
Test-Driven Development | =TDD, test driven development | software | Unit Testing
CI/CD | ci / cd, continuous integration, continuous delivery, continuous deployment, ci cd | software | DevOps
DevOps | dev ops | software | CI/CD
Cloud Computing | cloud infrastructure, cloud services, cloud architecture | software |
Cybersecurity | cyber security, information security, infosec, security engineering | software |
Network Security | firewalls | software | Cybersecurity
Penetration Testing | pen testing, pentesting, ethical hacking | software | Cybersecurity
Networking | computer networking, computer networks, network administration, =LAN, =DNS | software |
TCP/IP | tcp / ip, tcp, udp | software | Networking
Operating Systems | | software |
Database Design | database management, relational databases, rdbms, database schema design | software data | SQL
Agile | agile methodologies, agile methodology, agile development | software business |
Scrum | scrum master, sprint planning | software business | Agile
Kanban | | software business | Agile
Responsive Design | responsive web design, mobile-first design | software design | CSS
Web Accessibility | accessibility, =WCAG, a11y, =ADA compliance | software design |
Quality Assurance | =QA, software testing, manual testing, qa testing | software |
Parallel Computing | =CUDA, =GPU programming, =MPI, openmp | software data | C++
Blockchain | smart contracts, web3 | software |
Game Development | game design | software design |
`);

export const ENGINEERING_DOMAIN = defineSkills("domain_skills", `
Embedded Systems | embedded programming, embedded software, embedded firmware, firmware development, firmware | electrical software | Embedded C, Microcontrollers
Circuit Design | electronic circuit design, circuits, schematic design, schematic capture, schematics | electrical |
PCB Design | =PCB, =PCBs, printed circuit board design, pcb layout, printed circuit boards | electrical | Circuit Design
Analog Circuit Design | analog design, analog circuits, analog electronics | electrical | Circuit Design
Digital Logic Design | digital design, digital logic, digital circuits, logic design | electrical | Circuit Design
Signal Processing | =DSP, digital signal processing, signals and systems | electrical | MATLAB
Control Systems | control theory, feedback control | electrical mechanical | MATLAB, Simulink
Power Systems | power grid, power system analysis, power system studies, power systems engineering | electrical |
Power Electronics | | electrical | Circuit Design
FPGA | fpgas, fpga design, fpga development | electrical | VHDL, Verilog
Microcontrollers | microcontroller, =MCU, =ARM Cortex, =AVR, =PIC microcontrollers | electrical | Embedded Systems
RF Design | =RF, rf engineering, radio frequency, antenna design | electrical |
VLSI | vlsi design, asic design, asic | electrical | Digital Logic Design
Semiconductor Fabrication | semiconductor processing, cleanroom, photolithography | electrical |
Soldering | through-hole soldering, smd soldering | electrical |
Instrumentation | test and measurement, sensors, sensor integration | electrical mechanical |
Robotics | robotic systems, robot programming | electrical mechanical software |
Communication Protocols | serial protocols, communication protocol | electrical | Embedded Systems
Electrical Wiring | wiring, wire harness, wiring diagrams | electrical |
Motor Control | motor drives, motor controls | electrical |
CAD | computer-aided design, computer aided design, 3d modeling, 3d modelling, cad modeling | mechanical civil electrical |
Finite Element Analysis | =FEA, finite element method, =FEM | mechanical civil | ANSYS
Computational Fluid Dynamics | =CFD | mechanical | ANSYS
GD&T | gd & t, geometric dimensioning and tolerancing, geometric dimensioning & tolerancing | mechanical |
Thermodynamics | | mechanical |
Heat Transfer | | mechanical | Thermodynamics
Fluid Mechanics | fluid dynamics | mechanical civil |
Mechanical Design | machine design, product design engineering, mechanism design | mechanical | CAD
Machining | lathe, milling, manual machining | mechanical |
3D Printing | additive manufacturing, fdm printing | mechanical design |
Manufacturing Processes | manufacturing process | mechanical |
Lean Manufacturing | ~Lean, =5S, continuous improvement | mechanical business |
Six Sigma | lean six sigma, six sigma green belt, six sigma yellow belt, =DMAIC | mechanical business |
Root Cause Analysis | =RCA, =8D | mechanical business |
Materials Science | materials selection, material science, materials engineering | mechanical |
Injection Molding | | mechanical |
HVAC | heating ventilation and air conditioning, hvac design | mechanical civil |
Statics and Dynamics | statics, mechanics of materials, strength of materials | mechanical civil |
Technical Drawing | engineering drawings, technical drawings, drafting | mechanical civil |
Structural Analysis | structural engineering analysis, load calculations, load analysis | civil |
Structural Design | | civil | Structural Analysis
Surveying | land surveying, total station, site surveying | civil |
Geotechnical Engineering | soil mechanics, geotechnics, foundation design | civil |
Transportation Engineering | traffic engineering, traffic analysis, highway design | civil |
Hydrology | hydraulics, water resources | civil |
Construction Management | construction project management, site supervision | civil |
Cost Estimation | estimating, quantity takeoff, quantity takeoffs, cost estimating | civil business |
Environmental Engineering | environmental compliance, water treatment, wastewater treatment | civil |
Building Codes | =IBC, building code compliance, code compliance | civil |
BIM | building information modeling, building information modelling | civil design | Revit
Site Inspection | site inspections, construction inspection, field inspections | civil |
`);

export const ENGINEERING_TOOLS = defineSkills("tools_platforms", `
Simulink | | electrical mechanical | MATLAB, Control Systems
LabVIEW | lab view | electrical mechanical |
Oscilloscope | oscilloscopes | electrical |
Multimeter | multimeters, digital multimeter, =DMM | electrical |
Logic Analyzer | logic analyzers | electrical |
Function Generator | signal generator, function generators | electrical |
Spectrum Analyzer | spectrum analyzers, network analyzer, =VNA | electrical | RF Design
Arduino | | electrical software | Microcontrollers
Raspberry Pi | raspberry pis | electrical software | Linux
STM32 | | electrical | Microcontrollers
FreeRTOS | rtos, zephyr rtos | electrical software | Embedded Systems
AUTOSAR | | electrical software | Embedded Systems
PLC | plcs, programmable logic controllers, programmable logic controller, allen-bradley, rslogix | electrical mechanical |
SCADA | | electrical |
Altium Designer | altium | electrical | PCB Design
KiCad | kicad | electrical | PCB Design
~Eagle | autodesk eagle, eagle cad | electrical | PCB Design
Cadence Virtuoso | ~Cadence, virtuoso | electrical | VLSI
OrCAD | orcad pspice | electrical | Circuit Design
LTspice | ltspice, spice, pspice | electrical | Circuit Design
Multisim | ni multisim | electrical | Circuit Design
Xilinx Vivado | vivado, xilinx ise | electrical | FPGA
Quartus | intel quartus, quartus prime | electrical | FPGA
SolidWorks | solid works, solidworks simulation | mechanical | CAD
AutoCAD | auto cad | mechanical civil electrical | CAD
AutoCAD Civil 3D | civil 3d, civil3d, autocad civil 3d 2024 | civil | AutoCAD
Revit | autodesk revit, revit structure | civil design | BIM
ANSYS | ansys workbench, ansys fluent, ansys mechanical, ansys fluent | mechanical | Finite Element Analysis
Abaqus | | mechanical | Finite Element Analysis
COMSOL | comsol multiphysics | mechanical electrical |
CATIA | catia v5 | mechanical | CAD
Fusion 360 | autodesk fusion 360, fusion360 | mechanical | CAD
Creo | ptc creo, pro/engineer, pro / engineer | mechanical | CAD
Siemens NX | unigraphics | mechanical | CAD
Autodesk Inventor | ~Inventor | mechanical | CAD
Mastercam | | mechanical | Machining
SAP2000 | sap 2000 | civil | Structural Analysis
ETABS | | civil | Structural Analysis
STAAD.Pro | staad pro, staad | civil | Structural Analysis
RISA-3D | risa, risa 3d | civil | Structural Analysis
ArcGIS | arcgis pro, =GIS, esri arcgis | civil data |
QGIS | | civil data |
Primavera P6 | primavera, p6 | civil business |
Microsoft Project | ms project, msproject | business civil |
Bluebeam Revu | bluebeam | civil |
Procore | | civil |
HEC-RAS | hec ras, hec-hms | civil | Hydrology
SketchUp | sketch up | design civil |
~Rhino | rhinoceros 3d, rhino 3d, grasshopper | design mechanical |
Blender | | design |
`);
