#!/usr/bin/env bash
# Builds the package Flex Consumption deploys: the staff console, `dotnet publish Functions -c Release` (the isolated
# worker's layout, with its hidden .azurefunctions/ folder) and a zip of that folder with the files at its root.
#
#   scripts/package.sh                  artifacts/functionapp/ and artifacts/functionapp.zip
#   scripts/package.sh --output DIR     DIR/functionapp/ and DIR/functionapp.zip
#   scripts/package.sh --console-only   only the console (azd's prepackage hook: azd publishes and zips itself)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

out=artifacts
console_only=false
while [ $# -gt 0 ]; do
  case "$1" in
    --output) out="$2"; shift 2 ;;
    --console-only) console_only=true; shift ;;
    *) fail "Unknown option $1 (use --output DIR or --console-only)" ;;
  esac
done

require_tools
npm_install
build_console
$console_only && exit 0

apt_install zip
mkdir -p "$out"
out="$(cd "$out" && pwd)"
rm -rf "$out/functionapp" "$out/functionapp.zip"
say "Publishing the function app to $out/functionapp"
dotnet publish Functions -c Release -o "$out/functionapp" -nologo -clp:ErrorsOnly -warnaserror
# -X leaves out file-system extras; run inside the folder so host.json and functions.metadata sit at the zip's root.
(cd "$out/functionapp" && zip -q -r -X "$out/functionapp.zip" .)
say "Package: $out/functionapp.zip"
