metadata description = 'Serverless.Feedback in Azure: one resource group with the function app on Flex Consumption, its storage, mail, telemetry and identity.'

targetScope = 'subscription'

@description('Name of the environment (azd: AZURE_ENV_NAME); names the resource group and tags everything.')
@minLength(1)
@maxLength(40)
param environmentName string

@description('Azure region of the resource group, the app, storage and telemetry (azd: AZURE_LOCATION).')
param location string

@description('Client id of the Entra app registration staff sign in with (scripts/entra-app.sh creates it); empty leaves staff sign-in off.')
param entraClientId string = ''

@description('Tenant of that app registration; the subscription\'s tenant unless given.')
param entraTenantId string = tenant().tenantId

@description('Entra object id or e-mail address of the first administrator, honoured only while the staff directory has no administrator.')
param firstAdministrator string = ''

@description('A company mail domain to add to the Email service (DNS records to verify it are shown in the portal); empty for none.')
param customMailDomain string = ''

@description('Send from the company mail domain instead of the Azure-managed one; set only after the domain is verified.')
param sendFromCustomMailDomain bool = false

@description('Where Communication Services keeps its data at rest.')
param mailDataLocation string = 'Asia Pacific'

@description('Memory of each function app instance, in MB: 512, 2048 or 4096.')
@minValue(512)
@maxValue(4096)
param instanceMemoryMB int = 2048

@description('The most instances the function app may scale out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Replication of the storage account that keeps the records.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSku string = 'Standard_GRS'

@description('Days a deleted or overwritten file can still be restored.')
@minValue(1)
@maxValue(365)
param recoveryDays int = 30

@description('A delete lock on the storage account (remove it deliberately before deleting the environment).')
param lockStorage bool = true

@description('Days Log Analytics keeps logs.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 30

var tags = {
  'azd-env-name': environmentName
  application: 'serverless-feedback'
}
var token = toLower(uniqueString(subscription().id, environmentName, location))
var names = {
  identity: 'id-${token}'
  storage: 'st${token}'
  workspace: 'log-${token}'
  appInsights: 'appi-${token}'
  communication: 'acs-${token}'
  emailService: 'ecs-${token}'
  plan: 'plan-${token}'
  site: 'func-${token}'
}
var serviceName = 'functions'
var deploymentContainer = 'app-package'

// What the app creates at start-up (each feature's AddStorageLayout); the tests compare these with the app.
var tables = [
  'CaseIndex'
  'Cases'
  'Customers'
  'FollowUps'
  'Heartbeat'
  'MailLog'
  'ReportFacts'
  'ReportStats'
  'Schedule'
  'Settings'
  'Staff'
  'Submissions'
  'Tracking'
]
var containers = [
  'attachments'
  'reports'
]
var appDefaults = loadJsonContent('../Functions/appsettings.json')
var queues = [
  appDefaults.IntakeQueue
  appDefaults.MailOutboxQueue
  appDefaults.ReportQueue
  appDefaults.CaseFollowThroughQueue
]

resource group 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  scope: group
  params: {
    location: location
    name: names.identity
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  scope: group
  params: {
    location: location
    workspaceName: names.workspace
    appInsightsName: names.appInsights
    retentionInDays: logRetentionDays
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  scope: group
  params: {
    location: location
    name: names.storage
    skuName: storageSku
    tables: tables
    queues: queues
    containers: containers
    deploymentContainer: deploymentContainer
    recoveryDays: recoveryDays
    lock: lockStorage
    tags: tags
  }
}

module email 'modules/email.bicep' = {
  scope: group
  params: {
    communicationName: names.communication
    emailServiceName: names.emailService
    dataLocation: mailDataLocation
    customDomain: customMailDomain
    sendFromCustomDomain: sendFromCustomMailDomain
    tags: tags
  }
}

module rbac 'modules/rbac.bicep' = {
  scope: group
  params: {
    identityName: names.identity
    storageName: names.storage
    appInsightsName: names.appInsights
    communicationName: names.communication
    environmentName: environmentName
  }
  dependsOn: [
    identity
    storage
    monitoring
    email
  ]
}

module functionApp 'modules/functionapp.bicep' = {
  scope: group
  params: {
    location: location
    planName: names.plan
    siteName: names.site
    serviceName: serviceName
    identityName: names.identity
    storageName: names.storage
    deploymentContainer: deploymentContainer
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    appInsightsConnectionString: monitoring.outputs.connectionString
    mailEndpoint: email.outputs.endpoint
    mailFromAddress: email.outputs.fromAddress
    entraClientId: entraClientId
    entraTenantId: entraTenantId
    firstAdministrator: firstAdministrator
    tags: tags
  }
  dependsOn: [
    identity
    storage
  ]
}

// azd keeps these in the environment (.azure/<name>/.env); scripts/entra-app.sh reads the URL.
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = group.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output FEEDBACK_URL string = functionApp.outputs.url
output FEEDBACK_STORAGE_ACCOUNT string = storage.outputs.name
output FEEDBACK_APPLICATION_INSIGHTS string = monitoring.outputs.appInsightsName
output FEEDBACK_LOG_ANALYTICS string = monitoring.outputs.workspaceName
output FEEDBACK_MAIL_FROM string = email.outputs.fromAddress
output FEEDBACK_MAIL_SENDER_ROLE string = rbac.outputs.mailSenderRoleId
