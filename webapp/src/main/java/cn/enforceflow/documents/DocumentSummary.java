package cn.enforceflow.documents;

import java.time.Instant;

/**
 * A document as lists show it: its newest version, who issued it to whom, and whether
 * that version was received.
 *
 * @param id the document's id
 * @param caseKey its case
 * @param type what it is
 * @param title its title, e.g. 整改建议书
 * @param number its number
 * @param version the newest version
 * @param issuer the issuing organ as printed, e.g. 淮安市应急管理局
 * @param addressee whom it is served to: the enterprise's or the organ's name
 * @param enterpriseName the enterprise it concerns, or null
 * @param issuedAt when the newest version was issued
 * @param issuedBy who issued it
 * @param sha256 the newest version's hash
 * @param size its length in bytes
 * @param receipt the receipt of the newest version, or null
 * @param receivable whether the person asking may confirm receipt of it now
 */
public record DocumentSummary(String id, String caseKey, DocumentType type, String title, String number, int version,
		String issuer, String addressee, String enterpriseName, Instant issuedAt, String issuedBy, String sha256,
		long size, Receipt receipt, boolean receivable) {

	public boolean received() {
		return this.receipt != null;
	}

}
