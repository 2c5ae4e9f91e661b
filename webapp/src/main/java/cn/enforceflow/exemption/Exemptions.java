package cn.enforceflow.exemption;

import java.util.List;

import cn.enforceflow.identity.UserProfile;

/**
 * The first-violation cases as their readers see them. A case is seen by the people of
 * its department, by its enterprise's people once it has been served or a correction
 * ordered, and by the justice bureau and administrators; for anyone else it does not
 * exist.
 */
public interface Exemptions {

	/** The cases of the person's department (or enterprise), newest first. */
	List<ExemptionSummary> list(UserProfile user, boolean generalProcedureOnly);

	ExemptionView find(UserProfile user, String caseNumber);

	boolean mayRead(UserProfile user, String caseNumber);

	/** 公示: every published decision, newest first, without sign-in. */
	List<PublishedDecision> published(int limit);

}
