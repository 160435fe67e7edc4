/**
 * Reads `.env` from the working directory into `process.env` when the file exists; variables already set
 * in the environment win. A missing file is normal (settings may come from the environment alone); any
 * other problem reading it (unreadable, a directory) is thrown.
 */
export function loadDotEnv(path = '.env'): void {
  try {
    process.loadEnvFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
