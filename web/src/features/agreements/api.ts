import { keepPreviousData, useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../app/api';
import type { MapFeatureCollection } from '../geo/types';
import type {
  AddPartyBody,
  AgreementDetail,
  AgreementDocument,
  AgreementFields,
  AgreementHistoryItem,
  AgreementListQuery,
  AgreementSummary,
  CreateAgreementBody,
  ObligationsBody,
  ReviewsBody,
  SignBody,
  StatusBody,
  ZonesBody,
} from './types';

const AGREEMENTS_KEY = ['agreements'] as const;

const queryString = (params: Record<string, string | null | undefined>): string => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') {
      search.set(key, value);
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
};

const agreementPath = (id: string, rest = '') => `/agreements/${encodeURIComponent(id)}${rest}`;

/** The agreements matching the filters, in the API's order (signing day, unknown last, then number). */
export const useAgreements = (query: AgreementListQuery) =>
  useQuery<AgreementSummary[]>({
    queryKey: [...AGREEMENTS_KEY, 'list', query],
    queryFn: ({ signal }) =>
      apiRequest<{ items: AgreementSummary[] }>(`/agreements${queryString(query)}`, { signal }).then(
        (answer) => answer.items,
      ),
    placeholderData: keepPreviousData,
  });

/** One agreement with its parties, zones, obligations and review calendar. */
export const useAgreement = (id: string) =>
  useQuery({
    queryKey: [...AGREEMENTS_KEY, 'detail', id],
    queryFn: ({ signal }) => apiRequest<AgreementDetail>(agreementPath(id), { signal }),
  });

const useAgreementChange = <TInput>(send: (input: TInput) => Promise<AgreementDetail>) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSettled: () => queryClient.invalidateQueries({ queryKey: AGREEMENTS_KEY }),
  });
};

/** Drafts a new agreement; the actor's agency must be among the parties (unless a registry administrator). */
export const useCreateAgreement = () =>
  useAgreementChange((body: CreateAgreementBody) =>
    apiRequest<AgreementDetail>('/agreements', { method: 'POST', body }),
  );

/** Changes an agreement's main fields, guarded by its version. */
export const useUpdateAgreement = () =>
  useAgreementChange(({ id, ...body }: AgreementFields & { id: string; version: number }) =>
    apiRequest<AgreementDetail>(agreementPath(id), { method: 'PATCH', body }),
  );

/** Records the signing of a draft (two parties at least), guarded by its version. */
export const useSignAgreement = () =>
  useAgreementChange(({ id, ...body }: SignBody & { id: string }) =>
    apiRequest<AgreementDetail>(agreementPath(id, '/sign'), { method: 'POST', body }),
  );

/** Moves an agreement to another status on a day (in force, suspended, expired, superseded). */
export const useChangeAgreementStatus = () =>
  useAgreementChange(({ id, ...body }: StatusBody & { id: string }) =>
    apiRequest<AgreementDetail>(agreementPath(id, '/status'), { method: 'POST', body }),
  );

/** Adds a party (with its signatory where known), guarded by the agreement's version. */
export const useAddParty = () =>
  useAgreementChange(({ id, ...body }: AddPartyBody & { id: string }) =>
    apiRequest<AgreementDetail>(agreementPath(id, '/parties'), { method: 'POST', body }),
  );

/** Removes a party, guarded by the agreement's version (sent in the query: a DELETE has no body). */
export const useRemoveParty = () =>
  useAgreementChange(({ id, partyId, version }: { id: string; partyId: string; version: number }) =>
    apiRequest<AgreementDetail>(
      agreementPath(
        id,
        `/parties/${encodeURIComponent(partyId)}${queryString({ version: String(version) })}`,
      ),
      { method: 'DELETE' },
    ),
  );

/** Replaces the border zones an agreement covers and the area as the source words it. */
export const useSetZones = () =>
  useAgreementChange(({ id, ...body }: ZonesBody & { id: string }) =>
    apiRequest<AgreementDetail>(agreementPath(id, '/zones'), { method: 'PUT', body }),
  );

/** Replaces the sharing obligations and the three reply deadlines. */
export const useSetObligations = () =>
  useAgreementChange(({ id, ...body }: ObligationsBody & { id: string }) =>
    apiRequest<AgreementDetail>(agreementPath(id, '/obligations'), { method: 'PUT', body }),
  );

/** Replaces the review calendar. */
export const useSetReviews = () =>
  useAgreementChange(({ id, ...body }: ReviewsBody & { id: string }) =>
    apiRequest<AgreementDetail>(agreementPath(id, '/reviews'), { method: 'PUT', body }),
  );

/** The signed documents of an agreement, oldest first, without their content. */
export const useAgreementDocuments = (id: string) =>
  useQuery({
    queryKey: [...AGREEMENTS_KEY, 'documents', id],
    queryFn: ({ signal }) =>
      apiRequest<{ items: AgreementDocument[] }>(agreementPath(id, '/documents'), { signal }).then(
        (answer) => answer.items,
      ),
  });

/** Every change of an agreement, oldest first: what changed, when, and by which agency (null: the system). */
export const useAgreementHistory = (id: string) =>
  useQuery({
    queryKey: [...AGREEMENTS_KEY, 'history', id],
    queryFn: ({ signal }) =>
      apiRequest<{ items: AgreementHistoryItem[] }>(agreementPath(id, '/history'), { signal }).then(
        (answer) => answer.items,
      ),
  });

/** Where the browser downloads a signed document (the server answers it as an attachment). */
export const documentHref = (document: AgreementDocument): string =>
  `/api${agreementPath(document.agreementId, `/documents/${encodeURIComponent(document.id)}`)}`;

/** Attaches a signed PDF: the file itself is the body, its name goes in the query. */
export const useUploadDocument = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, file }: { id: string; file: File }) =>
      apiRequest<AgreementDocument>(agreementPath(id, `/documents${queryString({ filename: file.name })}`), {
        method: 'POST',
        // The server checks the bytes; the declared type must be PDF whatever the browser guessed.
        body: new Blob([file], { type: 'application/pdf' }),
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: AGREEMENTS_KEY }),
  });
};

/** The GeoJSON of each border zone an agreement covers (cached with the geo module's zone queries). */
export const useZonesGeoJson = (zoneIds: string[]) =>
  useQueries({
    queries: zoneIds.map((zoneId) => ({
      queryKey: ['geo', 'zones', 'geojson', zoneId],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        apiRequest<MapFeatureCollection>(`/geo/zones/${encodeURIComponent(zoneId)}/geojson`, { signal }),
    })),
  });
