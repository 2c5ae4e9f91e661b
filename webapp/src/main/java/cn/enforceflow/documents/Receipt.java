package cn.enforceflow.documents;

import java.time.Instant;

/**
 * 送达回证 — who confirmed receipt of a version of a document, and when.
 *
 * @param documentId the document
 * @param version the version received
 * @param receivedBy the username of the person who confirmed
 * @param receivedByName their name as shown
 * @param receivedAt when, whole seconds
 */
public record Receipt(String documentId, int version, String receivedBy, String receivedByName, Instant receivedAt) {

}
