import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { pl } from './pl';

/** Each area of the app keeps its texts beside the others in i18n/areas/<area>.ts, exporting `{ pl, en }`. */
const areas = import.meta.glob<{ pl: object; en: object }>('./areas/*.ts', { eager: true });
const merged = (lng: 'pl' | 'en', common: object): object =>
  Object.values(areas).reduce<object>((all, area) => ({ ...all, ...area[lng] }), common);

export type Language = 'PL' | 'EN';
export const LANGUAGE_STORAGE_KEY = 'dl.language';

/** i18next picks plural forms by CLDR rules (Intl.PluralRules): Polish one / few / many, English one / other. */
export function setUpI18n(): typeof i18next {
  const stored = localStorage.getItem(LANGUAGE_STORAGE_KEY);
  void i18next.use(initReactI18next).init({
    resources: { pl: { translation: merged('pl', pl) }, en: { translation: merged('en', en) } },
    lng: stored === 'en' ? 'en' : 'pl',
    fallbackLng: 'pl',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}

/** The signed-in user's language (kept in their account) wins over the one chosen before signing in. */
export function useLanguage(language: Language): void {
  const lng = language === 'EN' ? 'en' : 'pl';
  localStorage.setItem(LANGUAGE_STORAGE_KEY, lng);
  document.documentElement.lang = lng;
  if (i18next.language !== lng) void i18next.changeLanguage(lng);
}
