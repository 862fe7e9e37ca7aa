import { defineSkills } from "./define";

// Programming languages. Ambiguous names (Go, R, C, Swift, Rust…) carry a marker; see define.ts.
export const PROGRAMMING_LANGUAGES = defineSkills("programming_languages", `
Python | python3, python 3, cpython | software data |
Java | java 8, java 11, java 17, core java, java se, java ee | software |
JavaScript | javascript es6, es6, ecmascript, vanilla js, =JS | software |
TypeScript | =TS | software | JavaScript
!C | ansi c, c programming, c language | software electrical |
C++ | cpp, c plus plus, c++11, c++14, c++17, c++20 | software electrical | C
C# | csharp, c sharp | software | .NET
!Go | golang, go lang, go language | software |
~Rust | rust lang, rustlang | software |
~Ruby | ruby lang | software |
PHP | php7, php 8 | software |
~Swift | swift 5, swift language | software |
Kotlin | | software |
Scala | | software data |
!R | r programming, r language, rlang, r studio programming | data life_sciences | Statistics
MATLAB | matlab programming | electrical mechanical data |
SQL | structured query language, sql queries | software data business finance |
HTML | html5, html 5 | software design |
CSS | css3, css 3 | software design |
Bash | bash scripting, shell scripting, zsh | software | Linux
PowerShell | powershell scripting | software |
Perl | | software |
Haskell | | software |
Elixir | | software |
Erlang | | software |
Clojure | | software |
F# | fsharp, f sharp | software |
~Dart | dart lang | software |
Lua | | software |
~Julia | julia lang, julia language | data |
Objective-C | objective c, objc, obj-c | software |
~Assembly | assembly language, x86 assembly, arm assembly, asm | software electrical |
VHDL | | electrical | FPGA, Digital Logic Design
Verilog | | electrical | FPGA, Digital Logic Design
SystemVerilog | system verilog | electrical | Verilog
Embedded C | | electrical | C, Embedded Systems
Fortran | | mechanical data |
COBOL | | software finance |
VBA | excel vba, visual basic for applications, macros vba | business finance | Excel
Visual Basic | vb.net | software |
=SAS | sas programming, sas base | data healthcare |
Solidity | | software |
Groovy | | software |
PL/SQL | plsql, pl sql | software data | SQL
T-SQL | tsql, transact-sql | software data | SQL
Prolog | | software |
Lisp | common lisp | software |
OCaml | | software |
Zig | | software |
=Apex | apex code, salesforce apex | software | Salesforce
Ladder Logic | | electrical mechanical | PLC
`);

export const FRAMEWORKS_LIBRARIES = defineSkills("frameworks_libraries", `
~React | react.js, reactjs, react js, react 18 | software | JavaScript
React Native | | software | React, Mobile Development
Angular | angular.js, angularjs, angular 2+ | software | TypeScript
Vue.js | vue, vuejs, vue 3, vue js | software | JavaScript
Svelte | sveltekit | software | JavaScript
Next.js | nextjs, next js | software | React
Nuxt | nuxt.js, nuxtjs | software | Vue.js
Node.js | nodejs, node js, ~Node | software | JavaScript
~Express | express.js, expressjs | software | Node.js
NestJS | nest.js, nestjs | software | Node.js, TypeScript
Django | django rest framework, drf | software | Python
~Flask | | software | Python
FastAPI | fast api | software | Python
~Spring | spring framework, spring mvc | software | Java
Spring Boot | springboot | software | Java, Spring
Ruby on Rails | ~Rails, ror, ruby on rails 7 | software | Ruby
Laravel | | software | PHP
ASP.NET | asp.net core, asp.net mvc | software | C#, .NET
.NET | dotnet, .net core, .net framework, dot net | software | C#
jQuery | jquery | software | JavaScript
~Bootstrap | bootstrap 5 | software design | CSS
Tailwind CSS | tailwind, tailwindcss | software design | CSS
Redux | redux toolkit | software | React
Flutter | | software | Dart, Mobile Development
SwiftUI | swift ui | software | Swift
Jetpack Compose | | software | Kotlin
~Electron | electron.js | software | JavaScript
TensorFlow | tensorflow 2, tf.keras | data | Deep Learning, Machine Learning, Python
PyTorch | torch | data | Deep Learning, Machine Learning, Python
Keras | | data | Deep Learning, TensorFlow
scikit-learn | sklearn, scikit learn, scikit | data | Machine Learning, Python
pandas | | data | Python, Data Analysis
NumPy | numpy | data | Python
SciPy | scipy | data | Python
Matplotlib | matplotlib | data | Python, Data Visualization
Seaborn | seaborn | data | Python, Data Visualization
Plotly | plotly dash | data | Data Visualization
XGBoost | | data | Machine Learning
LightGBM | | data | Machine Learning
Hugging Face | huggingface, hugging face transformers, transformers library | data | Natural Language Processing, Deep Learning
LangChain | | data software | Large Language Models
OpenCV | open cv | data software | Computer Vision
NLTK | | data | Natural Language Processing
spaCy | spacy | data | Natural Language Processing
PySpark | | data | Apache Spark, Python
JUnit | junit5 | software | Java, Unit Testing
pytest | | software | Python, Unit Testing
~Jest | | software | JavaScript, Unit Testing
~Cypress | | software | JavaScript
~Selenium | selenium webdriver | software |
~Playwright | | software |
~Mocha | | software | JavaScript
Hibernate | | software | Java
Three.js | threejs | software | JavaScript
D3.js | d3, d3js | software data | JavaScript, Data Visualization
Socket.IO | socket.io, socketio | software | Node.js
Qt | =QT, qt framework | software | C++
ggplot2 | ggplot | data | R, Data Visualization
tidyverse | dplyr, tidyr | data | R
~Shiny | r shiny | data | R
Streamlit | | data | Python
~Celery | | software | Python
RxJS | | software | Angular
Material UI | mui, material-ui | software design | React
Sass | scss | software design | CSS
JAX | | data | Machine Learning
ROS | robot operating system, ros2 | electrical mechanical software | Robotics
Bioconductor | | life_sciences data | R, Bioinformatics
GraphQL | apollo graphql | software |
Pydantic | | software | Python
Entity Framework | ef core | software | .NET
`);

