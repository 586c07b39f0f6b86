export default {
  heading: 'Reports',
  audience: 'The monthly summary and the complaint register cover every department: department heads and management may download them.',
  caseReportHint: 'A case’s corrective and preventive action report (8D) is downloaded from the case itself.',
  monthly: {
    heading: 'Monthly management summary',
    hint: 'Received, closed, open and overdue cases by category, severity, department and channel, on-time rates, causes and satisfaction, against earlier months (PDF).',
    month: 'Month',
    download: 'Download the summary',
    future: 'This month has not begun yet.',
  },
  register: {
    heading: 'Complaint register',
    hint: 'Every case received in the period, one row each, as a spreadsheet (CSV) or for printing (PDF).',
    from: 'From',
    to: 'To',
    format: 'Format',
    csv: 'CSV (spreadsheet)',
    pdf: 'PDF',
    download: 'Download the register',
    order: 'The last day must not come before the first.',
    tooLong: 'A register covers at most {days} days.',
  },
};
