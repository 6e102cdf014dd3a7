import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage, isLanguage, LANGUAGES } from '../i18n';

const LANGUAGE_OPTIONS = LANGUAGES.map((language) => ({ value: language.code, label: language.label }));

/** The language picker; each language is named in its own script. */
export const LanguageSwitcher = () => {
  const { t, i18n } = useTranslation();
  return (
    <NativeSelect
      aria-label={t('shell.header.language')}
      data-testid="language-switcher"
      size="xs"
      data={LANGUAGE_OPTIONS}
      value={i18n.resolvedLanguage ?? i18n.language}
      onChange={(event) => {
        const language = event.currentTarget.value;
        if (isLanguage(language)) {
          void changeLanguage(i18n, language);
        }
      }}
    />
  );
};
