package cn.enforceflow.exemption;

/**
 * The limits of the free-text fields of a first-violation case, in characters (code
 * points); the task forms in {@code forms/exemption} use the same numbers.
 */
public final class ExemptionFields {

	public static final int FACTS = 1000;

	public static final int EVIDENCE = 1000;

	public static final int REPORT = 1000;

	public static final int OPINION = 1000;

	public static final int EDUCATION_RECORD = 1000;

	public static final int REASON = 500;

	public static final int DECISION_NUMBER = 64;

	public static final int PENALTY_SUMMARY = 1000;

	private ExemptionFields() {
	}

}
