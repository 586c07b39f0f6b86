metadata description = 'The storage account: the app\'s tables, queues and blob containers, the host\'s own blobs and the deployment package. Entra ID only (no shared keys).'

@description('Azure region.')
param location string

@description('Storage account name (3-24 lowercase letters and digits).')
param name string

@description('Replication: records are kept for years, so geo-redundant by default.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param skuName string

@description('Tables the app creates at start-up.')
param tables string[]

@description('Queues the app sends to and its functions trigger on; each gets its -poison queue.')
param queues string[]

@description('Blob containers the app keeps files in.')
param containers string[]

@description('Container the Flex Consumption plan deploys the app package from.')
param deploymentContainer string

@description('Days a deleted or overwritten blob (and a deleted container) can be restored. Current blobs are never deleted by the platform.')
@minValue(1)
@maxValue(365)
param recoveryDays int

@description('Put a delete lock on the account, so the records cannot go with a resource group.')
param lock bool

@description('Tags for the resources.')
param tags object

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    accessTier: 'Hot'
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-01-01' = {
  parent: storage
  name: 'default'
  properties: {
    isVersioningEnabled: true
    deleteRetentionPolicy: {
      enabled: true
      days: recoveryDays
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: recoveryDays
    }
  }
}

resource blobContainers 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = [
  for container in union(containers, [deploymentContainer]): {
    parent: blobService
    name: container
    properties: {
      publicAccess: 'None'
    }
  }
]

// Versions exist only for overwritten or deleted blobs; once the recovery window is over they go, so a file
// deleted on purpose (a customer's anonymised attachments) does not linger. Current blobs have no rule at all.
resource lifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2025-01-01' = {
  parent: storage
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'previous-versions-after-recovery-window'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: [
                'blockBlob'
              ]
            }
            actions: {
              version: {
                delete: {
                  daysAfterCreationGreaterThan: recoveryDays
                }
              }
            }
          }
        }
      ]
    }
  }
  dependsOn: [
    blobService
  ]
}

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2025-01-01' = {
  parent: storage
  name: 'default'
}

resource storageQueues 'Microsoft.Storage/storageAccounts/queueServices/queues@2025-01-01' = [
  for queue in flatten(map(queues, q => [q, '${q}-poison'])): {
    parent: queueService
    name: queue
  }
]

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2025-01-01' = {
  parent: storage
  name: 'default'
}

resource storageTables 'Microsoft.Storage/storageAccounts/tableServices/tables@2025-01-01' = [
  for table in tables: {
    parent: tableService
    name: table
  }
]

resource deleteLock 'Microsoft.Authorization/locks@2020-05-01' = if (lock) {
  scope: storage
  name: 'keep-records'
  properties: {
    level: 'CanNotDelete'
    notes: 'Complaint records are kept at least 10 years; remove this lock deliberately before deleting the account.'
  }
}

output name string = storage.name
