import { Anchor } from '@mantine/core';
import { hrefOfRecord, ROUTES } from '../../../app/router';

export const caseHref = (caseId: string) => hrefOfRecord(ROUTES.cases, caseId);
export const operationHref = (operationId: string) => hrefOfRecord(ROUTES.operations, operationId);
export const seizureHref = (seizureId: string) => hrefOfRecord(ROUTES.seizures, seizureId);

/** A link to a case page. */
export const CaseLink = ({ id, title }: { id: string; title: string }) => (
  <Anchor href={caseHref(id)} size="sm">
    {title}
  </Anchor>
);

const LOCALES: Record<string, string> = { vi: 'vi-VN', en: 'en-GB', lo: 'lo-LA' };

/** A quantity in the UI language, up to three decimals (grams of a kilogram). */
export const formatAmount = (amount: number, language: string): string =>
  new Intl.NumberFormat(LOCALES[language] ?? LOCALES.vi, { maximumFractionDigits: 3 }).format(amount);
