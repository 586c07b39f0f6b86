metadata description = 'Azure Communication Services with an Email service: an Azure-managed domain always, a company domain when one is named.'

@description('Communication Services name.')
param communicationName string

@description('Email service name.')
param emailServiceName string

@description('Where ACS keeps its data at rest (a geography, e.g. "Asia Pacific", "Europe", "United States").')
param dataLocation string

@description('A company mail domain (e.g. feedback.example.com) to verify and later send from; empty for none.')
param customDomain string

@description('Send from the company domain (only after its DNS records are verified in the portal).')
param sendFromCustomDomain bool

@description('Tags for the resources.')
param tags object

resource emailService 'Microsoft.Communication/emailServices@2025-05-01' = {
  name: emailServiceName
  location: 'global'
  tags: tags
  properties: {
    dataLocation: dataLocation
  }
}

resource managedDomain 'Microsoft.Communication/emailServices/domains@2025-05-01' = {
  parent: emailService
  name: 'AzureManagedDomain'
  location: 'global'
  tags: tags
  properties: {
    domainManagement: 'AzureManaged'
    userEngagementTracking: 'Disabled'
  }
}

resource companyDomain 'Microsoft.Communication/emailServices/domains@2025-05-01' = if (!empty(customDomain)) {
  parent: emailService
  name: empty(customDomain) ? 'none' : customDomain
  location: 'global'
  tags: tags
  properties: {
    domainManagement: 'CustomerManaged'
    userEngagementTracking: 'Disabled'
  }
}

var useCompanyDomain = !empty(customDomain) && sendFromCustomDomain

resource communication 'Microsoft.Communication/communicationServices@2025-05-01' = {
  name: communicationName
  location: 'global'
  tags: tags
  properties: {
    dataLocation: dataLocation
    linkedDomains: useCompanyDomain ? [managedDomain.id, companyDomain.id] : [managedDomain.id]
  }
}

output communicationId string = communication.id
output communicationName string = communication.name
output endpoint string = 'https://${communication.properties.hostName}'
output fromAddress string = useCompanyDomain ? 'DoNotReply@${customDomain}' : 'DoNotReply@${managedDomain.properties.mailFromSenderDomain}'
