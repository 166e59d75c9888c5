// Names that mean the same skill, folded to one so that "Postgres" in a posting finds "PostgreSQL" in a résumé.
// The table ships with the tool; a résumé's meta.aliases adds to it, in either direction:
//   meta: { aliases: { "GCP": "Google Cloud" } }               alias → canonical
//   meta: { aliases: { "Google Cloud": ["GCP", "Google Cloud Platform"] } }   canonical → aliases

/** Canonical name → other names. Matching ignores case except for names marked case-sensitive below. */
export const BUILTIN_ALIASES: Readonly<Record<string, readonly string[]>> = {
  '.NET': ['dotnet', 'dot net', '.NET Core', '.NET Framework'],
  'A/B testing': ['A/B tests', 'AB testing', 'split testing'],
  'Amazon Web Services': ['AWS'],
  Angular: ['AngularJS', 'Angular.js', 'Angular 2+'],
  'Apache Kafka': ['Kafka'],
  'Apache Spark': ['Spark', 'PySpark'],
  'artificial intelligence': [
    'AI',
    'KI',
    'künstliche Intelligenz',
    'IA',
    'intelligence artificielle',
    'inteligencia artificial',
    'inteligência artificial',
    'intelligenza artificiale',
  ],
  'ASP.NET': ['ASP.NET Core', 'ASP.NET MVC'],
  'back end': ['backend', 'back-end', 'server side', 'server-side', '백엔드', 'バックエンド', '后端', '後端'],
  C: [],
  'C#': ['C sharp', 'csharp'],
  'C++': ['cpp', 'C plus plus'],
  'CI/CD': [
    'CI CD',
    'CICD',
    'continuous integration',
    'continuous delivery',
    'continuous deployment',
    'CI/CD pipelines',
  ],
  CSS: ['CSS3', 'Cascading Style Sheets'],
  DevOps: ['Dev Ops'],
  Django: ['Django REST framework', 'DRF'],
  Docker: ['containerization', 'containerisation', 'Docker Compose'],
  'domain-driven design': ['DDD', 'domain driven design'],
  Elasticsearch: ['Elastic Search', 'ELK'],
  Elixir: [],
  'event-driven architecture': [
    'event driven architecture',
    'event-driven systems',
    'event driven systems',
    'EDA',
  ],
  'front end': [
    'frontend',
    'front-end',
    'client side',
    'client-side',
    '프론트엔드',
    'フロントエンド',
    '前端',
  ],
  'full stack': ['fullstack', 'full-stack', '풀스택', 'フルスタック', '全端', '全栈'],
  // Not GitHub or GitLab: services built on Git, and a reader (or an ATS) looking for "Git" does not find it there.
  Git: ['version control'],
  Go: ['Golang'],
  'Google Cloud': ['GCP', 'Google Cloud Platform'],
  GraphQL: ['GQL'],
  HTML: ['HTML5'],
  'infrastructure as code': ['IaC'],
  Java: ['Java SE', 'Java EE', 'J2EE', 'Jakarta EE'],
  JavaScript: ['JS', 'ECMAScript', 'ES6', 'ES2015', 'Javascript (ES6+)'],
  Jenkins: [],
  Kotlin: [],
  Kubernetes: ['k8s', 'K8S', 'kube', 'EKS', 'GKE', 'AKS', 'OpenShift'],
  'large language models': ['LLM', 'LLMs', 'large language model'],
  Linux: ['GNU/Linux', 'Unix', '*nix'],
  'machine learning': [
    'ML',
    'maschinelles Lernen',
    'apprentissage automatique',
    'aprendizaje automático',
    'aprendizado de máquina',
  ],
  'Microsoft Azure': ['Azure'],
  microservices: [
    'microservice',
    'micro-services',
    'micro services',
    'Microservices-Architektur',
    'microsserviços',
    'microservicios',
    'micro-serviços',
  ],
  MongoDB: ['Mongo'],
  MySQL: ['MariaDB'],
  'natural language processing': ['NLP'],
  'Next.js': ['NextJS'],
  'Node.js': ['Node', 'NodeJS', 'Node JS'],
  'object-oriented programming': ['OOP', 'object oriented programming', 'object-oriented design', 'OOD'],
  PHP: [],
  'quality assurance': ['QA'],
  PostgreSQL: ['Postgres', 'Postgre', 'psql'],
  Python: ['Python3', 'Python 3'],
  R: [],
  RabbitMQ: ['Rabbit MQ', 'AMQP'],
  React: ['React.js', 'ReactJS', 'React JS'],
  'React Native': ['ReactNative'],
  Redis: [],
  'REST APIs': [
    'REST',
    'RESTful',
    'REST API',
    'RESTful APIs',
    'RESTful API',
    'RESTful services',
    'API REST',
    'APIs REST',
    'APIs RESTful',
    'REST-APIs',
    'RESTful JSON API',
  ],
  Ruby: [],
  'Ruby on Rails': ['RoR', 'Rails', 'Ruby-on-Rails'],
  Rust: [],
  Scala: [],
  'site reliability engineering': ['SRE'],
  Spring: ['Spring Boot', 'SpringBoot', 'Spring Framework'],
  SQL: ['T-SQL', 'PL/SQL'],
  'test-driven development': ['TDD', 'test driven development'],
  Swift: ['SwiftUI'],
  TypeScript: ['TS'],
  'user experience': ['UX', 'UX design'],
  'user interface': ['UI', 'UI design', 'interface utilisateur'],
  'Vue.js': ['Vue', 'VueJS', 'Vue 3'],
  Agile: [
    'agile methodologies',
    'agile methods',
    'méthodes agiles',
    'metodologías ágiles',
    'metodologias ágeis',
    'agile Methoden',
  ],
  Android: [],
  Ansible: [],
  Bash: ['shell scripting', 'shell scripts'],
  Bootstrap: [],
  Capistrano: [],
  Cypress: [],
  Dart: [],
  Datadog: [],
  Drupal: [],
  Figma: [],
  Flutter: [],
  Grafana: [],
  Heroku: [],
  Hotwire: ['Turbo', 'Stimulus'],
  iOS: [],
  Jest: [],
  Jira: [],
  jQuery: [],
  Laravel: [],
  Memcached: [],
  'New Relic': [],
  Nginx: [],
  'Objective-C': ['ObjC', 'Obj-C'],
  Perl: [],
  Playwright: [],
  'Power BI': ['PowerBI'],
  Prometheus: [],
  RSpec: [],
  Sass: ['SCSS'],
  Scrum: [],
  Selenium: [],
  Sentry: [],
  Sidekiq: [],
  Symfony: [],
  'Tailwind CSS': ['Tailwind', 'TailwindCSS'],
  Terraform: [],
  webpack: [],
  WordPress: [],
};

