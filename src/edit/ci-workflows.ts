// The CI files `intl init` writes beside the data, so that the repository checks every change
// and publishes the site from the default branch without anyone setting anything up. Versions are
// pinned (intl itself through INTL_PACKAGE, actions to exact releases); no secrets are needed.

/** Where CI installs intl from, pinned: a comment says how to point it elsewhere. */
const pinned = (intlPackage: string) => `# Where intl is installed from, at a fixed version: change it to upgrade, or to a fork or tarball.
  INTL_PACKAGE: "${intlPackage}"`;

/** GitHub Actions: annotations on every push and pull request; the site to GitHub Pages from the default branch. */
export function githubWorkflow(intlPackage: string): string {
  const setUp = `      - uses: actions/checkout@v4.2.2
      - uses: actions/setup-node@v4.4.0
        with:
          node-version: 20
      - run: npm install --global "$INTL_PACKAGE"`;
  return `# Made by intl init. Checks the data on every push and pull request (problems show on the changed
# lines); on the default branch, builds the site and publishes it to GitHub Pages, again every night
# so that "upcoming" on the calendar page moves on with the date. Turn Pages on once:
# Settings > Pages > Source: GitHub Actions.
name: intl
on:
  push:
  pull_request:
  schedule:
    - cron: "17 3 * * *"
  workflow_dispatch:
permissions:
  contents: read
env:
  ${pinned(intlPackage)}
jobs:
  validate:
    runs-on: ubuntu-24.04
    steps:
${setUp}
      - run: intl validate --data . --format github
  site:
    needs: validate
    # Scheduled runs are on the default branch already (and their event names no repository).
    if: github.event_name == 'schedule' || (github.event_name != 'pull_request' && github.ref_name == github.event.repository.default_branch)
    runs-on: ubuntu-24.04
    steps:
${setUp}
      - run: intl site --data . -o public
      - uses: actions/upload-pages-artifact@v3.0.1
        with:
          path: public
  deploy:
    needs: site
    runs-on: ubuntu-24.04
    permissions:
      pages: write
      id-token: write
    environment:
      name: github-pages
      url: \${{ steps.deployment.outputs.page_url }}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v4.0.5
`;
}

/** GitLab CI: a Code Quality report on every push and merge request; the site to GitLab Pages from the default branch. */
export function gitlabCi(intlPackage: string): string {
  return `# Made by intl init. Checks the data on every push and merge request (problems show in the merge
# request's Code Quality widget); on the default branch, builds the site for GitLab Pages. A nightly
# pipeline schedule on the default branch (Build > Pipeline schedules) keeps "upcoming" current.
workflow:
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
    - if: $CI_COMMIT_BRANCH && $CI_OPEN_MERGE_REQUESTS
      when: never
    - if: $CI_COMMIT_BRANCH
variables:
  ${pinned(intlPackage)}
default:
  image: node:20-bookworm-slim
  before_script:
    - npm install --global "$INTL_PACKAGE"
stages:
  - validate
  - deploy
validate:
  stage: validate
  script:
    # The report for GitLab; on a problem, the same problems in words for the job log.
    - intl validate --data . --format gitlab > gl-code-quality-report.json || { intl validate --data .; exit 1; }
  artifacts:
    when: always
    reports:
      codequality: gl-code-quality-report.json
pages:
  stage: deploy
  script:
    - intl site --data . -o public
  artifacts:
    paths:
      - public
  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
`;
}
