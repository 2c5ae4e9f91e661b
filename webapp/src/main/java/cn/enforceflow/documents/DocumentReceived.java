package cn.enforceflow.documents;

import java.time.Instant;

/**
 * The addressee confirmed receipt of a document served electronically (电子送达回证), in the
 * transaction that recorded it: a workflow waiting for the receipt goes on in the same
 * one.
 *
 * @param receivedBy the username of whoever confirmed
 */
public record DocumentReceived(String documentId, String caseKey, DocumentType type, String receivedBy,
		Instant receivedAt) {

}
