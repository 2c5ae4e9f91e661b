package cn.enforceflow.documents;

import java.util.Objects;

import cn.enforceflow.documents.DocumentType.ServedTo;
import cn.enforceflow.organization.CreditCode;
import cn.enforceflow.organization.DepartmentCode;

/**
 * What a workflow asks for when it issues a document. Build it with {@link #toEnterprise}
 * or {@link #toOrgan}.
 *
 * @param caseKey the business key (tracking number) of the case the document belongs to
 * @param issuer the issuing department, whose name heads the document and whose
 * abbreviation its number carries
 * @param enterprise the enterprise the document concerns (当事人); required when the
 * document is served to an enterprise, otherwise optional
 * @param addressee the organ the document is served to, for types served to an organ;
 * null otherwise
 * @param body what the document says
 * @param issuedBy the username of whoever issues it
 */
public record IssueRequest(String caseKey, DepartmentCode issuer, CreditCode enterprise, DepartmentCode addressee,
		DocumentBody body, String issuedBy) {

	public IssueRequest {
		if (caseKey == null || caseKey.isBlank()) {
			throw new IllegalArgumentException("a document belongs to a case");
		}
		Objects.requireNonNull(issuer, "issuer");
		Objects.requireNonNull(body, "body");
		if (issuedBy == null || issuedBy.isBlank()) {
			throw new IllegalArgumentException("a document is issued by someone");
		}
		if (body.type().servedTo() == ServedTo.ENTERPRISE) {
			Objects.requireNonNull(enterprise, () -> body.type().title() + " is served to an enterprise");
			if (addressee != null) {
				throw new IllegalArgumentException(body.type().title() + " is served to the enterprise, not an organ");
			}
		}
		else {
			Objects.requireNonNull(addressee, () -> body.type().title() + " is served to an organ");
		}
	}

	/**
	 * A document served to the enterprise the case concerns: 检查记录, 整改建议书, 责令改正通知书,
	 * 不予行政处罚决定书.
	 */
	public static IssueRequest toEnterprise(String caseKey, DepartmentCode issuer, CreditCode enterprise,
			DocumentBody body, String issuedBy) {
		return new IssueRequest(caseKey, issuer, enterprise, null, body, issuedBy);
	}

	/**
	 * A document served to an organ: 执法监督建议书 to a department, 移送函 and 线索材料清单 to the
	 * discipline commission.
	 * @param enterprise the enterprise concerned, printed on the document, or null
	 */
	public static IssueRequest toOrgan(String caseKey, DepartmentCode issuer, DepartmentCode addressee,
			CreditCode enterprise, DocumentBody body, String issuedBy) {
		return new IssueRequest(caseKey, issuer, enterprise, addressee, body, issuedBy);
	}

	public DocumentType type() {
		return this.body.type();
	}

}
