package cn.enforceflow.invitation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An officer who took part in the inspection, with the certificate they held on the day:
 * the 检查记录 names them.
 */
@Embeddable
class Inspector {

	@Column(nullable = false, length = 64)
	private String username;

	@Column(name = "certificate_number", nullable = false, length = 32)
	private String certificateNumber;

	protected Inspector() {
	}

	Inspector(String username, String certificateNumber) {
		this.username = username;
		this.certificateNumber = certificateNumber;
	}

	String username() {
		return this.username;
	}

	String certificateNumber() {
		return this.certificateNumber;
	}

}