/** Names that are words too ("go", "c", "r"): they count only as written, in this case. */
export const CASE_SENSITIVE = new Set([
  'Go',
  'C',
  'R',
  'Node',
  'Spark',
  'Rails',
  'TS',
  'IA',
  'KI',
  'Mongo',
  'Vue',
  'Spring',
  'ML',
  'AI',
  'UI',
  'UX',
  'QA',
  'SRE',
  'DDD',
  'OOD',
  'EDA',
  'ELK',
  'DRF',
  'Swift',
  'Rust',
  'Scala',
  'Dart',
  'Turbo',
  'Stimulus',
  'Jest',
  'Sentry',
]);

/** A résumé's meta.aliases, in either shape; anything else is ignored (validation reports it). */
export type AliasInput = Record<string, string | readonly string[]>;

/** Canonical name → aliases: the built-in table extended by the résumé's own. A name a résumé lists as an alias
 * leaves the group it had. */
export function aliasTable(extra: unknown): Map<string, string[]> {
  const table = new Map<string, string[]>();
  const owner = new Map<string, string>();
  const add = (canonical: string, alias: string) => {
    const key = alias.toLowerCase();
    const previous = owner.get(key);
    if (previous !== undefined && previous !== canonical) {
      const list = table.get(previous) ?? [];
      table.set(
        previous,
        list.filter((a) => a.toLowerCase() !== key),
      );
    }
    owner.set(key, canonical);
    const list = table.get(canonical) ?? [];
    if (!list.some((a) => a.toLowerCase() === key)) list.push(alias);
    table.set(canonical, list);
  };
  for (const [canonical, aliases] of Object.entries(BUILTIN_ALIASES)) {
    table.set(canonical, []);
    for (const alias of aliases) add(canonical, alias);
  }
  if (extra && typeof extra === 'object' && !Array.isArray(extra)) {
    for (const [key, value] of Object.entries(extra as Record<string, unknown>)) {
      if (typeof value === 'string')
        add(owner.get(value.toLowerCase()) ?? existingCanonical(table, value), key);
      else if (Array.isArray(value)) {
        if (!table.has(key)) table.set(key, []);
        for (const alias of value) if (typeof alias === 'string') add(key, alias);
      }
    }
  }
  return table;
}

/** The canonical name as the table spells it ("postgresql" → "PostgreSQL"), or the name as given. (A name that
 * is an alias is looked up by the caller: "Kafka" belongs to "Apache Kafka".) */
function existingCanonical(table: Map<string, string[]>, name: string): string {
  const lower = name.toLowerCase();
  for (const canonical of table.keys()) if (canonical.toLowerCase() === lower) return canonical;
  return name;
}

/** A résumé's own aliases (meta.aliases), for analyzePosting. */
export function resumeAliases(resume: { meta?: object }): unknown {
  return (resume.meta as { aliases?: unknown } | undefined)?.aliases;
}
