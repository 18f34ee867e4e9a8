import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { writeCacheFile } from './data/cache-dir.js';

// Node 20 compiles every bundle from its source at each start (module.enableCompileCache came in
// Node 22). V8 can instead start from the code it compiled in an earlier run: each bundle runs
// through a vm.Script given the code cached after that run, which holds every function the run
// compiled. V8 itself refuses cached code from another V8 version or other flags; the header
// refuses code of another build of intl, whose bundle V8 would otherwise check by its length.
// The code is kept in base64 after the header: node reads a text file into a string without
// the buffer machinery that a binary read sets up (its first use costs a start more than the
// decoding does).

/** The length of the header before the code. */
const HEADER_BYTES = 64;

interface Loaded {
  module: { exports: Record<string, unknown> };
  script: Script;
  /** Whether the bundle ran without cached code, which then is to be saved. */
  compiled: boolean;
}

export class BundleLoader {
  private readonly loaded = new Map<string, Loaded>();

  /**
   * @param dist the folder of the bundles
   * @param cacheDir where compiled code is kept; none is read or written without it
   * @param build the build id
   */
  constructor(
    private readonly dist: string,
    private readonly cacheDir: string | undefined,
    private readonly build: string,
  ) {}

  /** The exports of dist/<name>.cjs, run once; its `require('./other.cjs')` loads the same way. */
  load(name: string): Record<string, unknown> {
    const known = this.loaded.get(name);
    if (known) return known.module.exports;
    const file = join(this.dist, `${name}.cjs`);
    const source = readFileSync(file, 'utf8');
    const cachedData = this.readCode(name);
    // The bundle is a function of exports, require, module, __filename and __dirname (scripts/build.js).
    const script = new Script(source, { filename: file, cachedData });
    const module = { exports: {} };
    this.loaded.set(name, { module, script, compiled: cachedData === undefined || script.cachedDataRejected === true });
    const requireHere = (id: string) => (id.startsWith('./') ? this.load(id.slice(2, -'.cjs'.length)) : require(id));
    (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, requireHere, module, file, this.dist);
    return module.exports;
  }

  /** Whether the run loaded dist/<name>.cjs. */
  has(name: string): boolean {
    return this.loaded.has(name);
  }

  /** Keeps the code of the bundles that were compiled in this run (those `keep` names), with all it compiled. */
  saveCode(keep: (name: string) => boolean = () => true): void {
    if (!this.cacheDir) return;
    for (const [name, { script, compiled }] of this.loaded) {
      if (compiled && keep(name)) writeCacheFile(this.codePath(name), Buffer.from(this.header() + script.createCachedData().toString('base64'), 'latin1'));
    }
  }

  private readCode(name: string): Buffer | undefined {
    if (!this.cacheDir) return undefined;
    try {
      const text = readFileSync(this.codePath(name), 'utf8');
      return text.slice(0, HEADER_BYTES) === this.header() ? Buffer.from(text.slice(HEADER_BYTES), 'base64') : undefined;
    } catch {
      return undefined;
    }
  }

  private codePath(name: string): string {
    return join(this.cacheDir!, 'code', `${name}.v8`);
  }

  /** The build, V8 and processor the code is for, in HEADER_BYTES of ASCII. */
  private header(): string {
    return `${`${this.build} ${process.versions.v8} ${process.arch}`.padEnd(HEADER_BYTES - 1).slice(0, HEADER_BYTES - 1)}\n`;
  }
}
