import { Alert, Anchor, Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../../app/error-text';
import { ConfirmModal } from '../../../ui/confirm-modal';
import { SectionCard } from '../../../ui/section-card';
import { useDeleteContact } from '../api';
import { ContactFormModal } from '../forms/contact-form';
import type { Contact } from '../types';

type ContactsCardProps = { agencyId: string; contacts: Contact[]; canManage: boolean };

type Editing = { contact: Contact | null } | null;

/** The agency's duty desk and liaison officers on the day looked at; managed by those the server allows. */
export const ContactsCard = ({ agencyId, contacts, canManage }: ContactsCardProps) => {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const remove = useDeleteContact();
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Contact | null>(null);
  const confirmDelete = () =>
    deleting &&
    remove.mutate(
      { agencyId, contactId: deleting.id, version: deleting.version },
      { onSettled: () => setDeleting(null) },
    );
  return (
    <>
      <SectionCard
        title={t('agencies.contacts.title')}
        action={
          canManage && (
            <Button size="compact-sm" variant="light" onClick={() => setEditing({ contact: null })}>
              {t('agencies.contacts.add')}
            </Button>
          )
        }
        testId="agency-contacts"
      >
        {remove.error !== null && (
          <Alert color="red" variant="light">
            {errorText(remove.error)}
          </Alert>
        )}
        {contacts.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('agencies.contacts.empty')}
          </Text>
        ) : (
          <Table verticalSpacing={4}>
            <Table.Tbody>
              {contacts.map((contact) => (
                <Table.Tr key={contact.id}>
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {[contact.rank, contact.name].filter(Boolean).join(' ')}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {[t(`agencies.contactKind.${contact.kind}`), contact.title].filter(Boolean).join(' · ')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {contact.phone && (
                      <Anchor size="sm" href={`tel:${contact.phone.replace(/[^0-9+]/g, '')}`} display="block">
                        {contact.phone}
                      </Anchor>
                    )}
                    {contact.email && (
                      <Anchor size="sm" href={`mailto:${contact.email}`} display="block">
                        {contact.email}
                      </Anchor>
                    )}
                    {contact.languages.length > 0 && (
                      <Text size="xs" c="dimmed">
                        {t('agencies.contacts.speaks', { languages: contact.languages.join(', ') })}
                      </Text>
                    )}
                  </Table.Td>
                  {canManage && (
                    <Table.Td w={1}>
                      <Group gap={4} wrap="nowrap">
                        <Button size="compact-xs" variant="subtle" onClick={() => setEditing({ contact })}>
                          {t('agencies.contacts.edit')}
                        </Button>
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          onClick={() => setDeleting(contact)}
                        >
                          {t('agencies.contacts.delete')}
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </SectionCard>
      <ContactFormModal
        agencyId={agencyId}
        contact={editing?.contact ?? null}
        opened={editing !== null}
        onClose={() => setEditing(null)}
      />
      <ConfirmModal
        message={deleting ? t('agencies.contacts.confirmDelete', { name: deleting.name }) : null}
        isPending={remove.isPending}
        onConfirm={confirmDelete}
        onCancel={() => setDeleting(null)}
      />
    </>
  );
};
