import { useTranslate } from 'react-admin';

/** A screen's own words (`<scope>.*`, e.g. app.businessPlans) as `t`, and react-admin's translate for the rest. */
export function useScreenWords(scope: string) {
  const translate = useTranslate();
  return { translate, t: (key: string, options?: Record<string, unknown>) => translate(`${scope}.${key}`, options) };
}
