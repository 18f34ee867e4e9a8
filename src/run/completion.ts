import { bashScript } from '../completion/bash.js';
import { fishScript } from '../completion/fish.js';
import type { ProgramSpec } from '../completion/spec.js';
import { zshScript } from '../completion/zsh.js';
import { writeStdout } from '../output/write-stdout.js';

const SCRIPTS = { bash: bashScript, zsh: zshScript, fish: fishScript };

/** Prints the completion script for a shell. */
export function completionAction(shell: keyof typeof SCRIPTS, spec: ProgramSpec): void {
  writeStdout(SCRIPTS[shell](spec));
}
