metadata description = 'The Flex Consumption plan and the function app (dotnet-isolated 10.0), every app setting the app and the Functions host read, and App Service Authentication for staff.'

@description('Azure region.')
param location string

@description('Plan name.')
param planName string

@description('Function app name.')
param siteName string

@description('The service name azd deploys the Functions project to (tag azd-service-name).')
param serviceName string

@description('Name of the user-assigned identity the app runs as.')
param identityName string

@description('Name of the storage account.')
param storageName string

@description('Container the plan deploys the package from.')
param deploymentContainer string

@description('Memory of each instance, in MB: 512, 2048 or 4096.')
@minValue(512)
@maxValue(4096)
param instanceMemoryMB int

@description('The most instances the app may scale out to.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int

@description('Application Insights connection string (an address and a resource id; ingestion needs an Entra token).')
param appInsightsConnectionString string

@description('Communication Services endpoint, e.g. https://name.asiapacific.communication.azure.com.')
param mailEndpoint string

@description('The address mail is sent from (a sender of a domain linked to Communication Services).')
param mailFromAddress string

@description('Client id of the Entra app registration staff sign in with; empty leaves sign-in off.')
param entraClientId string

@description('Tenant of that app registration.')
param entraTenantId string

@description('Entra object id or e-mail address of the person who becomes the first administrator while the staff directory has none; empty for nobody.')
param firstAdministrator string

@description('Tags for the resources.')
param tags object

// Queue names and timer schedules are the ones the app ships with: the Functions host expands them from app
// settings only, so they must be set here, and reading them from the app keeps the two from drifting.
var appDefaults = loadJsonContent('../../Functions/appsettings.json')

var storageEndpoints = {
  blob: 'https://${storageName}.blob.${environment().suffixes.storage}/'
  queue: 'https://${storageName}.queue.${environment().suffixes.storage}/'
  table: 'https://${storageName}.table.${environment().suffixes.storage}/'
}
var identityClientId = identity.properties.clientId

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' existing = {
  name: identityName
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: siteName
  location: location
  tags: union(tags, { 'azd-service-name': serviceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storageEndpoints.blob}${deploymentContainer}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identity.id
          }
        }
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

// Deployments use Entra tokens; no publishing user name and password exist.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'scm'
  properties: {
    allow: false
  }
}

resource appSettings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: site
  name: 'appsettings'
  properties: union(
    {
      // The host's own storage (leases, timer schedule monitor) and the connection the queue triggers name ("Storage"),
      // both through the user-assigned identity.
      AzureWebJobsStorage__blobServiceUri: storageEndpoints.blob
      AzureWebJobsStorage__queueServiceUri: storageEndpoints.queue
      AzureWebJobsStorage__tableServiceUri: storageEndpoints.table
      AzureWebJobsStorage__credential: 'managedidentity'
      AzureWebJobsStorage__clientId: identityClientId
      Storage__blobServiceUri: storageEndpoints.blob
      Storage__queueServiceUri: storageEndpoints.queue
      Storage__tableServiceUri: storageEndpoints.table
      Storage__credential: 'managedidentity'
      Storage__clientId: identityClientId

      IntakeQueue: appDefaults.IntakeQueue
      MailOutboxQueue: appDefaults.MailOutboxQueue
      ReportQueue: appDefaults.ReportQueue
      CaseFollowThroughQueue: appDefaults.CaseFollowThroughQueue

      // Timers run in UTC on Flex Consumption; business time comes from the company calendar.
      HeartbeatSchedule: appDefaults.HeartbeatSchedule
      MonthlySummarySchedule: appDefaults.MonthlySummarySchedule
      DeadlineSweepSchedule: appDefaults.DeadlineSweepSchedule
      CustomerAnswerFollowUpSchedule: appDefaults.CustomerAnswerFollowUpSchedule
      VerificationFollowUpSchedule: appDefaults.VerificationFollowUpSchedule
      FollowUpSurveySchedule: appDefaults.FollowUpSurveySchedule
      AnnualSurveySchedule: appDefaults.AnnualSurveySchedule
      MailboxSchedule: appDefaults.MailboxSchedule

      Mail__Sender: 'Acs'
      Mail__FromAddress: mailFromAddress
      Mail__Acs__Endpoint: mailEndpoint
      Mail__Acs__UseManagedIdentity: 'true'
      Mail__Acs__ClientId: identityClientId

      PublicSite__BaseUrl: 'https://${site.properties.defaultHostName}'

      APPLICATIONINSIGHTS_CONNECTION_STRING: appInsightsConnectionString
      APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'Authorization=AAD;ClientId=${identityClientId}'
    },
    empty(firstAdministrator) ? {} : { Identity__FirstAdministrator: firstAdministrator },
    // Staff not yet bound to an object id are found by e-mail only when the principal comes from this tenant.
    empty(entraClientId) ? {} : { Identity__TenantId: entraTenantId }
  )
}

// Staff sign in with Entra ID; everyone else passes through unauthenticated (the public pages), and the app itself
// demands a staff principal on /console and /api/staff. Only the platform's principal header reaches the app.
resource authSettings 'Microsoft.Web/sites/config@2025-03-01' = if (!empty(entraClientId)) {
  parent: site
  name: 'authsettingsV2'
  properties: {
    platform: {
      enabled: true
    }
    globalValidation: {
      requireAuthentication: false
      unauthenticatedClientAction: 'AllowAnonymous'
    }
    httpSettings: {
      requireHttps: true
    }
    login: {
      tokenStore: {
        enabled: false
      }
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          clientId: entraClientId
          openIdIssuer: '${environment().authentication.loginEndpoint}${entraTenantId}/v2.0'
        }
      }
    }
  }
}

output name string = site.name
output defaultHostName string = site.properties.defaultHostName
output url string = 'https://${site.properties.defaultHostName}'
