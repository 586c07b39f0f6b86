using 'main.bicep'

// azd sets AZURE_ENV_NAME, AZURE_LOCATION and AZURE_PRINCIPAL_ID (whoever runs it); the rest are set with
// `azd env set NAME value` (README, "Deploying") and are optional.
param environmentName = readEnvironmentVariable('AZURE_ENV_NAME', 'feedback')
param location = readEnvironmentVariable('AZURE_LOCATION', 'eastasia')
param entraClientId = readEnvironmentVariable('FEEDBACK_ENTRA_CLIENT_ID', '')
param firstAdministrator = readEnvironmentVariable('FEEDBACK_FIRST_ADMINISTRATOR', readEnvironmentVariable('AZURE_PRINCIPAL_ID', ''))
param customMailDomain = readEnvironmentVariable('FEEDBACK_MAIL_DOMAIN', '')
param sendFromCustomMailDomain = bool(readEnvironmentVariable('FEEDBACK_SEND_FROM_MAIL_DOMAIN', 'false'))
param mailDataLocation = readEnvironmentVariable('FEEDBACK_MAIL_DATA_LOCATION', 'Asia Pacific')
param instanceMemoryMB = int(readEnvironmentVariable('FEEDBACK_INSTANCE_MEMORY_MB', '2048'))
param maximumInstanceCount = int(readEnvironmentVariable('FEEDBACK_MAX_INSTANCES', '40'))
