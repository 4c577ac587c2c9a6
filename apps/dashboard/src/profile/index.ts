import { lazyView } from '../common/lazyView';

/** 個人設定 (/profile): password and two-step login, loaded on first use like every other screen. */
export const ProfilePage = lazyView(() => import('./ProfilePage'), 'ProfilePage');
