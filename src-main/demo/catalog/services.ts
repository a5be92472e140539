/**
 * IT services of the demo organisation, each mapped to a TBM v4 tower and cost pool by
 * code (see src-shared/model/taxonomy.ts). The owner is the service owner, not the payer.
 */
export interface ServiceSpec {
  code: string;
  name: string;
  tower: string;
  costPool: string;
  owner: string;
}

export const SERVICES: readonly ServiceSpec[] = [
  { code: 'SVC-DC-FAC', name: 'Data Center Facilities', tower: 'TW-DC', costPool: 'CP-FAC', owner: 'Henrik Larsen' },
  { code: 'SVC-DC-COLO', name: 'Colocation Hosting', tower: 'TW-DC', costPool: 'CP-OUTSVC', owner: 'Henrik Larsen' },
  { code: 'SVC-COMP-VM', name: 'Virtual Server Hosting', tower: 'TW-COMP', costPool: 'CP-HW', owner: 'Nadia Haddad' },
  { code: 'SVC-COMP-PHY', name: 'Physical Server Hosting', tower: 'TW-COMP', costPool: 'CP-HW', owner: 'Nadia Haddad' },
  {
    code: 'SVC-COMP-CLOUD',
    name: 'Public Cloud Compute',
    tower: 'TW-COMP',
    costPool: 'CP-OUTSVC',
    owner: 'Aisha Bello',
  },
  { code: 'SVC-STOR-SAN', name: 'Enterprise Storage', tower: 'TW-STOR', costPool: 'CP-HW', owner: 'Oliver Grant' },
  { code: 'SVC-STOR-BKP', name: 'Backup & Recovery', tower: 'TW-STOR', costPool: 'CP-SW', owner: 'Oliver Grant' },
  { code: 'SVC-STOR-OBJ', name: 'Cloud Object Storage', tower: 'TW-STOR', costPool: 'CP-OUTSVC', owner: 'Aisha Bello' },
  { code: 'SVC-NET-LAN', name: 'LAN & Wi-Fi', tower: 'TW-NET', costPool: 'CP-HW', owner: 'Tomás Ruiz' },
  { code: 'SVC-NET-WAN', name: 'WAN & SD-WAN', tower: 'TW-NET', costPool: 'CP-TEL', owner: 'Grace Liu' },
  { code: 'SVC-NET-INET', name: 'Internet Access', tower: 'TW-NET', costPool: 'CP-TEL', owner: 'Grace Liu' },
  { code: 'SVC-NET-VOICE', name: 'Voice & Contact Center', tower: 'TW-NET', costPool: 'CP-TEL', owner: 'Grace Liu' },
  { code: 'SVC-PLAT-DB', name: 'Database Platforms', tower: 'TW-PLAT', costPool: 'CP-SW', owner: 'Arjun Mehta' },
  { code: 'SVC-PLAT-MW', name: 'Middleware & Integration', tower: 'TW-PLAT', costPool: 'CP-SW', owner: 'Yuki Tanaka' },
  { code: 'SVC-PLAT-CONT', name: 'Container Platform', tower: 'TW-PLAT', costPool: 'CP-OUTSVC', owner: 'Aisha Bello' },
  { code: 'SVC-OUT-PRINT', name: 'Managed Print', tower: 'TW-OUT', costPool: 'CP-OUTSVC', owner: 'Emma Johansson' },
  { code: 'SVC-EU-LAPTOP', name: 'Laptops & Desktops', tower: 'TW-EU', costPool: 'CP-HW', owner: 'Patrick Doyle' },
  { code: 'SVC-EU-MOBILE', name: 'Mobile Devices & Plans', tower: 'TW-EU', costPool: 'CP-TEL', owner: 'Hannah Weber' },
  { code: 'SVC-EU-DESK', name: 'Service Desk', tower: 'TW-EU', costPool: 'CP-INTLAB', owner: 'Fatima Zahra' },
  { code: 'SVC-EU-FIELD', name: 'Deskside Support', tower: 'TW-EU', costPool: 'CP-INTLAB', owner: 'Rafael Souza' },
  { code: 'SVC-EU-M365', name: 'Productivity Suite', tower: 'TW-EU', costPool: 'CP-SW', owner: 'Kwame Mensah' },
  { code: 'SVC-EU-COLLAB', name: 'Meetings & Messaging', tower: 'TW-EU', costPool: 'CP-SW', owner: 'Kwame Mensah' },
  { code: 'SVC-EU-VDI', name: 'Virtual Desktops', tower: 'TW-EU', costPool: 'CP-SW', owner: 'Patrick Doyle' },
  {
    code: 'SVC-APP-ERP',
    name: 'ERP (Finance & Supply Chain)',
    tower: 'TW-APP',
    costPool: 'CP-SW',
    owner: 'Ingrid Svensson',
  },
  { code: 'SVC-APP-HCM', name: 'HR & Payroll', tower: 'TW-APP', costPool: 'CP-SW', owner: 'Marco Bianchi' },
  { code: 'SVC-APP-CRM', name: 'CRM', tower: 'TW-APP', costPool: 'CP-SW', owner: 'Chloé Martin' },
  {
    code: 'SVC-APP-ITSM',
    name: 'IT Service Management Platform',
    tower: 'TW-APP',
    costPool: 'CP-SW',
    owner: 'Fatima Zahra',
  },
  {
    code: 'SVC-APP-ECOM',
    name: 'Customer Web & E-commerce',
    tower: 'TW-APP',
    costPool: 'CP-EXTLAB',
    owner: 'Chloé Martin',
  },
  { code: 'SVC-APP-DOC', name: 'Document & E-signature', tower: 'TW-APP', costPool: 'CP-SW', owner: 'Kwame Mensah' },
  { code: 'SVC-APP-DEVTOOLS', name: 'Developer Tooling', tower: 'TW-APP', costPool: 'CP-SW', owner: 'Yuki Tanaka' },
  { code: 'SVC-DATA-WH', name: 'Data Warehouse', tower: 'TW-APP', costPool: 'CP-OUTSVC', owner: 'Arjun Mehta' },
  { code: 'SVC-DATA-BI', name: 'Reporting & Dashboards', tower: 'TW-APP', costPool: 'CP-SW', owner: 'Claire Dubois' },
  {
    code: 'SVC-DATA-ML',
    name: 'Machine Learning Platform',
    tower: 'TW-APP',
    costPool: 'CP-OUTSVC',
    owner: 'Mateo Fernández',
  },
  {
    code: 'SVC-DEL-PMO',
    name: 'Project Delivery (PMO)',
    tower: 'TW-DEL',
    costPool: 'CP-INTLAB',
    owner: 'Daniel Okafor',
  },
  {
    code: 'SVC-DEL-DEV',
    name: 'Application Development',
    tower: 'TW-DEL',
    costPool: 'CP-EXTLAB',
    owner: 'Daniel Okafor',
  },
  {
    code: 'SVC-SEC-SOC',
    name: 'Security Monitoring (SOC)',
    tower: 'TW-SEC',
    costPool: 'CP-OUTSVC',
    owner: 'Ethan Brooks',
  },
  { code: 'SVC-SEC-EDR', name: 'Endpoint Protection', tower: 'TW-SEC', costPool: 'CP-SW', owner: 'Ethan Brooks' },
  {
    code: 'SVC-SEC-NETSEC',
    name: 'Firewalls & Secure Access',
    tower: 'TW-SEC',
    costPool: 'CP-SW',
    owner: 'Tomás Ruiz',
  },
  { code: 'SVC-SEC-IAM', name: 'Identity & Access', tower: 'TW-SEC', costPool: 'CP-SW', owner: 'Leila Farahani' },
  { code: 'SVC-SEC-GRC', name: 'Risk & Compliance', tower: 'TW-SEC', costPool: 'CP-EXTLAB', owner: 'Samuel Cohen' },
  {
    code: 'SVC-ITM-MGMT',
    name: 'IT Management & Finance',
    tower: 'TW-ITM',
    costPool: 'CP-INTLAB',
    owner: 'Marta Kowalski',
  },
  {
    code: 'SVC-ITM-VENDOR',
    name: 'Vendor & Contract Management',
    tower: 'TW-ITM',
    costPool: 'CP-OTHER',
    owner: 'Marta Kowalski',
  },
];
