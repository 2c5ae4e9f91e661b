package cn.enforceflow.documents;

/**
 * A document was issued and served electronically: to an enterprise (its people find it
 * under 文书送达) or to an organ (its head does).
 *
 * @param enterprise the credit code of the enterprise served, or null
 * @param organ the code of the organ served, or null
 */
public record DocumentServed(String documentId, String caseKey, DocumentType type, String number, String enterprise,
		String organ) {

}
