package cn.enforceflow.exemption.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The exemption workflow's rules that are policy, not code
 * ({@code enforceflow.exemptions.*}).
 */
@Validated
@ConfigurationProperties("enforceflow.exemptions")
class ExemptionProperties {

	/** The longest correction period an officer may set, in calendar days. */
	@Min(1)
	@Max(365)
	private int correctionMaxDays = 90;

	/** Where the enterprise may apply for administrative reconsideration (复议机关). */
	@NotBlank
	private String reviewBody = "淮安市人民政府";

	/** Where the enterprise may sue (人民法院). */
	@NotBlank
	private String court = "淮安市清江浦区人民法院";

	/** The provision every decision not to penalise rests on. */
	@NotBlank
	private String decisionBasis = "《中华人民共和国行政处罚法》第三十三条第一款";

	public int getCorrectionMaxDays() {
		return this.correctionMaxDays;
	}

	public void setCorrectionMaxDays(int correctionMaxDays) {
		this.correctionMaxDays = correctionMaxDays;
	}

	public String getReviewBody() {
		return this.reviewBody;
	}

	public void setReviewBody(String reviewBody) {
		this.reviewBody = reviewBody;
	}

	public String getCourt() {
		return this.court;
	}

	public void setCourt(String court) {
		this.court = court;
	}

	public String getDecisionBasis() {
		return this.decisionBasis;
	}

	public void setDecisionBasis(String decisionBasis) {
		this.decisionBasis = decisionBasis;
	}

}
