import type { AssetClass } from '../../engine/capitalization';

/**
 * Asset templates: what the demo organisation owns, where it sits (cost center and service),
 * which accounts take it (CapEx when capitalised, OpEx when below the threshold) and who
 * sold it. Prices are whole US dollars per unit, scaled to the workbook currency.
 */
export interface AssetTemplate {
  assetClass: AssetClass;
  models: readonly string[];
  /** [cost center, service] pairs that own this kind of asset. */
  homes: readonly (readonly [string, string])[];
  capexAccount: string;
  opexAccount: string;
  /** Candidate vendors; empty for internally built software. */
  vendors: readonly string[];
  unitUsd: readonly [number, number];
  quantity: readonly [number, number];
  /** Useful lives in months a finance team picks for it besides the class default. */
  lives?: readonly number[];
  /** Resale value kept at the end of life, percent of cost. */
  salvagePct?: readonly [number, number];
  /** Depreciated by usage: what is counted and how much of it per month of life. */
  usage?: { label: string; perUnitMonth: readonly [number, number] };
  /** Qualifier after the model in the name. */
  sites: readonly string[];
  weight: number;
}

const DCS = ['Frankfurt DC', 'Chicago DC', 'Singapore DC', 'Lisbon DC', 'DR site'];
const CAMPUS = ['HQ', 'Lisbon', 'Frankfurt', 'Chicago', 'Toronto', 'Madrid', 'Dublin', 'Warsaw', 'Austin'];
const WAVES = ['Wave 1 refresh', 'Wave 2 refresh', 'Wave 3 refresh', 'new joiners', 'engineering', 'field staff'];
const PROJECTS = ['Phase 1', 'Phase 2', 'Release 1', 'Release 2', 'MVP', 'Platform'];

const A = (t: AssetTemplate) => t;

