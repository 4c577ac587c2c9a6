import japanese from '@bicstone/ra-language-japanese';
import type { TranslationMessages } from 'ra-core';
import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import { en } from '../i18n/en';
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
 */
export function messagesFor(locale: string): TranslationMessages {
  const messages = locale === 'en' ? mergeMessages(englishMessages, en) : mergeMessages(englishMessages, japaneseMessages, ja);
  return messages as TranslationMessages;
}

export const i18nProvider = polyglotI18nProvider(messagesFor, 'ja', LOCALES);
