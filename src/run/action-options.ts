// The options commands hand to their actions: defined here, beside the actions, so that run/
// depends on no command-line library.

export interface GlobalOptions {
  data?: string;
  cache?: boolean;
  /** false with --no-color. */
  color?: boolean;
  /** --quiet: no message on success. */
  quiet?: boolean;
  /** --public: leave out records marked internal. */
  public?: boolean;
  /** --notes: the maintainers' notes in exports too. */
  notes?: boolean;
}

export interface OutputOptions {
  format?: string;
  output?: string;
  excel?: boolean;
  /** --wide: tables also show the record id. */
  wide?: boolean;
}
