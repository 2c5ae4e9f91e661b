package cn.enforceflow.invitation.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import cn.enforceflow.catalog.InspectionCatalog;
import cn.enforceflow.catalog.InspectionItem;
import cn.enforceflow.catalog.InspectionItemList;
import cn.enforceflow.identity.UserProfile;
import cn.enforceflow.invitation.InvitationActionRefusedException;
import cn.enforceflow.invitation.InvitationFields;
import cn.enforceflow.invitation.InvitationOutcome;
import cn.enforceflow.invitation.InvitationRequests;
import cn.enforceflow.invitation.InvitationStatus;
import cn.enforceflow.invitation.InvitationWithdrawn;
import cn.enforceflow.invitation.NewInvitation;
import cn.enforceflow.invitation.TrackingNumber;
import cn.enforceflow.invitation.VisitWindow;
import cn.enforceflow.organization.Department;
import cn.enforceflow.organization.DepartmentCode;
import cn.enforceflow.organization.DepartmentKind;
import cn.enforceflow.organization.Enterprise;
import cn.enforceflow.organization.Organizations;
import cn.enforceflow.platform.BusinessRuleException;
import cn.enforceflow.platform.Texts;
import cn.enforceflow.platform.data.Sequences;
import cn.enforceflow.processes.invitation.InvitationModel;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 企业邀约 and 撤回: the enterprise asks for a visit to items of the department's published
 * list, in a window of dates, and may take the request back until it is accepted.
 */
@Service
@Transactional
class SubmissionHandler implements InvitationRequests {

	/** Mobile numbers, or landlines with an area code. */
	private static final Pattern PHONE = Pattern.compile("1\\d{10}|0\\d{2,3}-?\\d{7,8}");

	private final InvitationRepository invitations;

	private final InvitationAccess access;

	private final InvitationGuard guard;

	private final InvitationProcess process;

	private final InspectionCatalog catalog;

	private final Organizations organizations;

	private final Sequences sequences;

	private final InvitationAudit audit;

	private final InvitationProperties properties;

	private final ApplicationEventPublisher events;

	SubmissionHandler(InvitationRepository invitations, InvitationAccess access, InvitationGuard guard,
			InvitationProcess process, InspectionCatalog catalog, Organizations organizations, Sequences sequences,
			InvitationAudit audit, InvitationProperties properties, ApplicationEventPublisher events) {
		this.invitations = invitations;
		this.access = access;
		this.guard = guard;
		this.process = process;
		this.catalog = catalog;
		this.organizations = organizations;
		this.sequences = sequences;
		this.audit = audit;
		this.properties = properties;
		this.events = events;
	}

	@Override
	public TrackingNumber submit(UserProfile user, NewInvitation request) {
		Enterprise enterprise = this.access.inviter(user);
		Department department = department(request.departmentCode());
		List<InvitationItem> items = publishedItems(department, request.itemCodes());
		VisitWindow window = VisitWindow.requested(request.windowStart(), request.windowEnd(), this.guard.today(),
				this.properties.getWindowMaxDays());
		String site = Texts.required(request.siteAddress(), InvitationFields.SITE_ADDRESS, "invitation.site");
		String contact = Texts.required(request.contactName(), InvitationFields.CONTACT_NAME, "invitation.contactName");
		String phone = Texts.required(request.contactPhone(), InvitationFields.CONTACT_PHONE, "invitation.contactPhone")
			.replace(" ", "");
		if (!PHONE.matcher(phone).matches()) {
			throw new BusinessRuleException("invitation.contactPhone.format", phone);
		}
		String description = Texts.optional(request.description(), InvitationFields.DESCRIPTION,
				"invitation.description");

		int year = this.guard.today().getYear();
		TrackingNumber number = TrackingNumber.of(year, this.sequences.next(TrackingNumber.SEQUENCE, year));
		InvitationEntity invitation = InvitationEntity.submitted(number.value(), enterprise.creditCode().value(),
				department.code().value(), items, window, site, contact, phone, description, user.username(),
				this.guard.now());
		this.invitations.saveAndFlush(invitation);
		this.process.start(user, number, department.code(), enterprise.creditCode());
		this.audit.submitted(user, invitation);
		return number;
	}

	@Override
	public InvitationOutcome withdraw(UserProfile user, String trackingNumber, String reason) {
		InvitationEntity invitation = this.access.visible(user, trackingNumber);
		if (!this.access.actsFor(user, invitation)) {
			throw new InvitationActionRefusedException("invitation.withdraw.enterpriseOnly");
		}
		if (invitation.status() != InvitationStatus.SUBMITTED) {
			throw new BusinessRuleException("invitation.withdraw.tooLate", invitation.trackingNumber());
		}
		String why = Texts.required(reason, InvitationFields.REASON, "invitation.withdrawReason");
		if (this.process.open(invitation.trackingNumber(), InvitationModel.TASK_ACCEPT_INVITATION).isEmpty()) {
			throw new BusinessRuleException("invitation.withdraw.tooLate", invitation.trackingNumber());
		}
		InvitationStatus before = invitation.status();
		invitation.withdraw(this.guard.now(), why);
		this.invitations.saveAndFlush(invitation);
		this.process.withdraw(invitation.trackingNumber());
		this.audit.withdrawn(user, invitation, before);
		this.events.publishEvent(new InvitationWithdrawn(invitation.trackingNumber(), invitation.departmentCode(),
				user.enterprise().map(Enterprise::name).orElse(invitation.enterpriseCreditCode()), why));
		return new InvitationOutcome(invitation.trackingNumber(), invitation.status(), "invitation.outcome.withdrawn",
				List.of(invitation.trackingNumber()));
	}

	private Department department(String code) {
		if (Texts.isBlank(code)) {
			throw new BusinessRuleException("invitation.department.required");
		}
		return DepartmentCode.parse(code.strip())
			.flatMap(this.organizations::department)
			.filter((d) -> d.kind() == DepartmentKind.ENFORCEMENT)
			.orElseThrow(() -> new BusinessRuleException("invitation.department.unknown", code));
	}

	private List<InvitationItem> publishedItems(Department department, List<String> codes) {
		InspectionItemList list = this.catalog.publishedList(department.code())
			.orElseThrow(() -> new BusinessRuleException("invitation.items.noList", department.name()));
		if (codes.isEmpty()) {
			throw new BusinessRuleException("invitation.items.required");
		}
		Map<String, InspectionItem> published = new LinkedHashMap<>();
		list.items().forEach((item) -> published.put(item.code(), item));
		Set<String> unknown = new TreeSet<>();
		Set<String> chosen = new LinkedHashSet<>();
		for (String code : codes) {
			String item = (code != null) ? code.strip() : "";
			if (!published.containsKey(item)) {
				unknown.add(item);
			}
			chosen.add(item);
		}
		if (!unknown.isEmpty()) {
			throw new BusinessRuleException("invitation.items.unpublished", String.join("、", unknown),
					department.name());
		}
		// in the order of the published list
		return published.values()
			.stream()
			.filter((item) -> chosen.contains(item.code()))
			.map((item) -> new InvitationItem(item.code(), item.name(), item.legalBasis()))
			.toList();
	}

}
