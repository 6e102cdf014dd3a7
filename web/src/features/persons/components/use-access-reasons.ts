import { useTranslation } from 'react-i18next';
import type { BlockView, GrantView } from '../share-types';

/** Returns the texts that say why an agency reads a record ("Agreement 303/QCPH") and what holds a grant back. */
export const useAccessReasons = () => {
  const { t } = useTranslation();
  const grantText = (grant: GrantView): string => {
    const level = t(`agreements.level.${grant.level}`);
    switch (grant.rule) {
      case 'owner':
        return t('persons.sharing.grantOwner');
      case 'share':
        return t('persons.sharing.grantShare', { purpose: grant.purpose, level });
      case 'agreement':
        return t('persons.sharing.grantAgreement', {
          agreement: grant.agreement.number ?? grant.agreement.title,
          level,
        });
    }
  };
  const blockText = (block: BlockView): string => {
    switch (block.rule) {
      case 'classification':
        return t('persons.sharing.blockClassification', {
          classification: t(`persons.classification.${block.classification}`),
        });
      case 'foreign_release':
        return t('persons.sharing.blockForeign');
      case 'h2_forward':
        return t('persons.sharing.blockH2');
    }
  };
  return { grantText, blockText };
};
