package cn.enforceflow.exemption.internal;

import java.util.EnumSet;
import java.util.List;

import cn.enforceflow.exemption.ExemptionStatus;
import cn.enforceflow.exemption.ExemptionSummary;
import cn.enforceflow.exemption.ExemptionView;
import cn.enforceflow.exemption.Exemptions;
import cn.enforceflow.exemption.PublishedDecision;
import cn.enforceflow.identity.Authorization;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.organization.Department;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The cases as their readers see them; the enterprise sees what was served on it. */
@Service
@Transactional(readOnly = true)
class ExemptionQueries implements Exemptions {

	private static final int LIST_SIZE = 200;

	private final ExemptionRepository exemptions;

	private final ExemptionAccess access;

	private final ExemptionViews views;

	ExemptionQueries(ExemptionRepository exemptions, ExemptionAccess access, ExemptionViews views) {
		this.exemptions = exemptions;
		this.access = access;
		this.views = views;
	}

	@Override
	public List<ExemptionSummary> list(UserProfile user, boolean generalProcedureOnly) {
		PageRequest page = PageRequest.of(0, LIST_SIZE);
		if (user.enterprise().isPresent() && user.department().isEmpty()) {
			return this.exemptions
				.findByEnterpriseCreditCodeAndStatusInOrderByIdDesc(user.enterprise().get().creditCode().value(),
						EnumSet.allOf(ExemptionStatus.class), page)
				.stream()
				.filter((e) -> this.access.mayRead(user, e))
				.map(this.views::summary)
				.toList();
		}
		return user.department()
			.map(Department::code)
			.filter((code) -> Authorization.mayWorkIn(user, code))
			.map((code) -> generalProcedureOnly
					? this.exemptions.findByDepartmentCodeAndStatusOrderByIdDesc(code.value(),
							ExemptionStatus.GENERAL_PROCEDURE, page)
					: this.exemptions.findByDepartmentCodeOrderByIdDesc(code.value(), page))
			.orElse(List.of())
			.stream()
			.map(this.views::summary)
			.toList();
	}

	@Override
	public ExemptionView find(UserProfile user, String caseNumber) {
		return this.views.view(this.access.visible(user, caseNumber));
	}

	@Override
	public boolean mayRead(UserProfile user, String caseNumber) {
		return this.access.mayRead(user, caseNumber);
	}

	@Override
	public List<PublishedDecision> published(int limit) {
		return this.exemptions.published(PageRequest.of(0, Math.max(1, Math.min(limit, 500))))
			.stream()
			.map(this.views::published)
			.toList();
	}

}
