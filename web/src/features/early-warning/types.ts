import type { AgencySummary } from '../agencies/types';

export const ALERT_TRENDS = ['new', 'intensifying', 'persistent', 'diminishing', 'historical'] as const;
export type AlertTrend = (typeof ALERT_TRENDS)[number];
export type AlertStatus = 'open' | 'closed';

/** An early-warning alert as its addressees read it (docs/api-early-warning in docs/early-warning.md). */
export type Alert = {
  id: string;
  status: AlertStatus;
  trend: AlertTrend;
  lat: number;
  lon: number;
  provinceCode: string | null;
  nearestProvinceCode: string | null;
  distanceToProvincialBoundaryM: number | null;
  nationalBorderCountry: string | null;
  distanceToNationalBorderM: number | null;
  zoneIds: string[];
  eventCount: number;
  recentCount: number;
  previousCount: number;
  firstDay: string;
  lastDay: string;
  pValue: number;
  raisedAt: string;
  updatedAt: string;
  closedAt: string | null;
};

/** One event of the alert the reader may read; a pointer gives no day. */
export type EvidenceEvent = {
  kind: string;
  id: string;
  day: string | null;
  level: 'pointer' | 'summary' | 'full';
  ownerAgency: AgencySummary;
};

export type AlertDetail = Alert & {
  evidence: {
    events: EvidenceEvent[];
    withheld: { ownerAgency: AgencySummary; count: number }[];
  };
};
