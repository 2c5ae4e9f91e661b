package cn.enforceflow.invitation.web;

import java.time.LocalDate;
import java.util.List;

import cn.enforceflow.invitation.InvitationStatus;

/**
 * The JSON bodies of the invitation API: what each action takes, and the answer every
 * action gives.
 */
final class ApiBodies {

	private ApiBodies() {
	}

	/** Where an invitation stands after an action, and what happened and comes next. */
	record Answer(String trackingNumber, InvitationStatus status, String message) {

	}

	record SubmitRequest(String departmentCode, List<String> itemCodes, LocalDate windowStart, LocalDate windowEnd,
			String siteAddress, String contactName, String contactPhone, String description) {

	}

	record AcceptRequest(String leadOfficer, String secondOfficer, List<String> combinedWith) {

	}

	record ReasonRequest(String reason) {

	}

	record DateRequest(LocalDate date) {

	}

	record ConfirmRequest(Boolean accepted, LocalDate alternativeDate, String reason) {

	}

	record CounterProposalAnswer(Boolean adopt, LocalDate date) {

	}

	record MoveRequest(LocalDate visitDate, String reason) {

	}

	record InspectionRequest(LocalDate inspectedOn, String dateChangeReason, List<String> inspectors,
			List<FindingRequest> findings) {

	}

	record FindingRequest(String itemCode, Boolean compliant, HazardRequest hazard, Boolean suspectedViolation) {

	}

	record HazardRequest(String description, String level, String legalBasis, String advice, LocalDate deadline) {

	}

	record RectificationRequest(List<RectificationItem> items) {

	}

	record RectificationItem(String itemCode, String description, List<String> attachmentIds) {

	}

	record VerificationRequest(List<VerificationItem> items) {

	}

	record VerificationItem(String itemCode, Boolean accepted, String reason, LocalDate newDeadline, Boolean handOver) {

	}

	record RatingRequest(Integer score, String comment) {

	}

}
