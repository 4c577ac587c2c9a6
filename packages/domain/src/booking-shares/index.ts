/** The weekly share of reception slips (受付票の共有, §9(1)): due dates, unshared slips, the encrypted share file's workflow (API module booking-shares). */
export * from './share-file.js';
export * from './slip-share.js';
export * from './booking-share-view.schema.js';
