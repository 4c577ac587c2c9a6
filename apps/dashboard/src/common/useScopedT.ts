import { useCallback } from 'react';
import { useTranslate } from 'react-admin';

export type ScopedT = (key: string, options?: Record<string, unknown>) => string;

/** translate() under app.<scope>.* — the labels of one resource (its i18n.ts), stable between renders. */
export function useScopedT(scope: string): ScopedT {
  const translate = useTranslate();
  return useCallback((key: string, options?: Record<string, unknown>) => translate(`app.${scope}.${key}`, options), [translate, scope]);
}
