#!/usr/bin/env bash
# Runs every test in the solution against a real Azurite (started by the tests on free loopback ports)
# and Debian's Chromium. Installs what is missing first.
#   ./test.sh --fast    only the unit tests: no process, server, storage or browser (docs/adr/0060-tests-by-kind.md)
#   ./test.sh --filter "Kind=storage|Kind=app"    any other dotnet test arguments, e.g. one kind or one class
set -euo pipefail
cd "$(dirname "$0")"
source scripts/setup.sh

require_tools
apt_install chromium qpdf poppler-utils zip
npm_install
build_console
build_dotnet

export FEEDBACK_CHROMIUM="${FEEDBACK_CHROMIUM:-$(command -v chromium)}"
if [[ "${1:-}" == "--fast" ]]; then
  shift
  say "Running the unit tests"
  set -- --filter "Kind!=storage&Kind!=app&Kind!=browser&Kind!=packaging" "$@"
else
  say "Running the tests"
fi
dotnet test Serverless.Feedback.sln --no-build -nologo --logger "console;verbosity=minimal" "$@"
