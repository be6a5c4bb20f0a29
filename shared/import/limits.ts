/** The largest file an import reads (a programme, a calendar or a press release is far smaller). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024

/** The largest press-release text read (a release is a few kilobytes; reading is linear, ~1 s/MB). */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024

/**
 * The longest base64 text a call may carry: more than MAX_IMPORT_BYTES encodes to, so that a file
 * over the limit reaches the importer and is refused with a message naming the limit (a transport
 * refuses bodies past its own cap with a message too).
 */
export const MAX_IMPORT_BASE64 = 64 * 1024 * 1024

/** A limit in whole megabytes, as the messages name it. */
export const inMegabytes = (bytes: number) => Math.round(bytes / (1024 * 1024))
