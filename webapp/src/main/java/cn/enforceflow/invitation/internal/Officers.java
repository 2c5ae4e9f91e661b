package cn.enforceflow.invitation.internal;

import java.time.LocalDate;

import cn.enforceflow.identity.EnforcementCertificate;
import cn.enforceflow.identity.Role;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.identity.Users;
import cn.enforceflow.platform.BusinessRuleException;
import org.springframework.stereotype.Component;

/**
 * Only certified officers of the department inspect (行政处罚法 第四十二条): an officer of the
 * invitation's department whose enforcement certificate is valid on the day.
 */
@Component
class Officers {

	private final Users users;

	Officers(Users users) {
		this.users = users;
	}

	UserProfile certified(InvitationEntity invitation, String username, LocalDate on) {
		UserProfile officer = this.users.profile(username)
			.filter((p) -> p.hasRole(Role.OFFICER))
			.filter((
					p) -> p.department().map((d) -> d.code().value().equals(invitation.departmentCode())).orElse(false))
			.orElseThrow(() -> new BusinessRuleException("invitation.team.notOfficer", username));
		EnforcementCertificate certificate = officer.certificate()
			.orElseThrow(() -> new BusinessRuleException("invitation.team.noCertificate", officer.displayName()));
		if (!certificate.isValidOn(on)) {
			throw new BusinessRuleException("invitation.team.certificateExpired", officer.displayName(),
					certificate.validUntil(), on);
		}
		return officer;
	}

	String nameOf(String username) {
		return (username != null) ? this.users.profile(username).map(UserProfile::displayName).orElse(username) : null;
	}

}
