#!/bin/sh
# The site's browser test, run by Maven's integration-test phase (course/pom.xml):
#   run.sh SITE_DIR REPORT_DIR PLAN_FILE [FIXTURE_SITE_DIR FIXTURE_PLAN_FILE]
# Installs playwright-core from the lock file when missing (it drives Debian's Chromium: no browser is
# downloaded), then runs site.test.mjs with node's test runner over the site and, when it was built, the
# fixture course's site (course/tools' tests build it).
set -eu
cd "$(dirname "$0")"
site=$1
reports=$2
plan=$3
major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$major" -lt 20 ]; then
    echo "browser test: needs Node.js 20 or newer (playwright-core's requirement); found: $(node --version 2>/dev/null || echo none)" >&2
    exit 1
fi
if [ ! -f node_modules/playwright-core/package.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund --loglevel=error
fi
SITES="site=$site=$plan"
if [ $# -ge 5 ] && [ -f "$5" ]; then
    SITES="$SITES;fixture=$4=$5"
else
    echo "browser test: no fixture site (course/tools' tests build it); testing the course site only"
fi
mkdir -p "$reports"
export SITES REPORTS="$reports"
exec node --test --test-reporter=spec site.test.mjs
