package cn.enforceflow.invitation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import cn.enforceflow.invitation.FindingStatus;
import cn.enforceflow.invitation.FindingView;
import cn.enforceflow.invitation.InvitationView;
import cn.enforceflow.invitation.Invitations;
import cn.enforceflow.taskform.FormContext;
import cn.enforceflow.taskform.FormOption;
import cn.enforceflow.taskform.FormOptionSource;
import cn.enforceflow.taskform.FormRow;
import cn.enforceflow.taskform.FormRowSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The rows and choices of the invitation's forms, read from the invitation of the form's
 * case: its items to inspect ({@code invitationItems}), the hazard awaiting a
 * rectification report ({@code openHazards}) or a verification ({@code reportedHazards})
 * — the one hazard of the task, each hazard having its own —, the enterprise's other open
 * cases to combine the visit with ({@code combinableCases}), and the enterprise's answers
 * to a proposed date ({@code visitDateAnswers}: another date only once).
 */
@Configuration(proxyBeanMethods = false)
class InvitationRows {

	@Bean
	FormRowSource invitationItems(Invitations invitations) {
		return new Source("invitationItems", invitations,
				(context, invitation) -> invitation.items()
					.stream()
					.map((item) -> new FormRow(item.code(), text(item.name()),
							message("invitation.row.item", item.code(), item.legalBasis())))
					.toList());
	}

	@Bean
	FormRowSource openHazards(Invitations invitations) {
		return new Source("openHazards", invitations,
				(context, invitation) -> hazards(context, invitation, FindingStatus.AWAITING_REPORT));
	}

	@Bean
	FormRowSource reportedHazards(Invitations invitations) {
		return new Source("reportedHazards", invitations,
				(context, invitation) -> hazards(context, invitation, FindingStatus.REPORTED));
	}

	@Bean
	FormRowSource combinableCases(Invitations invitations) {
		return new Source("combinableCases", invitations,
				(context, invitation) -> invitations.combinedVisit(context.user(), invitation.trackingNumber())
					.otherOpen()
					.stream()
					.map((other) -> new FormRow(other.trackingNumber(), text(other.trackingNumber()),
							message("invitation.row.combinable", other.department().name(),
									new DefaultMessageSourceResolvable("invitation.status." + other.status().name()),
									(other.visitDate() != null) ? other.visitDate() : "—")))
					.toList());
	}

	@Bean
	FormOptionSource visitDateAnswers(Invitations invitations) {
		return new FormOptionSource() {

			@Override
			public String name() {
				return "visitDateAnswers";
			}

			@Override
			public List<FormOption> options(FormContext context) {
				List<FormOption> options = new ArrayList<>();
				options.add(FormOption.ofMessage("CONFIRM", "form.invitation.confirmDate.answer.CONFIRM"));
				boolean used = context.businessKey() != null
						&& invitations.find(context.user(), context.businessKey()).counterProposed();
				options.add(used ? FormOption.ofMessage("DECLINE", "form.invitation.confirmDate.answer.DECLINE")
						: FormOption.ofMessage("COUNTER_PROPOSE",
								"form.invitation.confirmDate.answer.COUNTER_PROPOSE"));
				return options;
			}

		};
	}

	/** The hazards at a status: only the task's own, where the task is for one. */
	private static List<FormRow> hazards(FormContext context, InvitationView invitation, FindingStatus status) {
		Predicate<FindingView> ofTask = context.attribute(InvitationTasks.ITEM)
			.map((item) -> (Predicate<FindingView>) (finding) -> String.valueOf(finding.id()).equals(item.toString()))
			.orElse((finding) -> true);
		return invitation.findings().stream().filter((f) -> f.status() == status).filter(ofTask).map((finding) -> {
			String report = finding.reports().isEmpty() ? ""
					: finding.reports().get(finding.reports().size() - 1).description();
			MessageSourceResolvable level = new DefaultMessageSourceResolvable(
					"invitation.level." + finding.level().name());
			return new FormRow(finding.itemCode(), text(finding.itemName()),
					finding.reports().isEmpty() || status == FindingStatus.AWAITING_REPORT
							? message("invitation.row.hazard", finding.description(), level, finding.deadline())
							: message(
									finding.suspectedViolation() ? "invitation.row.reportedSuspected"
											: "invitation.row.reported",
									finding.description(), report, level, String.valueOf(finding.rounds())));
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

		private final java.util.function.BiFunction<FormContext, InvitationView, List<FormRow>> rows;

		Source(String name, Invitations invitations,
				java.util.function.BiFunction<FormContext, InvitationView, List<FormRow>> rows) {
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
			return this.rows.apply(context, this.invitations.find(context.user(), context.businessKey()));
		}

	}

}
