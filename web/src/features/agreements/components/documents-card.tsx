import { Anchor, Button, FileButton, Table, Text } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../ui/error-alert';
import { formatDateTime } from '../../../ui/format';
import { QueryStatus } from '../../../ui/query-status';
import { SectionCard } from '../../../ui/section-card';
import { useSession } from '../../auth/api';
import { documentHref, useAgreementDocuments, useUploadDocument } from '../api';
import type { AgreementDetail, AgreementDocument } from '../types';

const KIB = 1024;

/** A size in bytes, KB or MB, in the UI language's number format. */
const formatSize = (bytes: number, language: string): string => {
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  if (bytes < KIB) {
    return `${number.format(bytes)} B`;
  }
  return bytes < KIB * KIB ? `${number.format(bytes / KIB)} KB` : `${number.format(bytes / KIB / KIB)} MB`;
};

/** Who uploaded: the API gives only an account id, so the viewer's own uploads are named and others are not. */
const useUploaderName = () => {
  const { t } = useTranslation();
  const session = useSession();
  const me = session.data?.user;
  return (document: AgreementDocument): string => {
    if (document.uploadedBy === null) {
      return t('agreements.documents.unknownUploader');
    }
    return document.uploadedBy === me?.id ? me.displayName : t('agreements.documents.otherUploader');
  };
};

type UploadButtonProps = { isPending: boolean; onPick: (file: File) => void };

const UploadButton = ({ isPending, onPick }: UploadButtonProps) => {
  const { t } = useTranslation();
  const resetRef = useRef<() => void>(null);
  return (
    <FileButton
      accept="application/pdf,.pdf"
      resetRef={resetRef}
      onChange={(file) => {
        // Cleared at once, so that picking the same file again uploads it again.
        resetRef.current?.();
        if (file) {
          onPick(file);
        }
      }}
      inputProps={{ 'aria-label': t('agreements.documents.upload') }}
    >
      {(props) => (
        <Button
          {...props}
          size="compact-sm"
          variant="light"
          loading={isPending}
          data-testid="documents-upload"
        >
          {t('agreements.documents.upload')}
        </Button>
      )}
    </FileButton>
  );
};

/** The signed documents of an agreement, each downloadable; writers upload PDFs. */
export const DocumentsCard = ({ agreement }: { agreement: AgreementDetail }) => {
  const { t, i18n } = useTranslation();
  const documents = useAgreementDocuments(agreement.id);
  const upload = useUploadDocument();
  const uploaderName = useUploaderName();
  return (
    <SectionCard
      title={t('agreements.documents.title')}
      action={
        agreement.abilities.canEdit ? (
          <UploadButton
            isPending={upload.isPending}
            onPick={(file) => upload.mutate({ id: agreement.id, file })}
          />
        ) : undefined
      }
      testId="agreement-documents"
    >
      <ErrorAlert error={upload.error} testId="documents-upload-error" />
      {!documents.isSuccess ? (
        <QueryStatus query={documents} />
      ) : documents.data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('agreements.documents.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('agreements.documents.filename')}</Table.Th>
                <Table.Th>{t('agreements.documents.size')}</Table.Th>
                <Table.Th>{t('agreements.documents.uploaded')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {documents.data.map((document) => (
                <Table.Tr key={document.id} data-testid="agreement-document">
                  <Table.Td>
                    <Anchor href={documentHref(document)} download={document.filename} size="sm">
                      {document.filename}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{formatSize(document.byteSize, i18n.language)}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{formatDateTime(document.uploadedAt, i18n.language)}</Text>
                    <Text size="xs" c="dimmed">
                      {uploaderName(document)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </SectionCard>
  );
};
