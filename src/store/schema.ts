/**
 * Table shapes as Kysely sees them. Portable across SQLite and PostgreSQL:
 * booleans are 0/1 integers, JSON is text, times are ISO-8601 text.
 */
import type { Generated } from 'kysely';

export interface MunicipalityTable {
  code: string;
  name: string;
  county_code: string;
  county_name: string;
}

export interface RunTable {
  id: Generated<number>;
  year: number;
  status: string; // 'running' | 'completed' | 'failed'
  options_json: string;
  sites_key: string; // hash of the site list, to resume the same run
  started_at: string;
  finished_at: string | null;
}

export interface RunSiteTable {
  run_id: number;
  site_code: string;
  site_name: string;
  url: string;
  status: string; // 'pending' | 'running' | 'done' | 'unreachable'
  error: string | null;
  fetched: number;
  documents: number;
  errors: number;
  finished_at: string | null;
  /** 1 once a fetch of this run found a program valid in the run's year (migration 004). */
  goal_found: Generated<number>;
}

export interface FrontierTable {
  run_id: number;
  site_code: string;
  url: string;
  score: number;
  depth: number;
  referrer: string | null;
  anchor: string | null;
  via: string;
  done: number;
}

export interface FetchTable {
  id: Generated<number>;
  run_id: number;
  site_code: string;
  url: string;
  final_url: string;
  status: number | null;
  content_type: string | null;
  bytes: number;
  sha256: string | null;
  etag: string | null;
  last_modified: string | null;
  unchanged: number;
  error: string | null;
  fetched_at: string;
  duration_ms: number;
}

export interface DocumentTable {
  id: Generated<number>;
  municipality_code: string;
  url: string;
  sha256: string;
  format: string;
  title: string | null;
  page_count: number;
  scanned: number;
  warnings_json: string;
  /** 'crawl' | 'upload' | 'manual' */
  source: string;
  created_at: string;
}

export interface PageTable {
  document_id: number;
  page_no: number;
  text: string;
}

export interface ClassificationTable {
  document_id: number;
  classifier_version: string;
  is_program: number;
  program_type: string | null;
  title: string | null;
  valid_from: number | null;
  valid_to: number | null;
  regional_link: string | null;
  action_plan: string | null;
  sustainability: number | null;
  is_draft: number;
  needs_review: number;
  details_json: string;
  confidence_json: string;
  review_reasons_json: string;
  signals_json: string;
  classified_at: string;
}

export interface EvidenceTable {
  id: Generated<number>;
  document_id: number;
  aspect: string;
  quote: string;
  page: number;
}

/** Which run saw which document at which URL: the basis of a year's inventory. */
export interface SightingTable {
  run_id: number;
  document_id: number;
  site_code: string;
  url: string;
}

/** A document that failed extraction, recorded against its URL. */
export interface DocumentErrorTable {
  id: Generated<number>;
  run_id: number;
  site_code: string;
  url: string;
  code: string;
  message: string;
  created_at: string;
}

/**
 * Human review decisions, stored apart from machine output so re-runs can
 * never overwrite them. target: 'document' (field = a classification field)
 * or 'municipality' (field = 'noProgram' for a year).
 */
export interface ReviewTable {
  id: Generated<number>;
  target_type: string;
  target_id: string;
  year: number | null;
  field: string;
  value_json: string;
  reviewer: string;
  comment: string | null;
  created_at: string;
}

export interface Database {
  municipalities: MunicipalityTable;
  runs: RunTable;
  run_sites: RunSiteTable;
  frontier: FrontierTable;
  fetches: FetchTable;
  documents: DocumentTable;
  pages: PageTable;
  classifications: ClassificationTable;
  evidence: EvidenceTable;
  sightings: SightingTable;
  document_errors: DocumentErrorTable;
  reviews: ReviewTable;
}