export const ASSET_TEMPLATES: readonly AssetTemplate[] = [
  A({
    assetClass: 'server',
    models: ['PowerEdge R760 virtualisation host', 'ProLiant DL380 Gen11 host', 'UCS C240 M7 host'],
    homes: [['CC-1500', 'SVC-COMP-VM']],
    capexAccount: '1710-010',
    opexAccount: '6400-060',
    vendors: ['V-DELL', 'V-HPE', 'V-CSCO'],
    unitUsd: [11_000, 38_000],
    quantity: [1, 8],
    lives: [48, 72],
    salvagePct: [0, 8],
    sites: DCS,
    weight: 20,
  }),
  A({
    assetClass: 'server',
    models: ['PowerEdge R660 database server', 'ProLiant DL360 Gen11 database node', 'Exadata X10M rack'],
    homes: [
      ['CC-5100', 'SVC-PLAT-DB'],
      ['CC-1500', 'SVC-COMP-PHY'],
    ],
    capexAccount: '1710-010',
    opexAccount: '6400-060',
    vendors: ['V-DELL', 'V-HPE', 'V-ORCL'],
    unitUsd: [18_000, 160_000],
    quantity: [1, 4],
    lives: [48],
    salvagePct: [0, 5],
    sites: DCS,
    weight: 12,
  }),
  A({
    assetClass: 'server',
    models: ['GPU training server (8 accelerators)', 'GPU inference node'],
    homes: [['CC-5300', 'SVC-DATA-ML']],
    capexAccount: '1710-010',
    opexAccount: '6400-060',
    vendors: ['V-DELL', 'V-HPE'],
    unitUsd: [140_000, 320_000],
    quantity: [1, 2],
    usage: { label: 'GPU hours', perUnitMonth: [3_000, 4_800] },
    sites: DCS,
    weight: 3,
  }),
  A({
    assetClass: 'storage',
    models: ['AFF A400 all-flash array', 'FlashArray//X70', 'PowerStore 3200T', 'PowerScale F600 cluster'],
    homes: [['CC-1400', 'SVC-STOR-SAN']],
    capexAccount: '1710-020',
    opexAccount: '6400-060',
    vendors: ['V-NTAP', 'V-PSTG', 'V-DELL'],
    unitUsd: [60_000, 540_000],
    quantity: [1, 2],
    lives: [48, 72],
    salvagePct: [0, 6],
    sites: DCS,
    weight: 14,
  }),
  A({
    assetClass: 'storage',
    models: ['LTO-9 tape library', 'Backup appliance'],
    homes: [['CC-1400', 'SVC-STOR-BKP']],
    capexAccount: '1710-020',
    opexAccount: '6400-060',
    vendors: ['V-DELL', 'V-HPE'],
    unitUsd: [45_000, 180_000],
    quantity: [1, 1],
    usage: { label: 'cartridge loads', perUnitMonth: [900, 1_600] },
    sites: DCS,
    weight: 3,
  }),
  A({
    assetClass: 'network',
    models: ['Catalyst 9500 core switch', 'Nexus 9300 leaf switch pair', 'Aruba CX 8360 core switch'],
    homes: [['CC-1300', 'SVC-NET-LAN']],
    capexAccount: '1710-030',
    opexAccount: '6400-040',
    vendors: ['V-CSCO', 'V-ARUBA'],
    unitUsd: [14_000, 68_000],
    quantity: [1, 6],
    lives: [84],
    sites: [...DCS, ...CAMPUS],
    weight: 14,
  }),
  A({
    assetClass: 'network',
    models: ['SD-WAN edge router', 'ISR 4451 branch router'],
    homes: [['CC-1310', 'SVC-NET-WAN']],
    capexAccount: '1710-030',
    opexAccount: '6400-040',
    vendors: ['V-CSCO', 'V-FTNT'],
    unitUsd: [6_500, 19_000],
    quantity: [2, 12],
    sites: CAMPUS,
    weight: 8,
  }),
  A({
    assetClass: 'network',
    models: ['PA-5450 firewall cluster', 'FortiGate 3700F pair', 'Firepower 4145 pair'],
    homes: [
      ['CC-1300', 'SVC-SEC-NETSEC'],
      ['CC-3100', 'SVC-SEC-NETSEC'],
    ],
    capexAccount: '1710-050',
    opexAccount: '6400-040',
    vendors: ['V-PANW', 'V-FTNT', 'V-CSCO'],
    unitUsd: [38_000, 210_000],
    quantity: [1, 2],
    lives: [48],
    sites: DCS,
    weight: 8,
  }),
  // Below the per-item threshold whatever the quantity: expensed.
  A({
    assetClass: 'network',
    models: ['Wi-Fi 6E access points', 'Catalyst 9200 access switches'],
    homes: [['CC-1300', 'SVC-NET-LAN']],
    capexAccount: '1710-030',
    opexAccount: '6400-040',
    vendors: ['V-CSCO', 'V-ARUBA', 'V-CDW'],
    unitUsd: [700, 3_200],
    quantity: [4, 40],
    sites: CAMPUS,
    weight: 4,
  }),
  A({
    assetClass: 'end-user-device',
    models: ['Latitude 7450 laptops', 'ThinkPad T14s laptops', 'EliteBook 840 laptops', 'MacBook Pro 14 laptops'],
    homes: [['CC-4200', 'SVC-EU-LAPTOP']],
    capexAccount: '1710-040',
    opexAccount: '6400-020',
    vendors: ['V-DELL', 'V-LNVO', 'V-HPQ', 'V-AAPL'],
    unitUsd: [1_050, 2_600],
    quantity: [25, 420],
    lives: [48],
    sites: WAVES,
    weight: 26,
  }),
  A({
    assetClass: 'end-user-device',
    models: ['Precision 5690 workstations', 'ThinkPad P16 workstations'],
    homes: [['CC-4200', 'SVC-EU-LAPTOP']],
    capexAccount: '1710-040',
    opexAccount: '6400-020',
    vendors: ['V-DELL', 'V-LNVO'],
    unitUsd: [2_800, 5_400],
    quantity: [8, 60],
    sites: WAVES,
    weight: 6,
  }),
  A({
    assetClass: 'end-user-device',
    models: ['iPhone 15 handsets', 'iPad Air tablets', 'Rugged field tablets'],
    homes: [['CC-4210', 'SVC-EU-MOBILE']],
    capexAccount: '1710-040',
    opexAccount: '6400-020',
    vendors: ['V-AAPL', 'V-CDW'],
    unitUsd: [620, 1_450],
    quantity: [30, 300],
    lives: [24],
    sites: WAVES,
    weight: 8,
  }),
  // A handful of devices on one order: a bundle below the threshold, expensed.
  A({
    assetClass: 'end-user-device',
    models: ['Replacement laptops', 'Loaner laptops'],
    homes: [
      ['CC-4200', 'SVC-EU-LAPTOP'],
      ['CC-4300', 'SVC-EU-LAPTOP'],
    ],
    capexAccount: '1710-040',
    opexAccount: '6400-020',
    vendors: ['V-DELL', 'V-LNVO', 'V-CDW'],
    unitUsd: [1_000, 1_500],
    quantity: [2, 3],
    sites: CAMPUS,
    weight: 4,
  }),
  A({
    assetClass: 'perpetual-licence',
    models: ['Oracle Database Enterprise processor licences', 'SQL Server Enterprise core licences'],
    homes: [['CC-5100', 'SVC-PLAT-DB']],
    capexAccount: '1720-010',
    opexAccount: '6500-030',
    vendors: ['V-ORCL', 'V-MSFT'],
    unitUsd: [7_000, 47_500],
    quantity: [2, 16],
    lives: [60],
    sites: ['production', 'DR', 'analytics'],
    weight: 8,
  }),
  A({
    assetClass: 'perpetual-licence',
    models: ['SAP S/4HANA professional user licences', 'SAP BW/4HANA engine licence', 'IBM MQ licences'],
    homes: [
      ['CC-2100', 'SVC-APP-ERP'],
      ['CC-2400', 'SVC-PLAT-MW'],
    ],
    capexAccount: '1720-010',
    opexAccount: '6500-030',
    vendors: ['V-SAP', 'V-IBM'],
    unitUsd: [5_600, 95_000],
    quantity: [1, 40],
    lives: [60],
    sites: ['production', 'expansion', 'acquisition'],
    weight: 8,
  }),
  A({
    assetClass: 'perpetual-licence',
    models: ['vSphere Enterprise Plus licences', 'Veeam perpetual socket licences'],
    homes: [
      ['CC-1500', 'SVC-COMP-VM'],
      ['CC-1400', 'SVC-STOR-BKP'],
    ],
    capexAccount: '1720-010',
    opexAccount: '6500-030',
    vendors: ['V-BRCM', 'V-VEEAM'],
    unitUsd: [5_200, 9_500],
    quantity: [4, 64],
    sites: DCS,
    weight: 5,
  }),
  // Desktop software bought outright: well below the threshold per licence.
  A({
    assetClass: 'perpetual-licence',
    models: ['Visio Professional licences', 'Project Professional licences', 'CAD viewer licences'],
    homes: [
      ['CC-2300', 'SVC-EU-M365'],
      ['CC-4200', 'SVC-EU-LAPTOP'],
    ],
    capexAccount: '1720-010',
    opexAccount: '6500-030',
    vendors: ['V-MSFT', 'V-CDW'],
    unitUsd: [350, 1_300],
    quantity: [3, 40],
    sites: CAMPUS,
    weight: 3,
  }),
  A({
    assetClass: 'internal-software',
    models: [
      'Customer portal',
      'Order-to-cash integration layer',
      'Data ingestion framework',
      'Payroll interface rebuild',
      'Mobile field service app',
      'Pricing engine',
    ],
    homes: [
      ['CC-2200', 'SVC-APP-ECOM'],
      ['CC-2400', 'SVC-PLAT-MW'],
      ['CC-5100', 'SVC-DATA-WH'],
      ['CC-2110', 'SVC-APP-HCM'],
      ['CC-2100', 'SVC-APP-ERP'],
    ],
    capexAccount: '1720-030',
    opexAccount: '6100-010',
    vendors: [],
    unitUsd: [90_000, 1_400_000],
    quantity: [1, 1],
    lives: [60],
    sites: PROJECTS,
    weight: 10,
  }),
  A({
    assetClass: 'internal-software',
    models: ['ERP upgrade build', 'CRM configuration and extensions', 'Identity lifecycle automation'],
    homes: [
      ['CC-2100', 'SVC-APP-ERP'],
      ['CC-2200', 'SVC-APP-CRM'],
      ['CC-3200', 'SVC-SEC-IAM'],
    ],
    capexAccount: '1720-040',
    opexAccount: '6200-040',
    vendors: ['V-ACN', 'V-CAP', 'V-DLT', 'V-INFY'],
    unitUsd: [150_000, 1_800_000],
    quantity: [1, 1],
    lives: [60],
    sites: PROJECTS,
    weight: 6,
  }),
  // A proof of concept below the project threshold: expensed as incurred.
  A({
    assetClass: 'internal-software',
    models: ['Chatbot proof of concept', 'Reporting prototype'],
    homes: [
      ['CC-5300', 'SVC-DATA-ML'],
      ['CC-5200', 'SVC-DATA-BI'],
    ],
    capexAccount: '1720-030',
    opexAccount: '6200-040',
    vendors: ['V-ACN', 'V-CAP'],
    unitUsd: [9_000, 21_000],
    quantity: [1, 1],
    sites: PROJECTS,
    weight: 2,
  }),
];
