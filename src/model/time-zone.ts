/** The zone times of day are in, until a data folder names its own (the municipality record). */
export const DEFAULT_TIME_ZONE = 'Europe/Oslo';
