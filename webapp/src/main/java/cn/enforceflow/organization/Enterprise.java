package cn.enforceflow.organization;

/**
 * An enterprise as other capabilities see it.
 */
public record Enterprise(CreditCode creditCode, String name, String legalRepresentative, String address,
		String industry, String contactPhone) {

}
