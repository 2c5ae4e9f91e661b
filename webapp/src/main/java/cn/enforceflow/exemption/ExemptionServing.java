package cn.enforceflow.exemption;

import java.time.LocalDate;

import cn.enforceflow.identity.UserProfile;

/**
 * 送达 and 公示 of the 不予行政处罚决定书, each within 7 working days of the approval, in parallel.
 * Electronic service only where the enterprise agreed to it; its people then confirm
 * receipt through the documents.
 */
public interface ExemptionServing {

	ExemptionOutcome serve(UserProfile officer, String caseNumber, ServiceMethod method, LocalDate servedOn);

	ExemptionOutcome publish(UserProfile officer, String caseNumber);

	/**
	 * The enterprise confirms receipt of the decision served electronically, as it would
	 * on the document itself (电子送达回证).
	 */
	ExemptionOutcome confirmReceipt(UserProfile enterprise, String caseNumber);

	/** The enterprise agrees, once, to be served electronically (电子送达确认书). */
	void consentToElectronicService(UserProfile enterprise);

	/** Whether the enterprise agreed to electronic service. */
	boolean consented(String creditCode);

	/** How a decision is served. */
	enum ServiceMethod {

		ELECTRONIC, IN_PERSON, POST

	}

}
