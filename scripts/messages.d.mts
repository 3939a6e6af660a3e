/** Every UI string, English and French side by side (see messages.mjs). */
export declare const messages: Record<string, { en: string; fr: string }>;
