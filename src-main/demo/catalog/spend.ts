/**
 * Spend templates: the coherent combinations a budget line is drawn from (who pays, for
 * which service, on which account, to which vendors, roughly how much and how it falls
 * over the year). Amounts are annual US dollars per line, scaled to the workbook currency.
 */
export type Phasing = 'even' | 'labour' | 'quarterly' | 'annual' | 'project' | 'ramp' | 'refresh';

export interface SpendTemplate {
  ccs: readonly string[];
  /** Service code, or HOME for "one of the paying cost center's own services". */
  service: string;
  account: string;
  /** Candidate vendors; empty for internal labour and internal charges. */
  vendors: readonly string[];
  desc: readonly string[];
  /** Annual amount range in whole US dollars. */
  usd: readonly [number, number];
  phasing: Phasing;
  /** Relative frequency among generated lines. */
  weight: number;
}

const T = (
  ccs: string[],
  service: string,
  account: string,
  vendors: string[],
  desc: string[],
  usd: [number, number],
  phasing: Phasing,
  weight = 1,
): SpendTemplate => ({ ccs, service, account, vendors, desc, usd, phasing, weight });

export const HOME = '@home';

/** The services each cost center runs; labour and overheads land on these. */
export const HOME_SERVICES: Readonly<Record<string, readonly string[]>> = {
  'CC-1000': ['SVC-ITM-MGMT'],
  'CC-1100': ['SVC-DC-FAC', 'SVC-DC-COLO'],
  'CC-1200': ['SVC-COMP-CLOUD', 'SVC-PLAT-CONT'],
  'CC-1300': ['SVC-NET-LAN', 'SVC-NET-WAN'],
  'CC-1310': ['SVC-NET-WAN', 'SVC-NET-INET', 'SVC-NET-VOICE'],
  'CC-1400': ['SVC-STOR-SAN', 'SVC-STOR-BKP'],
  'CC-1500': ['SVC-COMP-VM', 'SVC-COMP-PHY'],
  'CC-2000': ['SVC-DEL-PMO', 'SVC-ITM-MGMT'],
  'CC-2100': ['SVC-APP-ERP'],
  'CC-2110': ['SVC-APP-HCM'],
  'CC-2200': ['SVC-APP-CRM', 'SVC-APP-ECOM'],
  'CC-2300': ['SVC-EU-M365', 'SVC-EU-COLLAB', 'SVC-APP-DOC'],
  'CC-2400': ['SVC-PLAT-MW', 'SVC-APP-DEVTOOLS'],
  'CC-3000': ['SVC-SEC-GRC', 'SVC-ITM-MGMT'],
  'CC-3100': ['SVC-SEC-SOC', 'SVC-SEC-EDR'],
  'CC-3200': ['SVC-SEC-IAM'],
  'CC-3300': ['SVC-SEC-GRC'],
  'CC-4000': ['SVC-ITM-MGMT'],
  'CC-4100': ['SVC-EU-DESK', 'SVC-APP-ITSM'],
  'CC-4200': ['SVC-EU-LAPTOP', 'SVC-EU-VDI'],
  'CC-4210': ['SVC-EU-MOBILE'],
  'CC-4300': ['SVC-EU-FIELD'],
  'CC-4400': ['SVC-OUT-PRINT'],
  'CC-5000': ['SVC-ITM-MGMT'],
  'CC-5100': ['SVC-DATA-WH', 'SVC-PLAT-DB'],
  'CC-5200': ['SVC-DATA-BI'],
  'CC-5300': ['SVC-DATA-ML'],
};

const ALL_MGMT = ['CC-1000', 'CC-2000', 'CC-3000', 'CC-4000', 'CC-5000'];
const INFRA = ['CC-1100', 'CC-1200', 'CC-1300', 'CC-1400', 'CC-1500'];
const APPS = ['CC-2100', 'CC-2110', 'CC-2200', 'CC-2300', 'CC-2400'];
const STAFFED = [...INFRA, ...APPS, 'CC-3100', 'CC-3200', 'CC-3300', 'CC-4100', 'CC-4200', 'CC-4300', 'CC-5100', 'CC-5200', 'CC-5300'];
const CONSULT = ['V-ACN', 'V-DLT', 'V-CAP', 'V-INFY', 'V-TCS', 'V-IBM', 'V-KPMG'];
const STAFF_AGENCIES = ['V-RHI', 'V-HAYS'];

