/**
 * The widest that help is laid out, at a terminal as in a pipe: lines of more than 80 characters
 * are hard to read, and the build renders the root help once at this width (quick-answer.ts).
 */
export const HELP_WIDTH = 80;
