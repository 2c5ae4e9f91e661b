package cn.enforceflow.invitation;

/**
 * What becomes of a finding handed over to the first-violation exemption assessment: the
 * case registered from it. The finding then links to the case and no longer waits.
 */
public interface FindingHandovers {

	/**
	 * @throws IllegalStateException when the finding is not waiting for an assessment
	 */
	void takenUp(long findingId, String caseNumber);

}