export const SOFTWARE_TOOLS = defineSkills("tools_platforms", `
Git | git version control, version control | software |
GitHub | github | software | Git
GitLab | gitlab ci | software | Git
Bitbucket | | software | Git
Docker | docker compose, docker-compose, containerization | software | Linux
Kubernetes | k8s, kubectl, eks, gke, aks | software | Docker
Terraform | | software | Cloud Computing
Ansible | | software |
Jenkins | | software | CI/CD
GitHub Actions | | software | CI/CD, GitHub
CircleCI | circle ci | software | CI/CD
AWS | amazon web services, aws lambda, ec2, s3, aws ec2, aws s3, lambda functions | software data | Cloud Computing
Azure | microsoft azure, azure devops | software data | Cloud Computing
GCP | google cloud, google cloud platform | software data | Cloud Computing
Linux | ubuntu, debian, centos, red hat, rhel | software |
Unix | | software |
PostgreSQL | postgres, psql, postgre sql, postgresql 15 | software data | SQL
MySQL | my sql | software data | SQL
SQLite | | software | SQL
Microsoft SQL Server | sql server, mssql, ms sql server | software data | SQL
Oracle Database | oracle db, oracle sql | software data | SQL
MongoDB | mongo, mongo db, mongoose | software | NoSQL
Redis | | software |
Elasticsearch | elastic search, elk stack, opensearch | software |
DynamoDB | dynamo db | software | AWS, NoSQL
Cassandra | apache cassandra | software | NoSQL
NoSQL | nosql databases | software data |
Firebase | firestore | software |
Supabase | | software | PostgreSQL
Nginx | | software |
Vercel | | software |
Heroku | | software |
Netlify | | software |
Prometheus | | software |
Grafana | | software data |
Datadog | | software |
Splunk | | software |
Wireshark | | software | Networking
Postman | | software | REST APIs
Swagger | openapi | software | REST APIs
gRPC | grpc | software | Microservices
Apache Kafka | kafka | software data |
RabbitMQ | | software |
Webpack | | software | JavaScript
Vite | vitejs | software | JavaScript
npm | yarn, pnpm | software | JavaScript
~Maven | | software | Java
Gradle | | software | Java
CMake | | software | C++
Visual Studio Code | vs code, vscode | software |
IntelliJ IDEA | intellij | software | Java
Xcode | | software | Swift
Android Studio | | software | Kotlin, Mobile Development
Jupyter | jupyter notebook, jupyter notebooks, jupyterlab, ipython | data | Python
Google Colab | colab | data | Python
Jira | atlassian jira | software business |
Confluence | | software business |
Trello | | business |
Asana | | business |
~Notion | | business design |
~Slack | | general |
ServiceNow | | software business |
~Unity | unity3d, unity 3d, unity engine | software design | C#
Unreal Engine | unreal, ue5 | software design | C++
~Helm | helm charts | software | Kubernetes
OpenShift | | software | Kubernetes
Salesforce | salesforce crm, sfdc | business marketing | Customer Relationship Management
SAP | sap erp, sap s/4hana | business finance |
NetSuite | oracle netsuite | business finance |
Power Automate | microsoft power automate | business |
Zapier | | business marketing |
Airtable | | business |
Zendesk | | business |
Active Directory | | software |
`);
