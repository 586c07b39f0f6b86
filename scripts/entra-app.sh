#!/usr/bin/env bash
# Registers the Entra ID application staff sign in with (App Service Authentication in front of the function app)
# and hands its client id to azd. Run once after the first `azd up`, then `azd provision` turns sign-in on.
#
#   scripts/entra-app.sh                                        the app of the current azd environment (FEEDBACK_URL)
#   scripts/entra-app.sh https://func-xxxx.azurewebsites.net    any deployment (without azd: pass the client id it
#                                                                prints to the templates as entraClientId)
#
# Needs the Azure CLI signed in (`az login`) as someone allowed to register applications in the tenant. The
# registration has no secret: sign-in uses ID tokens only, and the app keeps no tokens.
set -euo pipefail

url="${1:-}"
if [ -z "$url" ]; then
  command -v azd >/dev/null || { echo "Give the app's URL, e.g. scripts/entra-app.sh https://func-xxxx.azurewebsites.net" >&2; exit 1; }
  url="$(azd env get-value FEEDBACK_URL)"
fi
url="${url%/}"
host="${url#https://}"
name="Serverless Feedback staff ($host)"
callback="$url/.auth/login/aad/callback"

app_id="$(az ad app list --display-name "$name" --query "[0].appId" -o tsv)"
if [ -z "$app_id" ]; then
  app_id="$(az ad app create --display-name "$name" --sign-in-audience AzureADMyOrg \
    --web-redirect-uris "$callback" --enable-id-token-issuance true --query appId -o tsv)"
  echo "Registered '$name' ($app_id)"
else
  az ad app update --id "$app_id" --web-redirect-uris "$callback" --enable-id-token-issuance true
  echo "Updated '$name' ($app_id)"
fi
# Users of the tenant sign in to it as to any company application (an enterprise application must exist for that).
az ad sp show --id "$app_id" >/dev/null 2>&1 || az ad sp create --id "$app_id" >/dev/null

if [ -z "${1:-}" ]; then
  azd env set FEEDBACK_ENTRA_CLIENT_ID "$app_id"
  echo "Stored FEEDBACK_ENTRA_CLIENT_ID in the azd environment; run 'azd provision' to turn staff sign-in on."
else
  echo "Client id: $app_id (the templates' entraClientId parameter)"
fi
