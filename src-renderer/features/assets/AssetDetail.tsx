import { Fragment, useMemo } from 'react';
import { fiscalYearLabel } from '../../../src-shared/calendar/fiscal';
import type { Asset } from '../../../src-shared/model';
import { formatMoney } from '../../../src-shared/money';
import { TABLES, touches } from '../../api/stale';
import { useQuery } from '../../api/useQuery';
import { Chart } from '../../charts/Chart';
import { codeName } from '../../state/lookups';
import { useWorkbook } from '../../state/WorkbookContext';
import { AssetEvents } from './AssetEvents';
import { CONVENTION_LABELS, describeLife, METHOD_LABELS, STATUS_LABELS, type AssetStatus } from './labels';
import { nbvChartOption } from './nbv-chart-option';
import { yearEndRow } from './schedule-table';
import { ScheduleTable } from './ScheduleTable';

export interface AssetDetailProps {
  asset: Asset;
  classLabel: string;
  statusAtYearEnd: AssetStatus;
  onEdit: () => void;
  onDelete: () => void;
}

/** One asset: how it was classified, its schedule (table and chart) and its events. */
export function AssetDetail({ asset, classLabel, statusAtYearEnd, onEdit, onDelete }: AssetDetailProps) {
  const wb = useWorkbook();
  const { lookups, fiscalYear } = wb;
  const mu = lookups.minorUnits.get(asset.currency) ?? 2;
  const fmt = (m: string) => formatMoney(m, mu);
  const schedule = useQuery(
    'assets/get-schedule',
    { assetId: asset.id },
    { staleOn: touches(TABLES.assets, TABLES.accountingSettings, TABLES.fx, TABLES.capitalization) },
  );
  // A schedule of the previously selected asset is not shown while the new one loads.
  const s = schedule.data?.assetId === asset.id ? schedule.data : undefined;
  const option = useMemo(() => (s ? nbvChartOption(s, mu, fiscalYear) : null), [s, mu, fiscalYear]);
  const atYearEnd = s ? yearEndRow(s.rows, fiscalYear) : null;
  const links = [
    ['Cost center', codeName(lookups.costCenters.get(asset.costCenterId ?? ''))],
    ['Service', codeName(lookups.services.get(asset.serviceId ?? ''))],
    ['Account', codeName(lookups.accounts.get(asset.accountId ?? ''))],
    ['Vendor', lookups.vendors.get(asset.vendorId ?? '')?.name ?? ''],
  ].filter(([, v]) => v);

  return (
    <section className="panel asset-detail" data-testid="asset-detail" aria-label={`Asset ${asset.code}`}>
      <div className="asset-detail-head">
        <div className="asset-title">
          <h2>
            <span data-testid="asset-detail-code">{asset.code}</span> {asset.name}
          </h2>
          <span className={`badge badge-${asset.expenseType.toLowerCase()}`} data-testid="asset-detail-expense-type">
            {asset.expenseType}
          </span>
          <span className={`badge status-${statusAtYearEnd}`} data-testid="asset-detail-status">
            {STATUS_LABELS[statusAtYearEnd]} at {fiscalYearLabel(fiscalYear)} end
          </span>
          {s && (
            <span className="muted small" data-testid="asset-schedule-status">
              schedule: {STATUS_LABELS[s.status].toLowerCase()}
            </span>
          )}
          <div className="toolbar-spacer" />
          <button type="button" data-testid="asset-edit" onClick={onEdit}>
            Edit
          </button>
          <button type="button" className="danger" data-testid="asset-delete" onClick={onDelete}>
            Delete
          </button>
        </div>
        <p className="asset-rule" data-testid="asset-detail-rule">
          {asset.classificationRule}
        </p>
        <dl className="asset-facts">
          <dt>Class</dt>
          <dd>{classLabel}</dd>
          <dt>Cost</dt>
          <dd className="money">
            {fmt(asset.cost)} {asset.currency}
            {asset.quantity > 1 ? ` (${asset.quantity} units)` : ''}
          </dd>
          <dt>Salvage</dt>
          <dd className="money">{fmt(asset.salvage)}</dd>
          <dt>In service</dt>
          <dd>{asset.inServiceDate}</dd>
          <dt>Depreciation</dt>
          {asset.expenseType === 'OpEx' ? (
            <dd>none: classified OpEx, the whole cost is expensed when it goes into service</dd>
          ) : (
            <dd>
              {describeLife(asset.usefulLifeMonths)} {METHOD_LABELS[asset.method].toLowerCase()}
              {asset.decliningBalancePercent !== null ? ` ${asset.decliningBalancePercent} %` : ''},{' '}
              {CONVENTION_LABELS[asset.convention].toLowerCase()} convention
            </dd>
          )}
          {asset.method === 'units-of-production' && (
            <>
              <dt>Units</dt>
              <dd>
                {asset.totalUnits ?? '—'} {asset.unitsLabel}
              </dd>
            </>
          )}
          {atYearEnd && (
            <>
              <dt>NBV at {fiscalYearLabel(fiscalYear)} end</dt>
              <dd className="money" data-testid="asset-nbv-year-end">
                {fmt(atYearEnd.netBookValue)}
              </dd>
            </>
          )}
          {links.map(([k, v]) => (
            <Fragment key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </Fragment>
          ))}
        </dl>
        {asset.description && <p className="muted">{asset.description}</p>}
      </div>
      {schedule.error && (
        <div className="banner banner-error" role="alert" data-testid="asset-schedule-error">
          {schedule.error}
        </div>
      )}
      <div className="asset-detail-body">
        {s ? (
          <ScheduleTable schedule={s} minorUnits={mu} fiscalYear={fiscalYear} />
        ) : (
          <div className="loading">Loading schedule…</div>
        )}
        <div className="asset-side">
          {option && <Chart option={option} height={240} testId="asset-nbv-chart" />}
          <AssetEvents asset={asset} minorUnits={mu} />
        </div>
      </div>
    </section>
  );
}
