#!/usr/bin/env bash
# Rewrites docs/api/openapi.json from the app's own OpenAPI document, then the console's types generated from it.
# Run after changing the staff or intake API (the solution must be built).
set -euo pipefail
cd "$(dirname "$0")/.."
UPDATE_OPENAPI=1 dotnet test Serverless.Feedback.sln --no-build -nologo --filter "FullyQualifiedName~ApiDocumentTests.Document_ComparedWithTheCheckedInFile_IsTheSame"
npm run --silent --workspace AdminSite api:types
