import { ja } from '../i18n/ja';

const PREFIX = 'app.handlingRecords.actions';

/** The actions we have labels for, as filter choices; the API may record others. */
export const actionChoices = Object.keys(ja.app.handlingRecords.actions).map((id) => ({ id, name: `${PREFIX}.${id}` }));

/** The translation key of an action code, and the code itself to fall back on when there is no label. */
export function actionLabel(code: string): [key: string, options: { _: string }] {
  return [`${PREFIX}.${code}`, { _: code }];
}
