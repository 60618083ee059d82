package org.scfin.idempotency;

/** The response of a completed request, kept to answer its replays. */
record StoredResponse(int status, String contentType, String location, String body) {}
