#!/bin/sh
# Installs what the README's two commands need on a machine that has only Node.js and npm:
# pnpm at the version package.json pins, the locked dependencies, and with --browser Chromium and promtool.
set -eu
cd "$(dirname "$0")/.."

want=$(node -p "require('./package.json').packageManager.split('@')[1]")
if [ "$(pnpm --version 2>/dev/null || true)" != "$want" ]; then
  echo "Installing pnpm $want…"
  npm install --global --no-fund --no-audit "pnpm@$want" >/dev/null
fi

pnpm install --frozen-lockfile --prefer-offline

if [ "${1:-}" = "--browser" ] && [ ! -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then
  echo "Installing Chromium from Debian…"
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi

# promtool, for the alerting rules' check and unit tests (deploy/prometheus), from Debian's prometheus package.
if [ "${1:-}" = "--browser" ] && ! command -v promtool >/dev/null 2>&1; then
  echo "Installing promtool (Debian's prometheus package)…"
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends prometheus >/dev/null
fi
