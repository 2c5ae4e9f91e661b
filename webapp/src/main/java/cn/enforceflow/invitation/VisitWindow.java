package cn.enforceflow.invitation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import cn.enforceflow.platform.BusinessRuleException;

/**
 * The dates an enterprise would like to be visited in, both ends included.
 */
public record VisitWindow(LocalDate start, LocalDate end) {

	public VisitWindow {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
	}

	/**
	 * The window an enterprise asks for: from tomorrow at the earliest, in order, and at
	 * most so many days long.
	 */
	public static VisitWindow requested(LocalDate start, LocalDate end, LocalDate today, int maxDays) {
		if (start == null || end == null) {
			throw new BusinessRuleException("invitation.window.required");
		}
		if (!start.isAfter(today)) {
			throw new BusinessRuleException("invitation.window.startTooEarly", start);
		}
		if (end.isBefore(start)) {
			throw new BusinessRuleException("invitation.window.order");
		}
		VisitWindow window = new VisitWindow(start, end);
		if (window.days() > maxDays) {
			throw new BusinessRuleException("invitation.window.tooLong", window.days(), maxDays);
		}
		return window;
	}

	/** How many days it spans, counting both ends. */
	public long days() {
		return ChronoUnit.DAYS.between(this.start, this.end) + 1;
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(this.start) && !day.isAfter(this.end);
	}

	/** A visit date for this window: given, after today, inside the window. */
	public LocalDate visitOn(LocalDate day, LocalDate today, String missingKey) {
		if (day == null) {
			throw new BusinessRuleException(missingKey);
		}
		if (!day.isAfter(today)) {
			throw new BusinessRuleException("invitation.date.notFuture", day);
		}
		if (!contains(day)) {
			throw new BusinessRuleException("invitation.date.outsideWindow", day, this.start, this.end);
		}
		return day;
	}

}
