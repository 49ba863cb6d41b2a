/** Times as office staff read them: Oslo time, `23.11.2026, 09:15:02`. */
const osloTime = new Intl.DateTimeFormat('nb-NO', { timeZone: 'Europe/Oslo', dateStyle: 'short', timeStyle: 'medium' });

export const formatOsloTime = (at: Date): string => osloTime.format(at);
