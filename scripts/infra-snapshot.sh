#!/usr/bin/env bash
# Compares infra/ with the committed snapshot of what it deploys (infra/main.snapshot.json), or rewrites the snapshot
# after an intended change:
#   scripts/infra-snapshot.sh            validate (what the tests run; prints the differences and fails)
#   scripts/infra-snapshot.sh --update   overwrite; review the diff of infra/main.snapshot.json and commit it
# The inputs are fixed here, not taken from your shell or azd environment, so everyone gets the same snapshot:
# the fullest deployment (staff sign-in, first administrator, a company mail domain) in a placeholder subscription.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=validate
[ "${1:-}" = "--update" ] && mode=overwrite
bicep="${BICEP:-scripts/bicep.sh}"
exec env -i PATH="$PATH" HOME="$HOME" \
  AZURE_ENV_NAME=feedback \
  AZURE_LOCATION=eastasia \
  FEEDBACK_ENTRA_CLIENT_ID=11111111-1111-1111-1111-111111111111 \
  FEEDBACK_FIRST_ADMINISTRATOR=22222222-2222-2222-2222-222222222222 \
  FEEDBACK_MAIL_DOMAIN=feedback.example.com \
  "$bicep" snapshot infra/main.bicepparam --mode "$mode" \
  --subscription-id 00000000-0000-0000-0000-000000000001 \
  --tenant-id 00000000-0000-0000-0000-000000000002 \
  --location eastasia \
  --deployment-name feedback
