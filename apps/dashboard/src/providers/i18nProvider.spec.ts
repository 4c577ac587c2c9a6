import englishMessages from 'ra-language-english';
import { actionLabel } from '../handling-records/actions';
import { i18nProvider, mergeMessages, messagesFor } from './i18nProvider';

function keys(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function lookup(tree: object, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], tree);
}

describe(mergeMessages.name, () => {
  it('merges nested trees, later layers winning key by key', () => {
    expect(mergeMessages({ ra: { a: 'A', b: 'B' }, x: 'X' }, { ra: { b: 'ビー' } }, { y: 'Y' })).toEqual({
      ra: { a: 'A', b: 'ビー' },
      x: 'X',
      y: 'Y',
    });
  });

  it('does not change its inputs', () => {
    const base = { ra: { a: 'A' } };
    mergeMessages(base, { ra: { a: 'エー' } });
    expect(base).toEqual({ ra: { a: 'A' } });
  });
});

describe(messagesFor.name, () => {
  it('has every react-admin key in Japanese, in English where the Japanese package lacks it', () => {
    const ja = messagesFor('ja');
    for (const key of keys(englishMessages)) expect(typeof lookup(ja, key)).toBe('string');
    expect(lookup(ja, 'ra.action.save')).toBe('保存');
  });

  it('gives the same app keys in both locales, English fetched on demand', async () => {
    const en = messagesFor('en');
    expect(en).toBeInstanceOf(Promise);
    expect(keys(await en).sort()).toEqual(keys(messagesFor('ja')).sort());
  });
});

describe('i18nProvider', () => {
  it('is Japanese by default, with our labels', () => {
    expect(i18nProvider.getLocale()).toBe('ja');
    expect(i18nProvider.translate('app.title')).toBe('アウトリーチデスク');
    expect(i18nProvider.translate('resources.handling-records.name', { smart_count: 2 })).toBe('取扱記録');
    expect(i18nProvider.translate('app.roles.city_admin')).toBe('市担当者（管理）');
  });

  it('titles a record by its name, never its id', () => {
    const title = i18nProvider.translate('ra.page.edit', { name: '組織', recordRepresentation: '小樽市 市民生活部', id: 'ce98a1b2' });
    expect(title).toBe('組織 小樽市 市民生活部');
    expect(i18nProvider.translate('ra.page.show', { name: '利用者', recordRepresentation: '受託 管理', id: 'bcb2cbbb' })).toBe('利用者 受託 管理');
  });

  it('labels known handling-record actions and falls back to the raw code', () => {
    expect(i18nProvider.translate(...actionLabel('auth.login_failed'))).toBe('ログイン失敗');
    expect(i18nProvider.translate(...actionLabel('program.archive'))).toBe('program.archive');
  });
});
