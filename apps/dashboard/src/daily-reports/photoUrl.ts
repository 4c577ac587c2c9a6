import { API } from '../providers/http';

/** The photo's image and thumbnail, served with the session cookie (usable as <img src>). */
export const photoUrl = (photoId: string) => `${API}/photos/${encodeURIComponent(photoId)}`;
export const thumbnailUrl = (photoId: string) => `${photoUrl(photoId)}/thumbnail`;
