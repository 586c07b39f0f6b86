#!/usr/bin/env bash
# Runs the Bicep CLI the tests use (Azure.Bicep.CommandLine.linux-x64 from NuGet, version in Directory.Packages.props),
# restoring it first when it is not in the NuGet cache yet. Example: scripts/bicep.sh lint infra/main.bicep
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
version="$(sed -n 's:.*<BicepCliVersion>\(.*\)</BicepCliVersion>.*:\1:p' "$root/Directory.Packages.props")"
packages="$(dotnet nuget locals global-packages --list | sed 's/^global-packages: //')"
bicep="${packages%/}/azure.bicep.commandline.linux-x64/$version/tools/bicep"
if [ ! -x "$bicep" ]; then
  dotnet restore "$root/Functions.Tests" -nologo -v quiet >&2
fi
exec "$bicep" "$@"
