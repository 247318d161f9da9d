// The open-data downloads the api serves (plain files, so ordinary links rather than client calls).
export const openDataLinks = [
  { href: '/api/v1/public/league-table/inputs.csv', label: 'inputs.csv' },
  { href: '/api/v1/public/league-table/results.csv', label: 'results.csv' },
] as const;
