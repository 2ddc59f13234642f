const KPA = 'Kodeks postępowania administracyjnego';

/** The provisions most answers to complaints cite (KPA dział VIII), offered as ticks in the legal-basis picker. */
export const commonLegalBases = [
  { key: 'KPA-227', act: KPA, article: 'art. 227' },
  { key: 'KPA-237', act: KPA, article: 'art. 237 § 1' },
  { key: 'KPA-238', act: KPA, article: 'art. 238 § 1' },
  { key: 'KPA-239', act: KPA, article: 'art. 239 § 1' },
] as const;
