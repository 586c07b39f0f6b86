#!/usr/bin/env bash
# Runs every test in the solution against a real Azurite (started by the tests on free loopback ports)
# and Debian's Chromium. Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/setup.sh

require_tools
apt_install chromium qpdf poppler-utils zip
npm_install
build_console
build_dotnet

export FEEDBACK_CHROMIUM="${FEEDBACK_CHROMIUM:-$(command -v chromium)}"
say "Running the tests"
dotnet test Serverless.Feedback.sln --no-build -nologo --logger "console;verbosity=minimal" "$@"