export const SPEND: readonly SpendTemplate[] = [
  // Internal labour: the biggest block of any IT budget.
  T(STAFFED, HOME, '6100-010', [], ['Salaries - engineers', 'Salaries - analysts', 'Salaries - team leads', 'Salaries - specialists'], [180_000, 1_400_000], 'labour', 6),
  T(['CC-4100'], 'SVC-EU-DESK', '6100-010', [], ['Salaries - service desk agents', 'Salaries - second-line support'], [400_000, 1_600_000], 'labour', 2),
  T(['CC-4300'], 'SVC-EU-FIELD', '6100-010', [], ['Salaries - deskside technicians'], [250_000, 900_000], 'labour', 1),
  T(ALL_MGMT, 'SVC-ITM-MGMT', '6100-010', [], ['Salaries - management team'], [300_000, 900_000], 'labour', 1),
  T(STAFFED, HOME, '6100-020', [], ['On-call allowance', 'Overtime - release weekends'], [10_000, 90_000], 'even', 2),
  T(STAFFED, HOME, '6100-030', [], ['Annual bonus accrual'], [20_000, 160_000], 'even', 2),
  T(STAFFED, HOME, '6100-040', [], ['Employer payroll taxes'], [30_000, 260_000], 'labour', 2),
  T(STAFFED, HOME, '6100-050', [], ['Health & pension benefits'], [25_000, 220_000], 'labour', 2),
  T(STAFFED, HOME, '6100-060', ['V-GART', 'V-MSFT', 'V-AWS', 'V-CSCO'], ['Certification training', 'Conference attendance', 'Online learning licences'], [5_000, 60_000], 'quarterly', 2),
  T(STAFFED, HOME, '6100-070', [], ['Travel - site visits', 'Travel - vendor meetings'], [4_000, 40_000], 'even', 1.5),
  T(ALL_MGMT, 'SVC-ITM-MGMT', '6100-080', STAFF_AGENCIES, ['Recruitment fees - open roles'], [15_000, 120_000], 'project', 0.6),
  T([...APPS, 'CC-5100'], 'SVC-DEL-DEV', '1720-030', [], ['Capitalised development time'], [80_000, 600_000], 'labour', 1.2),
  T(ALL_MGMT, 'SVC-DEL-PMO', '6100-010', [], ['Salaries - project managers'], [200_000, 700_000], 'labour', 1),
  // External labour.
  T([...APPS, 'CC-5100', 'CC-5200'], 'SVC-DEL-DEV', '6200-010', CONSULT, ['Development squad - T&M', 'Application maintenance team'], [120_000, 1_200_000], 'even', 2.5),
  T(STAFFED, HOME, '6200-020', STAFF_AGENCIES, ['Contractor backfill', 'Interim specialist'], [60_000, 300_000], 'even', 1.5),
  T(['CC-2200'], 'SVC-APP-ECOM', '6200-040', ['V-ACN', 'V-CAP', 'V-DLT'], ['Web shop releases', 'Checkout redesign'], [150_000, 900_000], 'project', 1),
  T(['CC-3300'], 'SVC-SEC-GRC', '6200-030', ['V-KPMG', 'V-DLT'], ['ISO 27001 readiness', 'SOX IT controls testing', 'Penetration testing'], [40_000, 250_000], 'project', 1),
  T(['CC-2100', 'CC-2110'], 'SVC-APP-ERP', '1720-040', ['V-ACN', 'V-DLT', 'V-CAP', 'V-INFY'], ['ERP upgrade - implementation partner', 'Payroll replatforming'], [200_000, 1_500_000], 'project', 1),
  // Outside services and cloud.
  T(['CC-1200'], 'SVC-COMP-CLOUD', '6300-020', ['V-AWS', 'V-MSFT', 'V-GCP'], ['Production compute', 'Non-production compute', 'Reserved instances', 'Savings plan commitment'], [120_000, 1_800_000], 'ramp', 3),
  T(['CC-1200', 'CC-1400'], 'SVC-STOR-OBJ', '6300-020', ['V-AWS', 'V-MSFT', 'V-GCP'], ['Object storage', 'Archive tier storage'], [30_000, 400_000], 'ramp', 1.5),
  T(['CC-1200'], 'SVC-PLAT-CONT', '6300-030', ['V-AWS', 'V-MSFT', 'V-RHAT'], ['Managed Kubernetes', 'Container registry & runtime'], [50_000, 500_000], 'ramp', 1.5),
  T(['CC-1100'], 'SVC-DC-COLO', '6300-040', ['V-EQIX', 'V-DLR'], ['Colocation racks', 'Cross-connects & remote hands'], [80_000, 700_000], 'even', 1.5),
  T(['CC-3100'], 'SVC-SEC-SOC', '6300-050', ['V-IBM', 'V-KD', 'V-ACN'], ['24x7 managed SOC', 'Managed detection & response'], [200_000, 900_000], 'even', 1.2),
  T(['CC-3100'], 'SVC-SEC-SOC', '6300-080', ['V-CRWD', 'V-IBM'], ['Incident response retainer'], [50_000, 150_000], 'annual', 0.6),
  T(['CC-4400'], 'SVC-OUT-PRINT', '6300-060', ['V-RICOH', 'V-XRX'], ['Managed print - HQ', 'Managed print - branches'], [40_000, 260_000], 'even', 1.2),
  T(['CC-1500', 'CC-1400'], 'SVC-COMP-PHY', '6300-070', ['V-KD', 'V-IBM', 'V-HPE'], ['Third-party hardware support'], [30_000, 200_000], 'quarterly', 1),
  T(['CC-2100', 'CC-2400'], 'SVC-PLAT-MW', '6300-010', ['V-TCS', 'V-INFY', 'V-KD'], ['Application managed service', 'Integration run support'], [150_000, 800_000], 'even', 1.2),
  T(['CC-5100'], 'SVC-DATA-WH', '6300-030', ['V-SNOW', 'V-DBRX'], ['Warehouse credits', 'Lakehouse compute'], [80_000, 700_000], 'ramp', 1.5),
  T(['CC-5300'], 'SVC-DATA-ML', '6300-030', ['V-DBRX', 'V-AWS', 'V-GCP'], ['Model training compute', 'Feature store'], [40_000, 400_000], 'ramp', 1),
  // Hardware.
  T(['CC-4200'], 'SVC-EU-LAPTOP', '1710-040', ['V-DELL', 'V-LNVO', 'V-HPQ', 'V-AAPL'], ['Laptop refresh', 'Developer workstations', 'Desktop replacement'], [150_000, 1_200_000], 'refresh', 2.5),
  T(['CC-4200', 'CC-4300'], 'SVC-EU-LAPTOP', '6400-030', ['V-DELL', 'V-LNVO', 'V-CDW'], ['Docking stations & monitors', 'Headsets & peripherals'], [20_000, 150_000], 'quarterly', 1.5),
  T(['CC-4200'], 'SVC-EU-LAPTOP', '6400-020', ['V-DELL', 'V-LNVO', 'V-HPQ', 'V-CDW'], ['New-joiner laptops', 'Break-fix replacements'], [40_000, 300_000], 'even', 1.5),
  T(['CC-4210'], 'SVC-EU-MOBILE', '6400-020', ['V-AAPL', 'V-CDW'], ['Smartphones', 'Tablets for field staff'], [30_000, 250_000], 'quarterly', 1),
  T(['CC-1500'], 'SVC-COMP-VM', '1710-010', ['V-DELL', 'V-HPE', 'V-CSCO'], ['Virtualisation host refresh', 'Cluster expansion'], [200_000, 1_200_000], 'project', 1.5),
  T(['CC-1400'], 'SVC-STOR-SAN', '1710-020', ['V-NTAP', 'V-PSTG', 'V-DELL'], ['Primary array expansion', 'Storage refresh'], [150_000, 1_000_000], 'project', 1.2),
  T(['CC-1300'], 'SVC-NET-LAN', '1710-030', ['V-CSCO', 'V-ARUBA'], ['Campus switch refresh', 'Wi-Fi 6E access points'], [100_000, 700_000], 'project', 1.2),
  T(['CC-1300'], 'SVC-NET-LAN', '6400-040', ['V-CSCO', 'V-ARUBA', 'V-CDW'], ['Optics & cabling', 'Branch switches'], [15_000, 120_000], 'quarterly', 1),
  T(['CC-1300', 'CC-3100'], 'SVC-SEC-NETSEC', '1710-050', ['V-PANW', 'V-FTNT', 'V-CSCO'], ['Next-generation firewalls', 'Branch security appliances'], [80_000, 500_000], 'project', 0.8),
  T(['CC-1100', 'CC-1400', 'CC-1500', 'CC-1300'], 'SVC-COMP-PHY', '6400-010', ['V-DELL', 'V-HPE', 'V-CSCO', 'V-NTAP', 'V-PSTG'], ['Hardware maintenance contract'], [30_000, 300_000], 'annual', 2),
  T(['CC-1500'], 'SVC-COMP-PHY', '6400-050', ['V-HPE', 'V-DELL'], ['Server leases'], [60_000, 400_000], 'even', 0.8),
  // Software.
  T(['CC-2300'], 'SVC-EU-M365', '6500-010', ['V-MSFT'], ['Microsoft 365 E3 licences', 'Microsoft 365 E5 security add-on', 'Copilot licences'], [300_000, 2_400_000], 'annual', 1.5),
  T(['CC-2300'], 'SVC-EU-COLLAB', '6500-010', ['V-ZOOM', 'V-MSFT', 'V-CSCO'], ['Meeting room licences', 'Webinar platform'], [40_000, 300_000], 'annual', 1),
  T(['CC-2300'], 'SVC-APP-DOC', '6500-010', ['V-DOCU', 'V-ADBE'], ['E-signature envelopes', 'Acrobat licences'], [30_000, 250_000], 'annual', 1),
  T(['CC-2100'], 'SVC-APP-ERP', '6500-020', ['V-SAP', 'V-ORCL'], ['ERP support & maintenance', 'Database licence support'], [300_000, 1_500_000], 'annual', 1.5),
  T(['CC-2110'], 'SVC-APP-HCM', '6500-010', ['V-WDAY'], ['HCM subscription', 'Payroll module'], [200_000, 900_000], 'annual', 1),
  T(['CC-2200'], 'SVC-APP-CRM', '6500-010', ['V-CRM'], ['Sales Cloud licences', 'Service Cloud licences', 'Platform add-ons'], [200_000, 1_400_000], 'annual', 1.5),
  T(['CC-4100'], 'SVC-APP-ITSM', '6500-010', ['V-NOW'], ['ITSM fulfiller licences', 'ITOM discovery'], [150_000, 800_000], 'annual', 1),
  T(['CC-2400', 'CC-2100'], 'SVC-APP-DEVTOOLS', '6500-050', ['V-ATLS', 'V-GHUB', 'V-DDOG'], ['Issue tracking & wiki', 'Source control seats', 'Observability platform'], [30_000, 400_000], 'annual', 1.5),
  T(['CC-2400'], 'SVC-PLAT-MW', '6500-020', ['V-INFA', 'V-RHAT', 'V-ORCL', 'V-IBM'], ['Integration platform support', 'Application server subscriptions'], [80_000, 600_000], 'annual', 1),
  T(['CC-5100'], 'SVC-PLAT-DB', '6500-020', ['V-ORCL', 'V-MSFT', 'V-RHAT'], ['Database enterprise support', 'SQL Server licences'], [100_000, 900_000], 'annual', 1.2),
  T(['CC-5200'], 'SVC-DATA-BI', '6500-010', ['V-QLIK', 'V-MSFT', 'V-CRM'], ['BI creator licences', 'Dashboard viewer licences'], [40_000, 350_000], 'annual', 1.2),
  T(['CC-1500'], 'SVC-COMP-VM', '6500-020', ['V-BRCM', 'V-RHAT', 'V-MSFT'], ['Hypervisor subscriptions', 'Server OS subscriptions'], [150_000, 1_200_000], 'annual', 1.5),
  T(['CC-4200'], 'SVC-EU-VDI', '6500-010', ['V-CTXS', 'V-MSFT'], ['Virtual desktop licences'], [60_000, 400_000], 'annual', 0.8),
  T(['CC-1400'], 'SVC-STOR-BKP', '6500-020', ['V-VEEAM', 'V-BRCM'], ['Backup software support', 'Immutable backup subscription'], [50_000, 350_000], 'annual', 1),
  T(['CC-3100'], 'SVC-SEC-EDR', '6500-010', ['V-CRWD', 'V-MSFT'], ['Endpoint detection licences'], [100_000, 600_000], 'annual', 1.2),
  T(['CC-3100'], 'SVC-SEC-SOC', '6500-010', ['V-SPLK', 'V-RPD', 'V-DDOG'], ['SIEM ingestion licence', 'Vulnerability scanning'], [100_000, 800_000], 'annual', 1.2),
  T(['CC-3100', 'CC-1300'], 'SVC-SEC-NETSEC', '6500-010', ['V-ZS', 'V-PANW', 'V-PFPT', 'V-FTNT'], ['Secure web gateway', 'Email security', 'Firewall threat subscriptions'], [60_000, 500_000], 'annual', 1.5),
  T(['CC-3200'], 'SVC-SEC-IAM', '6500-010', ['V-OKTA', 'V-MSFT'], ['Single sign-on & MFA', 'Privileged access management'], [80_000, 500_000], 'annual', 1.2),
  T(['CC-2100', 'CC-2200'], 'SVC-APP-ERP', '1720-010', ['V-SAP', 'V-ORCL', 'V-CRM'], ['Perpetual licence purchase'], [100_000, 800_000], 'project', 0.5),
  // Facilities, telecom, other.
  T(['CC-1100'], 'SVC-DC-FAC', '6600-010', ['V-UTIL'], ['Data center electricity'], [120_000, 900_000], 'even', 1.2),
  T(['CC-1100'], 'SVC-DC-FAC', '6600-020', [], ['Data center floor space'], [150_000, 800_000], 'even', 0.8),
  T(['CC-1100'], 'SVC-DC-FAC', '6600-030', ['V-SCHN', 'V-VRT'], ['Cooling maintenance', 'UPS service'], [30_000, 200_000], 'quarterly', 1),
  T(['CC-1100'], 'SVC-DC-FAC', '1730-010', ['V-SCHN', 'V-VRT'], ['UPS battery replacement', 'Cooling upgrade'], [80_000, 500_000], 'project', 0.5),
  T(['CC-1310'], 'SVC-NET-WAN', '6700-010', ['V-ATT', 'V-VZ', 'V-LUMN', 'V-VOD'], ['MPLS circuits', 'SD-WAN underlay', 'Branch broadband'], [60_000, 600_000], 'even', 2),
  T(['CC-1310'], 'SVC-NET-INET', '6700-020', ['V-LUMN', 'V-ATT', 'V-VOD'], ['Internet transit', 'DDoS protection'], [30_000, 250_000], 'even', 1),
  T(['CC-4210'], 'SVC-EU-MOBILE', '6700-030', ['V-VZ', 'V-ATT', 'V-VOD'], ['Mobile plans', 'Roaming bundles'], [80_000, 600_000], 'even', 1.5),
  T(['CC-1310'], 'SVC-NET-VOICE', '6700-040', ['V-ATT', 'V-VOD', 'V-LUMN'], ['SIP trunks'], [20_000, 150_000], 'even', 0.8),
  T(['CC-4100'], 'SVC-NET-VOICE', '6700-050', ['V-GNSY', 'V-CSCO'], ['Contact center seats'], [60_000, 300_000], 'even', 0.8),
  T(['CC-2300'], 'SVC-EU-COLLAB', '6700-060', ['V-ZOOM', 'V-MSFT'], ['Audio conferencing'], [10_000, 80_000], 'even', 0.6),
  T(ALL_MGMT, 'SVC-ITM-MGMT', '6800-010', ['V-GART'], ['Research subscription', 'Industry memberships'], [30_000, 180_000], 'annual', 1),
  T(['CC-3300'], 'SVC-SEC-GRC', '6800-020', ['V-KPMG', 'V-DLT'], ['External IT audit', 'Certification audit'], [30_000, 200_000], 'annual', 0.8),
  T(['CC-3000'], 'SVC-SEC-GRC', '6800-030', ['V-MARSH'], ['Cyber insurance premium'], [100_000, 500_000], 'annual', 0.5),
  T(['CC-4400'], 'SVC-OUT-PRINT', '6800-050', ['V-RICOH', 'V-XRX', 'V-HPQ'], ['Toner & paper'], [10_000, 80_000], 'quarterly', 0.8),
  T(['CC-4300', 'CC-4200'], 'SVC-EU-FIELD', '6800-060', ['V-CDW'], ['Device shipping & returns'], [5_000, 40_000], 'even', 0.6),
  T(ALL_MGMT, 'SVC-ITM-VENDOR', '6800-070', [], ['Contract legal review'], [10_000, 90_000], 'quarterly', 0.6),
  T(ALL_MGMT, 'SVC-ITM-MGMT', '6800-040', [], ['Office supplies'], [2_000, 15_000], 'even', 0.5),
];

/** Sites and teams used to tell otherwise alike lines apart ("Salaries - engineers - Lisbon"). */
export const QUALIFIERS: readonly string[] = [
  'HQ', 'Lisbon', 'Frankfurt', 'Chicago', 'Toronto', 'Singapore', 'Madrid', 'Dublin', 'Warsaw', 'Austin',
  'Team A', 'Team B', 'Platform', 'Core', 'Regional', 'Phase 1', 'Phase 2', 'Wave 1', 'Wave 2', 'Wave 3',
];
