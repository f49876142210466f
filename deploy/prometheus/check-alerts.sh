#!/bin/sh
# Checks the alerting rules and runs their unit tests with promtool (Debian's `prometheus` package);
# exits 3 (skipped) where promtool is missing.
set -eu
cd "$(dirname "$0")"
if ! command -v promtool >/dev/null 2>&1; then
  echo "promtool not found: install Debian's prometheus package (scripts/bootstrap.sh --browser does)"
  exit 3
fi
promtool check rules alerts.yml
promtool test rules alerts.test.yml
