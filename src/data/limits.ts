/** Bounds that keep a hostile or broken data file from hanging the tool or exhausting memory. */
export const LIMITS = {
  /** YAML aliases expanded per file: stops "billion laughs" documents. */
  maxAliasCount: 100,
  /** Levels of nested lists and mappings: real records need four or five. */
  maxDepth: 64,
  /** Bytes per data file. */
  maxFileBytes: 32 * 1024 * 1024,
} as const;
