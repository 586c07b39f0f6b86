metadata description = 'The one user-assigned identity the function app, its host and its deployment use for storage, mail and telemetry.'

@description('Azure region.')
param location string

@description('Resource name.')
param name string

@description('Tags for the resource.')
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output name string = identity.name
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
