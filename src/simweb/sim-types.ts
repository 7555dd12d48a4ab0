/**
 * Public shapes of the simulated municipal web (options, ground truth) and
 * the internal site model the server serves from. The ground truth follows
 * the team's labelling rules (docs/cli-contract.md) exactly.
 */
import type { ActionPlan, MunicipalityStatus, ProgramType, RegionalLink } from '../domain/index.ts';
import type { DocumentSpec } from './render-documents.ts';

export interface SimMunicipality {
  code: string;
  name: string;
  countyCode: string;
  countyName: string;
}

export interface SimWebOptions {
  year: number;
  seed: number;
  municipalities: SimMunicipality[];
}

/** Why a program document is (not) counted for the year. */
export type ProgramRole = 'valid' | 'expired' | 'future' | 'draft';

/** A program document and what a correct classifier must say about it. */
export interface ExpectedProgram {
  /** URL path as served and as `new URL(url).pathname` gives it (percent-encoded); for a link that redirects, the final path. */
  path: string;
  title: string;
  programType: ProgramType;
  validFrom: number | null;
  validTo: number | null;
  regionalLink: RegionalLink;
  actionPlan: ActionPlan;
  sustainability: boolean;
  format: 'pdf' | 'docx' | 'html';
  // Beyond the brief: the details the classifier also reports.
  role: ProgramRole;
  isDraft: boolean;
  adoptedBy: 'kommunfullmäktige' | 'kommunstyrelsen' | null;
  /** ISO date, null for drafts. */
  adoptedDate: string | null;
  validUntilFurtherNotice: boolean;
  /** How the text states validity: range-title, range-text, until-further-notice, mandate-explicit, mandate-current, target-year, until-year. */
  validityForm: string;
  writtenWithBusiness: boolean;
  yearlyActivities: boolean;
  goalsMeasurable: boolean;
  indicators: string[];
  agenda2030Goals: number[];
  /** Named RUS or collaboration the program links to, null for generic wording or none. */
  regionalReference: string | null;
  /** How the crawler can find it. */
  placement: ProgramPlacement;
}

export type ProgramPlacement = 'naringsliv' | 'library' | 'news' | 'sitemap';

/** A document that looks like a program but is not (isProgram false). */
export interface LookalikeDoc {
  path: string;
  title: string;
  /** Matches ClassificationDetails.documentKind: comprehensive_plan, budget, minutes, news, regional_strategy, other_policy, action_plan, web_page. */
  documentKind: string;
  format: 'pdf' | 'docx' | 'html';
}

export interface SiteTruth {
  code: string;
  expectedStatus: MunicipalityStatus;
  validPrograms: ExpectedProgram[];
  /** Expired, future and draft programs (isProgram true, not counted for the year). */
  otherProgramDocs: ExpectedProgram[];
  lookalikePaths: string[];
  disallowedPaths: string[];
  // Beyond the brief:
  lookalikes: LookalikeDoc[];
  template: SiteTemplateName;
  /** Features this site exercises, e.g. 'crawl-delay', 'sitemap-index', 'session-ids', 'huge-video'. */
  features: string[];
  /** Paths of oversized responses on this site (size-limit tests). */
  hugePaths: string[];
  /** Entry points of infinite URL spaces (calendar, search, deep path). */
  trapPaths: string[];
}

export type SiteTemplateName = 'sitevision' | 'episerver' | 'drupal' | 'wordpress';

export interface SimWeb {
  options: SimWebOptions;
  truth: SiteTruth[];
  sites: SimSite[];
}

// ---- internal site model (exported for the server and tests) ----

export interface LinkSpec {
  href: string;
  text: string;
}

export type Block =
  | { kind: 'h2'; text: string }
  | { kind: 'p'; text: string; link?: LinkSpec }
  | { kind: 'links'; heading?: string; links: LinkSpec[] }
  | { kind: 'doclist'; rows: Array<{ link: LinkSpec; type: string; date: string }> };

export interface PageSpec {
  title: string;
  breadcrumbs: LinkSpec[];
  blocks: Block[];
  /** Date shown on news items. */
  published?: string;
}

interface ResourceBase {
  /** Extra delay before answering (slow pages). */
  delayMs?: number;
  /** Answers 500 this many times first, then succeeds (retry tests). */
  flakyFailures?: number;
  /** Content-Type to send instead of the true one (servers lie). */
  contentType?: string;
  /** ISO date for Last-Modified. */
  lastModified: string;
}

export type Resource =
  | (ResourceBase & { kind: 'page'; build: () => PageSpec })
  | (ResourceBase & { kind: 'document'; format: 'pdf' | 'docx'; build: () => DocumentSpec })
  | (ResourceBase & { kind: 'text'; mime: string; body: string })
  | (ResourceBase & { kind: 'redirect'; status: 301 | 302; location: string })
  | (ResourceBase & { kind: 'status'; status: number })
  | (ResourceBase & { kind: 'huge'; bytes: number; mime: string; head: string });

export type Unreachability = 'closed-port' | 'start-500' | 'start-404';

export interface SimSite {
  code: string;
  name: string;
  template: SiteTemplateName;
  unreachable: Unreachability | null;
  /** Keyed by decoded path (åäö and spaces raw). */
  resources: Map<string, Resource>;
  menu: LinkSpec[];
  footer: { address: string; phone: string; email: string };
  cookieBanner: boolean;
  /** Appends ;jsessionid=… to page links: a URL-space trap unless stripped. */
  sessionIds: boolean;
  calendarPath: string;
  searchPath: string;
  deepTrapPrefix: string | null;
  robotsTxt: string | null;
}
