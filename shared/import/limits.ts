/** The largest file an import reads (a programme, a calendar or a press release is far smaller). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024
