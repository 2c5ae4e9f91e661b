package cn.enforceflow.identity.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import cn.enforceflow.identity.EnforcementCertificate;
import cn.enforceflow.identity.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "user_account")
class UserAccountEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 64)
	private String username;

	@Column(name = "display_name", nullable = false, length = 64)
	private String displayName;

	@Column(name = "password_hash", length = 100)
	private String passwordHash;

	@Column(nullable = false)
	private boolean enabled = true;

	@Column(name = "department_code", length = 16)
	private String departmentCode;

	@Column(name = "enterprise_credit_code", length = 18)
	private String enterpriseCreditCode;

	@Column(length = 128)
	private String email;

	@Column(name = "certificate_number", length = 32)
	private String certificateNumber;

	@Column(name = "certificate_valid_until")
	private LocalDate certificateValidUntil;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "user_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "role", nullable = false, length = 32)
	private Set<Role> roles = new HashSet<>();

	@Version
	private long version;

	protected UserAccountEntity() {
	}

	UserAccountEntity(String username, String displayName, String passwordHash, Set<Role> roles) {
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.roles = roles.isEmpty() ? new HashSet<>() : EnumSet.copyOf(roles);
	}

	String username() {
		return this.username;
	}

	String displayName() {
		return this.displayName;
	}

	String passwordHash() {
		return this.passwordHash;
	}

	boolean enabled() {
		return this.enabled;
	}

	Set<Role> roles() {
		return Set.copyOf(this.roles);
	}

	Optional<String> departmentCode() {
		return Optional.ofNullable(this.departmentCode);
	}

	Optional<String> enterpriseCreditCode() {
		return Optional.ofNullable(this.enterpriseCreditCode);
	}

	Optional<EnforcementCertificate> certificate() {
		if (this.certificateNumber == null || this.certificateValidUntil == null) {
			return Optional.empty();
		}
		return Optional.of(new EnforcementCertificate(this.certificateNumber, this.certificateValidUntil));
	}

	void belongTo(String departmentCode, String enterpriseCreditCode) {
		this.departmentCode = departmentCode;
		this.enterpriseCreditCode = enterpriseCreditCode;
	}

	Optional<String> email() {
		return Optional.ofNullable(this.email);
	}

	void reachAt(String email) {
		this.email = email;
	}

	void holdCertificate(EnforcementCertificate certificate) {
		this.certificateNumber = certificate.number();
		this.certificateValidUntil = certificate.validUntil();
	}

	/**
	 * Takes what an external identity provider says of the person; changes only what
	 * differs, so that an unchanged account writes nothing.
	 */
	void describeAs(String displayName, Set<Role> roles, String departmentCode, String enterpriseCreditCode,
			EnforcementCertificate certificate, String email) {
		this.displayName = displayName;
		if (!this.roles.equals(roles)) {
			this.roles.clear();
			this.roles.addAll(roles);
		}
		belongTo(departmentCode, enterpriseCreditCode);
		this.certificateNumber = (certificate != null) ? certificate.number() : null;
		this.certificateValidUntil = (certificate != null) ? certificate.validUntil() : null;
		this.email = email;
	}

}
