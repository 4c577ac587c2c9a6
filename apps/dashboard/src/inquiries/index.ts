import QuestionAnswerIcon from '@mui/icons-material/QuestionAnswer';
import { INQUIRY_CATEGORY_LABELS_JA, type InquiryCategory } from '@outreach/domain/follow-ups';
import { lazyView } from '../common/lazyView';
import { formatDate } from '../common/dates';
const InquiryCreate = lazyView(() => import('./InquiryCreate'), 'InquiryCreate');
const InquiryEdit = lazyView(() => import('./InquiryEdit'), 'InquiryEdit');
const InquiryList = lazyView(() => import('./InquiryList'), 'InquiryList');

/** 問い合わせ・苦情: logged, handled, escalated to the city when needed. */
export default {
  list: InquiryList,
  create: InquiryCreate,
  edit: InquiryEdit,
  icon: QuestionAnswerIcon,
  recordRepresentation: (q: { date: string; category: InquiryCategory }) => `${formatDate(q.date)} ${INQUIRY_CATEGORY_LABELS_JA[q.category] ?? ''}`,
};
