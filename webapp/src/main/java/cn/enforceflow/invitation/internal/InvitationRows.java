package cn.enforceflow.invitation.internal;

import java.util.List;
import java.util.function.Predicate;

import cn.enforceflow.invitation.FindingStatus;
import cn.enforceflow.invitation.FindingView;
import cn.enforceflow.invitation.InvitationView;
import cn.enforceflow.invitation.Invitations;
import cn.enforceflow.taskform.FormContext;
import cn.enforceflow.taskform.FormRow;
import cn.enforceflow.taskform.FormRowSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The rows of the invitation's forms, read from the invitation of the form's case: its
 * items to inspect ({@code invitationItems}), the hazards awaiting a rectification report
 * ({@code openHazards}) and those reported, awaiting verification
 * ({@code reportedHazards}).
 */
@Configuration(proxyBeanMethods = false)
class InvitationRows {

	@Bean
	FormRowSource invitationItems(Invitations invitations) {
		return new Source("invitationItems", invitations,
				(invitation) -> invitation.items()
					.stream()
					.map((item) -> new FormRow(item.code(), text(item.name()),
							message("invitation.row.item", item.code(), item.legalBasis())))
					.toList());
	}

	@Bean
	FormRowSource openHazards(Invitations invitations) {
		return new Source("openHazards", invitations,
				(invitation) -> hazards(invitation, (f) -> f.status() == FindingStatus.AWAITING_REPORT));
	}

	@Bean
	FormRowSource reportedHazards(Invitations invitations) {
		return new Source("reportedHazards", invitations,
				(invitation) -> hazards(invitation, (f) -> f.status() == FindingStatus.REPORTED));
	}

	private static List<FormRow> hazards(InvitationView invitation, Predicate<FindingView> which) {
		return invitation.findings().stream().filter(which).map((finding) -> {
			String report = finding.reports().isEmpty() ? ""
					: finding.reports().get(finding.reports().size() - 1).description();
			return new FormRow(finding.itemCode(), text(finding.itemName()),
					finding.reports().isEmpty()
							? message("invitation.row.hazard", finding.description(),
									new DefaultMessageSourceResolvable("invitation.level." + finding.level().name()),
									String.valueOf(finding.deadline()))
							: message("invitation.row.reported", finding.description(), report));
		}).toList();
	}

	private static MessageSourceResolvable text(String text) {
		return new DefaultMessageSourceResolvable(null, null, text);
	}

	private static MessageSourceResolvable message(String code, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { code }, arguments);
	}

	/**
	 * A row source reading the invitation of the form's case, as the person may see it.
	 */
	private static final class Source implements FormRowSource {

		private final String name;

		private final Invitations invitations;

		private final java.util.function.Function<InvitationView, List<FormRow>> rows;

		Source(String name, Invitations invitations, java.util.function.Function<InvitationView, List<FormRow>> rows) {
			this.name = name;
			this.invitations = invitations;
			this.rows = rows;
		}

		@Override
		public String name() {
			return this.name;
		}

		@Override
		public List<FormRow> rows(FormContext context) {
			if (context.businessKey() == null) {
				return List.of();
			}
			return this.rows.apply(this.invitations.find(context.user(), context.businessKey()));
		}

	}

}
