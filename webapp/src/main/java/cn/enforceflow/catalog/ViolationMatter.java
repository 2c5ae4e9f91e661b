package cn.enforceflow.catalog;

import java.util.Objects;
import java.util.Optional;

import cn.enforceflow.organization.DepartmentCode;

/**
 * 违法事项 — a violation matter of a department's catalog: the law it breaks, the law that
 * punishes it, the discretion list it is on (if any), and the windows the exemption
 * workflow counts with.
 *
 * @param lookBackMonths the window in which an earlier violation of the same matter makes
 * this one not a first (default {@value #DEFAULT_LOOK_BACK_MONTHS})
 * @param limitationMonths the limitation period of 行政处罚法 第三十六条: two years, 60 months
 * where life, health or financial safety was harmed, or what the matter sets
 * @param safetyBottomLine 安全底线: first-violation exemption never applies
 */
public record ViolationMatter(String code, DepartmentCode department, String name, String legalBasis,
		String penaltyBasis, Optional<DiscretionList> list, int lookBackMonths, int limitationMonths,
		String exemptionConditions, boolean safetyBottomLine) {

	public static final int DEFAULT_LOOK_BACK_MONTHS = 24;

	public static final int DEFAULT_LIMITATION_MONTHS = 24;

	public static final int MIN_MONTHS = 1;

	public static final int MAX_MONTHS = 120;

	public static final int MAX_CODE = 40;

	public static final int MAX_NAME = 200;

	public static final int MAX_BASIS = 500;

	public static final int MAX_CONDITIONS = 1000;

	/** A code as departments write them: letters, digits and hyphens. */
	public static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9_.-]*";

	public ViolationMatter {
		Objects.requireNonNull(department, "department");
		Objects.requireNonNull(list, "list");
		if (code == null || code.isBlank() || !code.matches(CODE_PATTERN) || length(code) > MAX_CODE) {
			throw new IllegalArgumentException("not a violation matter code: " + code);
		}
		requireText("name", name, MAX_NAME);
		requireText("legalBasis", legalBasis, MAX_BASIS);
		if (penaltyBasis != null && length(penaltyBasis) > MAX_BASIS) {
			throw new IllegalArgumentException("penaltyBasis longer than " + MAX_BASIS);
		}
		if (exemptionConditions != null && length(exemptionConditions) > MAX_CONDITIONS) {
			throw new IllegalArgumentException("exemptionConditions longer than " + MAX_CONDITIONS);
		}
		checkMonths("lookBackMonths", lookBackMonths);
		checkMonths("limitationMonths", limitationMonths);
	}

	private static void requireText(String field, String value, int max) {
		if (value == null || value.isBlank() || length(value) > max) {
			throw new IllegalArgumentException(field + " must be 1 to " + max + " characters");
		}
	}

	private static void checkMonths(String field, int months) {
		if (months < MIN_MONTHS || months > MAX_MONTHS) {
			throw new IllegalArgumentException(field + " must be " + MIN_MONTHS + " to " + MAX_MONTHS + ": " + months);
		}
	}

	private static int length(String text) {
		return text.codePointCount(0, text.length());
	}

}
