// Refusals already written to the audit log (by a room, or a guard), so the error handler, which
// audits the refusals it sees, does not record them twice.
const audited = new WeakSet<Error>();

/** Marks an error whose refusal is already in the audit log (the error handler will not record it again). */
export function markAudited<E extends Error>(error: E): E {
  audited.add(error);
  return error;
}

export const isAudited = (error: Error) => audited.has(error);
