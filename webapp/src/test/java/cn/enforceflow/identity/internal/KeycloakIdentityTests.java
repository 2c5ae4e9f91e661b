package cn.enforceflow.identity.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.enforceflow.identity.Role;
import cn.enforceflow.organization.CreditCode;
import cn.enforceflow.organization.DepartmentCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who a token says its holder is: roles and organisation from the groups only.
 */
class KeycloakIdentityTests {

	@Test
	void anOfficerFromTheirGroupAndCertificate() {
		KeycloakIdentity officer = KeycloakIdentity.of(Map.of("preferred_username", "officer1", "family_name", "刘",
				"given_name", "洋", "groups", List.of("YJJ.OFFICER", "default-roles-enforceflow"), "certificateNumber",
				"32080020260001", "certificateValidUntil", "2028-12-31", "roles", List.of("ADMIN")));

		assertThat(officer.username()).isEqualTo("officer1");
		assertThat(officer.displayName()).isEqualTo("刘洋");
		assertThat(officer.roles()).as("realm roles grant nothing by themselves").containsExactly(Role.OFFICER);
		assertThat(officer.department()).contains(DepartmentCode.of("YJJ"));
		assertThat(officer.enterprise()).isEmpty();
		assertThat(officer.certificate()).hasValueSatisfying(
				(certificate) -> assertThat(certificate.validUntil()).isEqualTo(LocalDate.of(2028, 12, 31)));
	}

	@Test
	void anEnterpriseFromAGroupWrittenAsAPath() {
		KeycloakIdentity enterprise = KeycloakIdentity.of(Map.of("preferred_username", "enterprise2", "given_name",
				"Mary", "family_name", "Smith", "groups", List.of("/ENT.91320812MA1MQ7R28A")));

		assertThat(enterprise.roles()).containsExactly(Role.ENTERPRISE);
		assertThat(enterprise.enterprise()).contains(new CreditCode("91320812MA1MQ7R28A"));
		assertThat(enterprise.displayName()).isEqualTo("Mary Smith");
	}

	@Test
	void groupsOfTwoOrganisationsAreRefused() {
		assertThatThrownBy(() -> KeycloakIdentity
			.of(Map.of("preferred_username", "x", "groups", List.of("YJJ.OFFICER", "SJJ.DISPATCHER"))))
			.isInstanceOf(KeycloakIdentity.InvalidIdentityException.class);
		assertThatThrownBy(() -> KeycloakIdentity
			.of(Map.of("preferred_username", "x", "groups", List.of("YJJ.OFFICER", "ENT.91320812MA1MQ7R28A"))))
			.isInstanceOf(KeycloakIdentity.InvalidIdentityException.class);
	}

	@Test
	void aTokenWithoutAUsernameIsRefusedAndOtherSystemsGroupsIgnored() {
		assertThatThrownBy(() -> KeycloakIdentity.of(Map.of("groups", List.of("YJJ.OFFICER"))))
			.isInstanceOf(KeycloakIdentity.InvalidIdentityException.class);

		KeycloakIdentity nobody = KeycloakIdentity
			.of(Map.of("preferred_username", "guest", "groups", List.of("oa-users", "ENT.not-a-code")));
		assertThat(nobody.roles()).isEmpty();
		assertThat(nobody.displayName()).isEqualTo("guest");
	}

}
