/** The Ventelister state as it stands in the URL, and the words the page and the export use for it. */
import type { GuaranteeStatus, Place } from '../../db/queries/queue-status.ts';
import type { SortKey } from '../../db/queries/queue-view.ts';
import type { Location, QueueId } from '../../db/queries/queues.ts';
import { formatDate, formatTag, formatTags } from '../format.ts';

/** One queue, its filters and its sort, exactly as the query string names them. */
export interface QueueParams {
  ko: QueueId;
  sorter?: SortKey;
  retning?: 'stigende' | 'synkende';
  bydel?: string;
  behov?: string;
  sted?: Place;
  garanti?: GuaranteeStatus;
}

const ORDER: (keyof QueueParams)[] = ['ko', 'bydel', 'behov', 'sted', 'garanti', 'sorter', 'retning'];

/** `path?ko=…&…` with the params that are set, in a fixed order. */
export function queueHref(params: QueueParams, path = '/ventelister'): string {
  const search = new URLSearchParams();
  for (const key of ORDER) if (params[key] !== undefined) search.set(key, String(params[key]));
  return `${path}?${search.toString()}`;
}

export const PLACE_LABELS: Record<Place, string> = {
  hjemme: 'Hjemme', sykehus: 'På sykehus', korttidsplass: 'På korttidsplass', 'annen-enhet': 'På annen enhet',
};

export const GUARANTEE_LABELS: Record<GuaranteeStatus, string> = {
  over: 'Over garantidato', snart: 'Garantidato innen en uke', innenfor: 'Innenfor garantien', uten: 'Uten garantidato',
};

/** The filters in words, for the page and the printout: «bydel Nord, på sykehus». */
export function describeFilters(params: QueueParams): string[] {
  const parts: string[] = [];
  if (params.bydel) parts.push(`bydel ${params.bydel}`);
  if (params.behov) parts.push(`behov ${formatTag(params.behov)}`);
  if (params.sted) parts.push(PLACE_LABELS[params.sted].toLowerCase());
  if (params.garanti) parts.push(GUARANTEE_LABELS[params.garanti].toLowerCase());
  return parts;
}

/** Where the person is, in words. */
export function locationText(location: Location): string {
  if (location.type === 'home') return 'Hjemme';
  if (location.type === 'unit') return `${location.unitName} (fra ${formatDate(location.fromDate)})`;
  return location.dischargeReadyDate
    ? `Sykehus, utskrivningsklar ${formatDate(location.dischargeReadyDate)}`
    : `Sykehus, innlagt ${formatDate(location.admittedDate)}`;
}

/** The needs of a vedtak in words, or «–» (format.ts words them, as everywhere else). */
export const needsText = (tags: readonly string[]): string => formatTags(tags);
