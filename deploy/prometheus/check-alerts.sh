#!/bin/sh
# Checks the alerting rules and runs their unit tests with promtool (Debian's `prometheus` package);
# where promtool is missing, exits 3 (skipped) on a workstation and 1 (failed) in CI (CI=true), where the
# rules must be checked.
set -eu
cd "$(dirname "$0")"
if ! command -v promtool >/dev/null 2>&1; then
  echo "promtool not found: install Debian's prometheus package (scripts/bootstrap.sh --browser does)"
  if [ "${CI:-}" = "true" ]; then exit 1; fi
  exit 3
fi
promtool check rules alerts.yml
promtool test rules alerts.test.yml
