package cn.enforceflow.calendar;

import java.time.Instant;

/**
 * A year whose published holiday arrangement has been loaded: from what, when and by
 * whom.
 */
public record LoadedYear(int year, String source, Instant loadedAt, String loadedBy) {

	/** Who loads the reference data at start-up. */
	public static final String SYSTEM = "system";

}
