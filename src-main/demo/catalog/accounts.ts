import type { ExpenseType } from '../../../src-shared/model';

/**
 * A chart of accounts for IT spend: 6xxx expense accounts (OpEx) and 17xx asset accounts
 * (CapEx) grouped by the TBM cost pool they feed. The pool is used only to keep generated
 * combinations coherent (a laptop goes to a Hardware account).
 */
export interface AccountSpec {
  code: string;
  name: string;
  expenseType: ExpenseType;
  pool: string;
}

const A = (code: string, name: string, pool: string, expenseType: ExpenseType = 'OpEx'): AccountSpec => ({
  code,
  name,
  expenseType,
  pool,
});

export const ACCOUNTS: readonly AccountSpec[] = [
  A('6100-010', 'Salaries - IT Staff', 'CP-INTLAB'),
  A('6100-020', 'Overtime & On-call', 'CP-INTLAB'),
  A('6100-030', 'Bonuses & Incentives', 'CP-INTLAB'),
  A('6100-040', 'Payroll Taxes', 'CP-INTLAB'),
  A('6100-050', 'Employee Benefits', 'CP-INTLAB'),
  A('6100-060', 'Training & Certification', 'CP-INTLAB'),
  A('6100-070', 'Travel & Expenses', 'CP-INTLAB'),
  A('6100-080', 'Recruitment Fees', 'CP-INTLAB'),
  A('1720-030', 'Capitalised Internal Labour', 'CP-INTLAB', 'CapEx'),
  A('6200-010', 'Contractors - Time & Materials', 'CP-EXTLAB'),
  A('6200-020', 'Staff Augmentation', 'CP-EXTLAB'),
  A('6200-030', 'Consulting - Fixed Fee', 'CP-EXTLAB'),
  A('6200-040', 'Professional Services - Projects', 'CP-EXTLAB'),
  A('1720-040', 'Capitalised External Labour', 'CP-EXTLAB', 'CapEx'),
  A('6300-010', 'Managed Services', 'CP-OUTSVC'),
  A('6300-020', 'Cloud Infrastructure (IaaS)', 'CP-OUTSVC'),
  A('6300-030', 'Cloud Platform (PaaS)', 'CP-OUTSVC'),
  A('6300-040', 'Colocation & Hosting', 'CP-OUTSVC'),
  A('6300-050', 'Managed Security Services', 'CP-OUTSVC'),
  A('6300-060', 'Managed Print Services', 'CP-OUTSVC'),
  A('6300-070', 'Third-party Support', 'CP-OUTSVC'),
  A('6300-080', 'Incident Response Retainer', 'CP-OUTSVC'),
  A('6400-010', 'Hardware Maintenance', 'CP-HW'),
  A('6400-020', 'End-User Devices (Expensed)', 'CP-HW'),
  A('6400-030', 'Peripherals & Accessories', 'CP-HW'),
  A('6400-040', 'Network Equipment (Expensed)', 'CP-HW'),
  A('6400-050', 'Hardware Leases', 'CP-HW'),
  A('6400-060', 'Spare Parts', 'CP-HW'),
  A('1710-010', 'Servers', 'CP-HW', 'CapEx'),
  A('1710-020', 'Storage Arrays', 'CP-HW', 'CapEx'),
  A('1710-030', 'Network Equipment', 'CP-HW', 'CapEx'),
  A('1710-040', 'End-User Devices', 'CP-HW', 'CapEx'),
  A('1710-050', 'Security Appliances', 'CP-HW', 'CapEx'),
  A('6500-010', 'Software Subscriptions (SaaS)', 'CP-SW'),
  A('6500-020', 'Software Maintenance & Support', 'CP-SW'),
  A('6500-030', 'Software Licences (Expensed)', 'CP-SW'),
  A('6500-040', 'Licence True-up', 'CP-SW'),
  A('6500-050', 'Developer Tools & Marketplace', 'CP-SW'),
  A('1720-010', 'Software Licences (Capitalised)', 'CP-SW', 'CapEx'),
  A('1720-020', 'Implementation Costs (Capitalised)', 'CP-SW', 'CapEx'),
  A('6600-010', 'Data Center Power', 'CP-FAC'),
  A('6600-020', 'Data Center Rent', 'CP-FAC'),
  A('6600-030', 'Cooling & Environmental', 'CP-FAC'),
  A('6600-040', 'Facilities Maintenance', 'CP-FAC'),
  A('1730-010', 'Data Center Improvements', 'CP-FAC', 'CapEx'),
  A('6700-010', 'WAN Circuits', 'CP-TEL'),
  A('6700-020', 'Internet Access', 'CP-TEL'),
  A('6700-030', 'Mobile Voice & Data', 'CP-TEL'),
  A('6700-040', 'Fixed Voice & SIP Trunks', 'CP-TEL'),
  A('6700-050', 'Contact Center Telephony', 'CP-TEL'),
  A('6700-060', 'Conferencing Services', 'CP-TEL'),
  A('6800-010', 'Memberships & Research', 'CP-OTHER'),
  A('6800-020', 'Audit & Certification Fees', 'CP-OTHER'),
  A('6800-030', 'Cyber Insurance', 'CP-OTHER'),
  A('6800-040', 'Office Supplies', 'CP-OTHER'),
  A('6800-050', 'Printing Consumables', 'CP-OTHER'),
  A('6800-060', 'Shipping & Logistics', 'CP-OTHER'),
  A('6800-070', 'Legal Fees - IT Contracts', 'CP-OTHER'),
  A('6800-080', 'Bank & Payment Fees', 'CP-OTHER'),
  A('6800-090', 'Miscellaneous IT Expense', 'CP-OTHER'),
];
