/**
 * The values a fact of the domain carries for its sentence (a conflict's times, a task's date):
 * the domain names the message by key and gives these; the interface and the exports word it.
 */
export type FactParams = Record<string, string | number>
