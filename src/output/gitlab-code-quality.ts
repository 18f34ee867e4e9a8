import type { CiProblem } from './ci-problems.js';

// GitLab's Code Quality report: a JSON array of issues with description, check_name, fingerprint,
// severity (info, minor, major, critical, blocker) and location.path + location.lines.begin.
export function gitlabCodeQuality(problems: CiProblem[]): string {
  const issues = problems.map((p) => ({
    description: p.text,
    check_name: p.code,
    fingerprint: p.fingerprint,
    severity: p.severity === 'error' ? 'major' : 'minor',
    location: { path: p.file, lines: { begin: p.line } },
  }));
  return `${JSON.stringify(issues, null, 2)}\n`;
}
