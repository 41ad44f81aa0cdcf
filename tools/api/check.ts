// Type-checked (never run) by `make api-check`: what an integrator's TypeScript reads from the responses, with the
// types openapi-typescript generates from the committed documents (generated/*.d.ts). No casts: if a field below is
// renamed, retyped or loses its schema in docs/api/*.yaml, `tsc --noEmit` fails.
import type { components as Screening, operations as ScreeningOps } from './generated/screening';
import type { components as Trade, operations as TradeOps } from './generated/trade-registration';
import type { components as Reporting, operations as ReportingOps } from './generated/reporting';

type Screened = ScreeningOps['screenName']['responses'][200]['content']['application/json'];
type Registered = TradeOps['registerTrade']['responses'][201]['content']['application/json'];
type Decided = TradeOps['decideAlert']['responses'][200]['content']['application/json'];
type Report = ReportingOps['getReport']['responses'][200]['content']['application/json'];
type Problem = Trade['schemas']['Problem'];

export function bestScore(s: Screened): number {
  const scores: number[] = s.hits.map((h: Screening['schemas']['Hit']) => h.score);
  return scores.length === 0 ? 0 : Math.max(...scores);
}

export function summary(t: Registered): string {
  const status: Trade['schemas']['TradeStatus'] = t.status;
  const alertIds: number[] = t.alerts.map((a) => a.id);
  return `${t.reference}: ${status}, alerts ${alertIds.join(', ')}`;
}

export function released(d: Decided): boolean {
  return d.tradeStatus === 'CLEARED' && d.alert.status === 'FALSE_POSITIVE';
}

export function rows(r: Report): number {
  const hash: string = r.sha256;
  return hash.length > 0 ? r.rowCount : 0;
}

export function violations(p: Problem): string[] {
  return (p.violations ?? []).map((v) => `${v.field}: ${v.message}`);
}

export type { Reporting };
