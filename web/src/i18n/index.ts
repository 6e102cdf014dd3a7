import { createInstance, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import lo from './lo.json';
import vi from './vi.json';

export const LANGUAGES = [
  { code: 'vi', label: 'Tiếng Việt' },
  { code: 'en', label: 'English' },
  { code: 'lo', label: 'ພາສາລາວ' },
] as const;

export type Language = (typeof LANGUAGES)[number]['code'];

export const DEFAULT_LANGUAGE: Language = 'vi';

/** Only the chosen language is stored in the browser; never tokens or personal data. */
const LANGUAGE_STORAGE_KEY = 'giapranh.lang';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof vi };
  }
}

export type ErrorKey = `errors.${keyof typeof vi.errors}`;

/** Tells whether a string is one of the supported language codes. */
export const isLanguage = (value: unknown): value is Language =>
  LANGUAGES.some((language) => language.code === value);

const readStoredLanguage = (): Language => {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
};

/** Builds the app's i18next instance: Vietnamese first, the remembered language if any. */
export const createI18n = (): I18n => {
  const instance = createInstance();
  instance.use(initReactI18next);
  instance.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  void instance.init({
    resources: { vi: { translation: vi }, en: { translation: en }, lo: { translation: lo } },
    lng: readStoredLanguage(),
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES.map((language) => language.code),
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return instance;
};

/** Switches the UI language and remembers the choice for the next visit. */
export const changeLanguage = async (instance: I18n, language: Language): Promise<void> => {
  await instance.changeLanguage(language);
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Private browsing can refuse storage; the language still applies to this visit.
  }
};
