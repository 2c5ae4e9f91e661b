package cn.enforceflow.invitation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An item of the department's published list, as it read when the invitation was
 * submitted: a later edit of the list does not change what was asked for.
 */
@Embeddable
class InvitationItem {

	@Column(name = "item_code", nullable = false, length = 32)
	private String code;

	@Column(name = "item_name", nullable = false, length = 128)
	private String name;

	@Column(name = "legal_basis", nullable = false, length = 500)
	private String legalBasis;

	protected InvitationItem() {
	}

	InvitationItem(String code, String name, String legalBasis) {
		this.code = code;
		this.name = name;
		this.legalBasis = legalBasis;
	}

	String code() {
		return this.code;
	}

	String name() {
		return this.name;
	}

	String legalBasis() {
		return this.legalBasis;
	}

}
