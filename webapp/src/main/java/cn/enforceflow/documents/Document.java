package cn.enforceflow.documents;

import java.time.Instant;

/**
 * A version of a document as issued: stored, numbered, hashed.
 *
 * @param id the document's id (all its versions share it)
 * @param caseKey the case it belongs to
 * @param type what it is
 * @param number its number, e.g. 淮应急整改〔2026〕12号; the same for every version
 * @param version 1 for the first, then 2, 3, ... for each regeneration
 * @param sha256 SHA-256 of the PDF's bytes, lower-case hex
 * @param size the PDF's length in bytes
 * @param issuedAt when this version was issued, whole seconds
 * @param issuedBy who issued this version
 */
public record Document(String id, String caseKey, DocumentType type, String number, int version, String sha256,
		long size, Instant issuedAt, String issuedBy) {

}
