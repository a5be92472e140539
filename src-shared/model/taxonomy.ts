/** TBM Taxonomy v4 cost pools and towers, the default taxonomy of a new workbook. */
export const TBM_COST_POOLS = [
  ['CP-INTLAB', 'Internal Labor'],
  ['CP-EXTLAB', 'External Labor'],
  ['CP-OUTSVC', 'Outside Services'],
  ['CP-HW', 'Hardware'],
  ['CP-SW', 'Software'],
  ['CP-FAC', 'Facilities & Power'],
  ['CP-TEL', 'Telecom'],
  ['CP-OTHER', 'Other'],
] as const;

export const TBM_TOWERS = [
  ['TW-DC', 'Data Center'],
  ['TW-COMP', 'Compute'],
  ['TW-STOR', 'Storage'],
  ['TW-NET', 'Network'],
  ['TW-PLAT', 'Platform'],
  ['TW-OUT', 'Output'],
  ['TW-EU', 'End User'],
  ['TW-APP', 'Application'],
  ['TW-DEL', 'Delivery'],
  ['TW-SEC', 'Security & Compliance'],
  ['TW-ITM', 'IT Management'],
] as const;

/** ISO 4217 minor units for the currencies a new workbook knows. */
export const DEFAULT_CURRENCIES = [
  ['USD', 'US Dollar', 2],
  ['EUR', 'Euro', 2],
  ['GBP', 'Pound Sterling', 2],
  ['CHF', 'Swiss Franc', 2],
  ['CAD', 'Canadian Dollar', 2],
  ['AUD', 'Australian Dollar', 2],
  ['JPY', 'Yen', 0],
  ['INR', 'Indian Rupee', 2],
  ['SEK', 'Swedish Krona', 2],
  ['BHD', 'Bahraini Dinar', 3],
] as const;
