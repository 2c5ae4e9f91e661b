package cn.enforceflow.exemption.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * 送达地址确认书 with consent to electronic service: recorded once per enterprise, by one of its
 * people; without it a decision is served in person or by post.
 */
@Entity
@Table(name = "electronic_service_consent")
class ServiceConsentEntity {

	@Id
	@Column(name = "credit_code", length = 18)
	private String creditCode;

	@Column(name = "consented_by", nullable = false, length = 64)
	private String consentedBy;

	@Column(name = "consented_at", nullable = false)
	private Instant consentedAt;

	protected ServiceConsentEntity() {
	}

	ServiceConsentEntity(String creditCode, String consentedBy, Instant consentedAt) {
		this.creditCode = creditCode;
		this.consentedBy = consentedBy;
		this.consentedAt = consentedAt;
	}

	String creditCode() {
		return this.creditCode;
	}

	Instant consentedAt() {
		return this.consentedAt;
	}

}
