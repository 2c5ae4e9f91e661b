package cn.enforceflow.exemption;

import java.time.LocalDate;
import java.util.List;

import cn.enforceflow.identity.UserProfile;

/**
 * 责令改正: the officer orders the correction with a deadline (责令改正通知书), the enterprise
 * reports it with evidence, and the officer checks it; the assessment runs again on the
 * result.
 */
public interface ExemptionCorrections {

	ExemptionOutcome order(UserProfile officer, String caseNumber, LocalDate deadline);

	ExemptionOutcome report(UserProfile enterprise, String caseNumber, String description, List<String> attachmentIds);

	ExemptionOutcome check(UserProfile officer, String caseNumber, boolean accepted, String reason);

}
