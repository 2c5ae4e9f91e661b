package cn.enforceflow.identity.web;

import java.security.Principal;
import java.util.List;

import cn.enforceflow.identity.Role;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.identity.Users;
import cn.enforceflow.platform.NotFoundException;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who am I: the signed-in user, their roles and the organisation they act for.
 */
@RestController
@Tag(name = "identity", description = "当前用户")
class MeController {

	private final Users users;

	MeController(Users users) {
		this.users = users;
	}

	@GetMapping("/api/me")
	@Operation(summary = "当前登录用户的身份、角色与所属单位")
	Me me(Principal principal) {
		UserProfile profile = this.users.profile(principal.getName())
			.orElseThrow(() -> new NotFoundException("identity.user.notFound", principal.getName()));
		return Me.of(profile);
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record Me(String username, String displayName, List<Role> roles, String department, String departmentCode,
			String enterprise, String enterpriseCreditCode, Certificate certificate) {

		static Me of(UserProfile profile) {
			return new Me(profile.username(), profile.displayName(), profile.roles().stream().sorted().toList(),
					profile.department().map((d) -> d.name()).orElse(null),
					profile.department().map((d) -> d.code().value()).orElse(null),
					profile.enterprise().map((e) -> e.name()).orElse(null),
					profile.enterprise().map((e) -> e.creditCode().value()).orElse(null),
					profile.certificate()
						.map((c) -> new Certificate(c.number(), c.validUntil().toString()))
						.orElse(null));
		}

	}

	record Certificate(String number, String validUntil) {

	}

}
