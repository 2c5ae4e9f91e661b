package cn.enforceflow.invitation.internal;

import java.time.LocalDate;

import cn.enforceflow.invitation.VisitWindow;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What the enterprise asked for, as submitted and never changed: when it would like the
 * visit, where, whom to call, and what it wants looked at.
 */
@Embeddable
class RequestedVisit {

	@Column(name = "window_start", nullable = false, updatable = false)
	private LocalDate windowStart;

	@Column(name = "window_end", nullable = false, updatable = false)
	private LocalDate windowEnd;

	@Column(name = "site_address", nullable = false, updatable = false)
	private String siteAddress;

	@Column(name = "contact_name", nullable = false, updatable = false)
	private String contactName;

	@Column(name = "contact_phone", nullable = false, length = 32, updatable = false)
	private String contactPhone;

	@Column(updatable = false)
	private String description;

	protected RequestedVisit() {
	}

	RequestedVisit(VisitWindow window, String siteAddress, String contactName, String contactPhone,
			String description) {
		this.windowStart = window.start();
		this.windowEnd = window.end();
		this.siteAddress = siteAddress;
		this.contactName = contactName;
		this.contactPhone = contactPhone;
		this.description = description;
	}

	VisitWindow window() {
		return new VisitWindow(this.windowStart, this.windowEnd);
	}

	String siteAddress() {
		return this.siteAddress;
	}

	String contactName() {
		return this.contactName;
	}

	String contactPhone() {
		return this.contactPhone;
	}

	String description() {
		return this.description;
	}

}
