package cn.enforceflow.documents;

import java.util.List;

import cn.enforceflow.identity.UserProfile;

/**
 * 文书 — issues official documents and serves them. A document is numbered once, rendered
 * to PDF from its template, stored with its SHA-256 and never changed: regenerating it
 * makes a new version with the same number.
 * <p>
 * Who may read a document: whoever may see its case ({@code CaseAccess}), and the
 * addressee — the enterprise's people, or an addressed organ's head or inspectors.
 * Someone who may not is told it does not exist (404).
 */
public interface Documents {

	/**
	 * Issues a document in the caller's transaction (or a new one): takes the next number
	 * of its type, department and year, renders, stores and records it, and appends
	 * {@code DOCUMENT_ISSUED} to the audit trail. If the transaction rolls back, the
	 * number is free again and the stored PDF is removed.
	 * @throws cn.enforceflow.platform.BusinessRuleException when the department or
	 * enterprise is unknown
	 */
	Document issue(IssueRequest request);

	/**
	 * Renders a document again with new content as its next version, keeping its number;
	 * earlier versions stay as they were.
	 * @param issuedBy who issues the new version
	 */
	Document regenerate(String documentId, DocumentBody body, String issuedBy);

	/** The documents of a case, oldest first. */
	List<DocumentSummary> ofCase(UserProfile user, String businessKey);

	/**
	 * The documents served to the person's enterprise, or to their organ when they hold
	 * its head's or inspector's role; newest first.
	 */
	List<DocumentSummary> addressedTo(UserProfile user);

	/** The newest version's PDF. */
	DocumentContent content(UserProfile user, String documentId);

	/** One version's PDF. */
	DocumentContent content(UserProfile user, String documentId, int version);

	/**
	 * The addressee confirms receipt of the newest version (电子送达): records who and when
	 * and appends {@code DOCUMENT_RECEIVED} to the audit trail. Confirming again changes
	 * nothing and returns the first receipt.
	 * @throws DocumentNotFoundException when the person may not read the document
	 * @throws FileAccessRefusedException when they may read it but are not its addressee
	 */
	Receipt confirmReceipt(UserProfile user, String documentId);

}
