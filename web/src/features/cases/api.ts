import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../app/api';
import type {
  CaseFull,
  CaseList,
  CaseListQuery,
  CaseView,
  CreateCaseBody,
  CreateOperationBody,
  CreateSeizureBody,
  HandoverBody,
  OperationFull,
  OperationList,
  OperationView,
  SeizureFull,
  SeizureList,
  SeizureTotals,
  SeizureView,
  TotalsQuery,
} from './types';

/** Cases, operations and seizures share one cache key: a seizure changes its case's page and the totals. */
const CASES_KEY = ['cases'] as const;
/** Rows per page of the registries. */
export const CASE_PAGE_SIZE = 50;

const queryString = (params: Record<string, string | number | null | undefined>): string => {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
};

const id = encodeURIComponent;

/** A page of the cases the user reads at summary or full level, with the total and the facets of the same set. */
export const useCases = (query: CaseListQuery) =>
  useQuery({
    queryKey: [...CASES_KEY, 'list', query],
    queryFn: ({ signal }) =>
      apiRequest<CaseList>(`/cases${queryString({ ...query, q: query.q.trim(), limit: CASE_PAGE_SIZE })}`, {
        signal,
      }),
    placeholderData: keepPreviousData,
  });

/** The cases involving a person, among those the user reads in full (a case's persons are part of it in full). */
export const usePersonCases = (personId: string) =>
  useQuery({
    queryKey: [...CASES_KEY, 'person', personId],
    queryFn: ({ signal }) =>
      apiRequest<CaseList>(`/cases${queryString({ personId, limit: CASE_PAGE_SIZE })}`, { signal }),
  });

/** One case at the level the sharing policy gives the user. */
export const useCase = (caseId: string) =>
  useQuery({
    queryKey: [...CASES_KEY, 'case', caseId],
    queryFn: ({ signal }) => apiRequest<CaseView>(`/cases/${id(caseId)}`, { signal }),
  });

const useCasesMutation = <B, R>(request: (body: B) => Promise<R>) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSettled: () => queryClient.invalidateQueries({ queryKey: CASES_KEY }),
  });
};

/** Records a case led by the user's agency. */
export const useCreateCase = () =>
  useCasesMutation((body: CreateCaseBody) => apiRequest<CaseFull>('/cases', { method: 'POST', body }));

/** Changes a case of the user's agency at the version it was read. */
export const useUpdateCase = (caseId: string) =>
  useCasesMutation((body: Partial<CreateCaseBody> & { version: number }) =>
    apiRequest<CaseFull>(`/cases/${id(caseId)}`, { method: 'PATCH', body }),
  );

/** A page of the special operations the user reads. */
export const useOperations = (query: { q: string; offset: number }) =>
  useQuery({
    queryKey: [...CASES_KEY, 'operations', query],
    queryFn: ({ signal }) =>
      apiRequest<OperationList>(
        `/operations${queryString({ ...query, q: query.q.trim(), limit: CASE_PAGE_SIZE })}`,
        {
          signal,
        },
      ),
    placeholderData: keepPreviousData,
  });

/** One special operation at the level the user reads it. */
export const useOperation = (operationId: string) =>
  useQuery({
    queryKey: [...CASES_KEY, 'operation', operationId],
    queryFn: ({ signal }) => apiRequest<OperationView>(`/operations/${id(operationId)}`, { signal }),
  });

/** Opens a special operation led by the user's agency. */
export const useCreateOperation = () =>
  useCasesMutation((body: CreateOperationBody) =>
    apiRequest<OperationFull>('/operations', { method: 'POST', body }),
  );

/** The seizures the user reads, of one case or all. */
export const useSeizures = (query: { caseId?: string; offset: number }) =>
  useQuery({
    queryKey: [...CASES_KEY, 'seizures', query],
    queryFn: ({ signal }) =>
      apiRequest<SeizureList>(`/seizures${queryString({ ...query, limit: CASE_PAGE_SIZE })}`, { signal }),
    placeholderData: keepPreviousData,
  });

/** One seizure at the level the user reads it, with its custody chain in full. */
export const useSeizure = (seizureId: string) =>
  useQuery({
    queryKey: [...CASES_KEY, 'seizure', seizureId],
    queryFn: ({ signal }) => apiRequest<SeizureView>(`/seizures/${id(seizureId)}`, { signal }),
  });

/** Records a seizure on a case. */
export const useCreateSeizure = (caseId: string) =>
  useCasesMutation((body: CreateSeizureBody) =>
    apiRequest<SeizureFull>(`/cases/${id(caseId)}/seizures`, { method: 'POST', body }),
  );

/** Hands a seizure's exhibits over to a new holder. */
export const useHandover = (seizureId: string) =>
  useCasesMutation((body: HandoverBody) =>
    apiRequest<SeizureFull>(`/seizures/${id(seizureId)}/custody`, { method: 'POST', body }),
  );

/** The totals of the seizures the user reads, per substance and unit, with each force's credit. */
export const useSeizureTotals = (query: TotalsQuery) =>
  useQuery({
    queryKey: [...CASES_KEY, 'totals', query],
    queryFn: ({ signal }) => apiRequest<SeizureTotals>(`/seizures/totals${queryString(query)}`, { signal }),
    placeholderData: keepPreviousData,
  });
