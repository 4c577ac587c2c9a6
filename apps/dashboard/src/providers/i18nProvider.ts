import japanese from '@bicstone/ra-language-japanese';
import type { TranslationMessages } from 'ra-core';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import { ja } from '../i18n/ja';

/**
 * The package is CommonJS with `exports.default`; Vite 8 imports CommonJS with Node's semantics from a
 * "type": "module" package and hands over the whole `exports` object, Jest (swc) hands over `default`.
 */
const japaneseMessages = (japanese as { default?: TranslationMessages }).default ?? japanese;

type Messages = { [key: string]: string | Messages };

function isMessages(value: unknown): value is Messages {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep merge of message trees, later layers winning; nested objects are merged, never replaced whole. */
export function mergeMessages(...layers: object[]): Messages {
  const out: Messages = {};
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer)) {
      const current = out[key];
      out[key] = isMessages(current) && isMessages(value) ? mergeMessages(current, value) : (value as string | Messages);
    }
  }
  return out;
}

const LOCALES = [
  { locale: 'ja', name: '日本語' },
  { locale: 'en', name: 'English' },
];

/**
 * react-admin's English messages are the base of both locales: the Japanese package lacks a few keys, and a
 * missing key then reads in English rather than as its raw name.
 *
 * Japanese, the default, is here at once; our English labels (every folder's `i18n.en.ts`) are fetched when a
 * user switches to English, so they stay out of the JavaScript every login loads (docs/performance.md).
 */
export function messagesFor(locale: 'ja'): TranslationMessages;
export function messagesFor(locale: string): TranslationMessages | Promise<TranslationMessages>;
export function messagesFor(locale: string): TranslationMessages | Promise<TranslationMessages> {
  if (locale === 'en') return import('../i18n/en').then(({ en }) => mergeMessages(englishMessages, en) as TranslationMessages);
  return mergeMessages(englishMessages, japaneseMessages, ja) as TranslationMessages;
}

export const i18nProvider = polyglotI18nProvider(messagesFor, 'ja', LOCALES);
