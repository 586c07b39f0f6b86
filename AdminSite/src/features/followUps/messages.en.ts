export default {
  heading: 'Tier-A customers due for a visit',
  hint: 'Every customer is contacted twice a year; tier-A customers in person. Log the visit on the customer’s page and they leave this list until the next one is due.',
  name: 'Customer',
  company: 'Company',
  phone: 'Phone',
  language: 'Language',
  lastContact: 'Last contact',
  dueSince: 'Due since',
  empty: 'No tier-A customer is due for a visit.',
  failed: 'The visits due could not be loaded.',
  count: '{count} due',
};
