import { issuesToFieldErrors } from '@outreach/domain/common';
import { inquiryCategorySchema, inquiryChannelSchema, inquiryInputSchema } from '@outreach/domain/follow-ups';

/** Choices whose names are translation keys (react-admin translates choice names). */
export const categoryChoices = inquiryCategorySchema.options.map((id) => ({ id, name: `app.inquiries.categories.${id}` }));
export const channelChoices = inquiryChannelSchema.options.map((id) => ({ id, name: `app.inquiries.channels.${id}` }));

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value : undefined);

/** The inquiry body the API takes from the form's values (nulls of a record left out). */
export function inquiryInputOf(values: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = {
    date: values.date ?? '',
    channel: values.channel,
    category: values.category,
    summary: values.summary ?? '',
    handling: text(values.handling),
    escalatedToCity: values.escalatedToCity === true,
    closedDate: text(values.closedDate),
  };
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
}

/** The inquiry form's validate: the shared schema's messages on the body the API would get. */
export function validateInquiry(values: Record<string, unknown>): Record<string, string> {
  const parsed = inquiryInputSchema.safeParse(inquiryInputOf(values));
  return parsed.success ? {} : issuesToFieldErrors(parsed.error.issues);
}
