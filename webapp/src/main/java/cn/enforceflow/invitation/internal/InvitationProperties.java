package cn.enforceflow.invitation.internal;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The invitation workflow's rules that are policy, not code
 * ({@code enforceflow.invitations.*}).
 */
@Validated
@ConfigurationProperties("enforceflow.invitations")
class InvitationProperties {

	/** The longest window of dates an enterprise may offer, counting both ends. */
	@Min(1)
	@Max(366)
	private int windowMaxDays = 60;

	/** How many times the officer may send a rectification back. */
	@Min(0)
	@Max(10)
	private int maxSendBacks = 2;

	/**
	 * From this many visits a year, the dispatcher is warned that the enterprise is
	 * inspected often.
	 */
	@Min(1)
	private int inspectedOftenPerYear = 3;

	/**
	 * The law each department inspects under, printed on its 检查记录 and 整改建议书, by
	 * department code.
	 */
	private Map<String, String> inspectionBasis = new HashMap<>();

	Map<String, String> getInspectionBasis() {
		return this.inspectionBasis;
	}

	public void setInspectionBasis(Map<String, String> inspectionBasis) {
		this.inspectionBasis = inspectionBasis;
	}

	int getWindowMaxDays() {
		return this.windowMaxDays;
	}

	public void setWindowMaxDays(int windowMaxDays) {
		this.windowMaxDays = windowMaxDays;
	}

	int getMaxSendBacks() {
		return this.maxSendBacks;
	}

	public void setMaxSendBacks(int maxSendBacks) {
		this.maxSendBacks = maxSendBacks;
	}

	int getInspectedOftenPerYear() {
		return this.inspectedOftenPerYear;
	}

	public void setInspectedOftenPerYear(int inspectedOftenPerYear) {
		this.inspectedOftenPerYear = inspectedOftenPerYear;
	}

}
