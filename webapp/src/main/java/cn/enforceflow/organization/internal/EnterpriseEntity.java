package cn.enforceflow.organization.internal;

import cn.enforceflow.organization.CreditCode;
import cn.enforceflow.organization.Enterprise;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "enterprise")
class EnterpriseEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "credit_code", nullable = false, unique = true, length = 18)
	private String creditCode;

	@Column(nullable = false, length = 128)
	private String name;

	@Column(name = "legal_representative", length = 64)
	private String legalRepresentative;

	@Column(length = 255)
	private String address;

	@Column(length = 64)
	private String industry;

	@Column(name = "contact_phone", length = 32)
	private String contactPhone;

	protected EnterpriseEntity() {
	}

	EnterpriseEntity(Enterprise enterprise) {
		this.creditCode = enterprise.creditCode().value();
		this.name = enterprise.name();
		this.legalRepresentative = enterprise.legalRepresentative();
		this.address = enterprise.address();
		this.industry = enterprise.industry();
		this.contactPhone = enterprise.contactPhone();
	}

	Enterprise toEnterprise() {
		return new Enterprise(new CreditCode(this.creditCode), this.name, this.legalRepresentative, this.address,
				this.industry, this.contactPhone);
	}

}
