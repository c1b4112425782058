import type { WriteSummary } from 'shared/db';
import type { ColumnMapping, ImportIssue, MappingOverride, ParseStats } from 'shared/import';

/** Choices the user makes on the review screen; the worker parses again with them. */
export interface ParseChoices {
  mapping?: MappingOverride;
  dateOrder?: 'DMY' | 'MDY';
}

/** What the review screen shows: the detected mapping, the first rows, the issues, the counts. */
export interface Review {
  fileName: string;
  encoding: string;
  mapping: ColumnMapping;
  /** Header texts of the main table (merged headers resolved), indexed like mapping columns. */
  headers: string[];
  /** The first data rows below the header, as text. */
  preview: string[][];
  issues: ImportIssue[];
  stats: ParseStats;
  /** The mapping the parse used (a saved profile, then the user's corrections). */
  mappingUsed: MappingOverride;
  /** A saved profile for this header set was applied; its source file. */
  profileSource: string | null;
  /** The file's dates need a day-first / month-first choice. */
  dateOrderNeeded: boolean;
  dateOrder: 'DMY' | 'MDY' | null;
  /** Something would be imported. */
  importable: boolean;
  parseMs: number;
}

export type WorkerRequest =
  | { type: 'open'; bytes: ArrayBuffer; fileName: string }
  | { type: 'parse'; choices: ParseChoices }
  | { type: 'write'; mode: 'merge' | 'replace'; now: number };

export type ImportPhase = 'read' | 'parse' | 'write';

export type WorkerEvent =
  | { type: 'progress'; phase: ImportPhase; done: number; total: number }
  | { type: 'parsed'; review: Review }
  | { type: 'written'; summary: WriteSummary; writeMs: number }
  | { type: 'failed'; reason: string };
