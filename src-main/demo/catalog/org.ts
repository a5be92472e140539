/**
 * The demo organisation: five IT departments, each a small cost-center tree with named
 * owners. Codes follow the naming standard in src-shared/validation/codes.ts.
 */
export interface DepartmentSpec {
  code: string;
  name: string;
  owner: string;
}

export interface CostCenterSpec {
  code: string;
  name: string;
  department: string;
  /** Parent cost-center code inside the same department; null at the top. */
  parent: string | null;
  owner: string;
}

export const DEPARTMENTS: readonly DepartmentSpec[] = [
  { code: 'INFRA', name: 'Infrastructure', owner: 'Marta Kowalski' },
  { code: 'APPS', name: 'Application Support', owner: 'Daniel Okafor' },
  { code: 'CYBER', name: 'Cybersecurity', owner: 'Priya Raman' },
  { code: 'EUS', name: 'End-User Services', owner: 'Lukas Brandt' },
  { code: 'DATA', name: 'Data & Analytics', owner: 'Sofia Almeida' },
];

export const COST_CENTERS: readonly CostCenterSpec[] = [
  { code: 'CC-1000', name: 'Infrastructure Management', department: 'INFRA', parent: null, owner: 'Marta Kowalski' },
  { code: 'CC-1100', name: 'Data Center Operations', department: 'INFRA', parent: 'CC-1000', owner: 'Henrik Larsen' },
  { code: 'CC-1200', name: 'Cloud Platforms', department: 'INFRA', parent: 'CC-1000', owner: 'Aisha Bello' },
  { code: 'CC-1300', name: 'Network Engineering', department: 'INFRA', parent: 'CC-1000', owner: 'Tomás Ruiz' },
  { code: 'CC-1310', name: 'WAN & Telecom', department: 'INFRA', parent: 'CC-1300', owner: 'Grace Liu' },
  { code: 'CC-1400', name: 'Storage & Backup', department: 'INFRA', parent: 'CC-1000', owner: 'Oliver Grant' },
  { code: 'CC-1500', name: 'Compute & Virtualisation', department: 'INFRA', parent: 'CC-1000', owner: 'Nadia Haddad' },
  { code: 'CC-2000', name: 'Application Support Management', department: 'APPS', parent: null, owner: 'Daniel Okafor' },
  { code: 'CC-2100', name: 'ERP Applications', department: 'APPS', parent: 'CC-2000', owner: 'Ingrid Svensson' },
  { code: 'CC-2110', name: 'HR & Payroll Systems', department: 'APPS', parent: 'CC-2100', owner: 'Marco Bianchi' },
  { code: 'CC-2200', name: 'CRM & Sales Applications', department: 'APPS', parent: 'CC-2000', owner: 'Chloé Martin' },
  { code: 'CC-2300', name: 'Collaboration Applications', department: 'APPS', parent: 'CC-2000', owner: 'Kwame Mensah' },
  { code: 'CC-2400', name: 'Integration & Middleware', department: 'APPS', parent: 'CC-2000', owner: 'Yuki Tanaka' },
  { code: 'CC-3000', name: 'Cybersecurity Office', department: 'CYBER', parent: null, owner: 'Priya Raman' },
  {
    code: 'CC-3100',
    name: 'Security Operations Center',
    department: 'CYBER',
    parent: 'CC-3000',
    owner: 'Ethan Brooks',
  },
  {
    code: 'CC-3200',
    name: 'Identity & Access Management',
    department: 'CYBER',
    parent: 'CC-3000',
    owner: 'Leila Farahani',
  },
  {
    code: 'CC-3300',
    name: 'Governance, Risk & Compliance',
    department: 'CYBER',
    parent: 'CC-3000',
    owner: 'Samuel Cohen',
  },
  { code: 'CC-4000', name: 'End-User Services Management', department: 'EUS', parent: null, owner: 'Lukas Brandt' },
  { code: 'CC-4100', name: 'Service Desk', department: 'EUS', parent: 'CC-4000', owner: 'Fatima Zahra' },
  { code: 'CC-4200', name: 'Workplace Devices', department: 'EUS', parent: 'CC-4000', owner: 'Patrick Doyle' },
  { code: 'CC-4210', name: 'Mobile Devices', department: 'EUS', parent: 'CC-4200', owner: 'Hannah Weber' },
  { code: 'CC-4300', name: 'Field Services', department: 'EUS', parent: 'CC-4000', owner: 'Rafael Souza' },
  { code: 'CC-4400', name: 'Print & Output', department: 'EUS', parent: 'CC-4000', owner: 'Emma Johansson' },
  { code: 'CC-5000', name: 'Data & Analytics Management', department: 'DATA', parent: null, owner: 'Sofia Almeida' },
  { code: 'CC-5100', name: 'Data Platform', department: 'DATA', parent: 'CC-5000', owner: 'Arjun Mehta' },
  { code: 'CC-5200', name: 'Business Intelligence', department: 'DATA', parent: 'CC-5000', owner: 'Claire Dubois' },
  { code: 'CC-5300', name: 'Data Science', department: 'DATA', parent: 'CC-5000', owner: 'Mateo Fernández' },
];
