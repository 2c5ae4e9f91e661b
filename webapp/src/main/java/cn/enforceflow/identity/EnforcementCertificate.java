package cn.enforceflow.identity;

import java.time.LocalDate;
import java.util.Objects;

/**
 * 执法证 — an officer's enforcement certificate: its number and the last day it is valid.
 */
public record EnforcementCertificate(String number, LocalDate validUntil) {

	public EnforcementCertificate {
		Objects.requireNonNull(number, "number");
		Objects.requireNonNull(validUntil, "validUntil");
		if (number.isBlank()) {
			throw new IllegalArgumentException("certificate number is blank");
		}
	}

	public boolean isValidOn(LocalDate day) {
		return !day.isAfter(this.validUntil);
	}

}
