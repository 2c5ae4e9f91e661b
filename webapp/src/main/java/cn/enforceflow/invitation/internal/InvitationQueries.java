package cn.enforceflow.invitation.internal;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.enforceflow.identity.Authorization;
import cn.enforceflow.identity.DataScope;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.invitation.CombinedVisit;
import cn.enforceflow.invitation.FindingView;
import cn.enforceflow.invitation.Handover;
import cn.enforceflow.invitation.InvitationPage;
import cn.enforceflow.invitation.InvitationSearch;
import cn.enforceflow.invitation.InvitationStatus;
import cn.enforceflow.invitation.InvitationSummary;
import cn.enforceflow.invitation.InvitationView;
import cn.enforceflow.invitation.Invitations;
import cn.enforceflow.organization.DepartmentKind;
import cn.enforceflow.organization.Organizations;
import cn.enforceflow.platform.NotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations as people read them: one, a search, the enterprise's other open visits for
 * the dispatcher (综合查一次), and the findings handed over for the exemption assessment.
 */
@Service
@Transactional(readOnly = true)
class InvitationQueries implements Invitations {

	private static final Set<InvitationStatus> OPEN = EnumSet.complementOf(EnumSet.of(InvitationStatus.DECLINED,
			InvitationStatus.WITHDRAWN, InvitationStatus.NOT_AGREED, InvitationStatus.CLOSED));

	private final InvitationRepository invitations;

	private final InvitationAccess access;

	private final InvitationViews views;

	private final InvitationSearches searches;

	private final InvitationGuard guard;

	private final Organizations organizations;

	private final InvitationProperties properties;

	InvitationQueries(InvitationRepository invitations, InvitationAccess access, InvitationViews views,
			InvitationSearches searches, InvitationGuard guard, Organizations organizations,
			InvitationProperties properties) {
		this.invitations = invitations;
		this.access = access;
		this.views = views;
		this.searches = searches;
		this.guard = guard;
		this.organizations = organizations;
		this.properties = properties;
	}

	@Override
	public InvitationView find(UserProfile user, String trackingNumber) {
		return this.views.view(this.access.visible(user, trackingNumber));
	}

	@Override
	public InvitationPage search(UserProfile user, InvitationSearch search) {
		return this.searches.of(user, search).map((specification) -> {
			Page<InvitationEntity> page = this.invitations.findAll(specification, PageRequest.of(search.page(),
					search.size(), Sort.by(Sort.Order.desc("submittedAt"), Sort.Order.desc("id"))));
			InvitationViews.Names names = this.views.names();
			return new InvitationPage(page.getContent().stream().map((i) -> this.views.summary(i, names)).toList(),
					search.page(), search.size(), page.getTotalElements());
		}).orElseGet(() -> new InvitationPage(List.of(), search.page(), search.size(), 0));
	}

	@Override
	public boolean mayRead(UserProfile user, String trackingNumber) {
		return this.access.mayRead(user, trackingNumber);
	}

	@Override
	public CombinedVisit combinedVisit(UserProfile user, String trackingNumber) {
		InvitationEntity invitation = this.access.visible(user, trackingNumber);
		InvitationViews.Names names = this.views.names();
		List<InvitationSummary> others = this.invitations
			.findByEnterpriseCreditCodeAndStatusIn(invitation.enterpriseCreditCode(), OPEN)
			.stream()
			.filter((other) -> !other.id().equals(invitation.id()))
			.sorted(Comparator.comparing(InvitationEntity::submittedAt).reversed())
			.map((other) -> this.views.summary(other, names))
			.toList();
		long inspected = this.invitations.countInspectedSince(invitation.enterpriseCreditCode(),
				this.guard.today().withDayOfYear(1));
		return new CombinedVisit(others, inspected, inspected >= this.properties.getInspectedOftenPerYear());
	}

	@Override
	public List<FindingView> awaitingExemptionAssessment(UserProfile user) {
		Set<String> departments;
		if (Authorization.overseesCases(user, false)) {
			departments = this.organizations.departments(DepartmentKind.ENFORCEMENT)
				.stream()
				.map((d) -> d.code().value())
				.collect(Collectors.toSet());
		}
		else if (Authorization.scopesOf(user).contains(DataScope.OWN_DEPARTMENT) && user.department().isPresent()) {
			departments = Set.of(user.department().get().code().value());
		}
		else {
			return List.of();
		}
		if (departments.isEmpty()) {
			return List.of();
		}
		InvitationViews.Names names = this.views.names();
		return this.invitations.findHandedOver(Handover.AWAITING_ASSESSMENT, departments)
			.stream()
			.map((finding) -> this.views.finding(finding.invitation(), finding, names))
			.toList();
	}

	@Override
	public FindingView finding(UserProfile user, long findingId) {
		FindingEntity finding = this.invitations.findFinding(findingId)
			.filter((f) -> this.access.mayRead(user, f.invitation()))
			.orElseThrow(() -> new NotFoundException("invitation.finding.notFound", String.valueOf(findingId)));
		return this.views.finding(finding.invitation(), finding, this.views.names());
	}

	/** The department an invitation was sent to, for its task forms. */
	java.util.Optional<String> departmentOf(String trackingNumber) {
		return this.invitations.findByTrackingNumber(trackingNumber).map(InvitationEntity::departmentCode);
	}

}
