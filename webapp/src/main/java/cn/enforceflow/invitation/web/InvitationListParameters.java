package cn.enforceflow.invitation.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.enforceflow.invitation.InvitationSearch;
import cn.enforceflow.invitation.InvitationStatus;
import cn.enforceflow.platform.BusinessRuleException;

/**
 * The query parameters of the invitation list, on the page and in the API: each checked,
 * a bad one a problem in Chinese (400), never a 500.
 */
public final class InvitationListParameters {

	private String q;

	private List<String> status = List.of();

	private String from;

	private String to;

	private String mine;

	private String page;

	private String size;

	InvitationSearch search() {
		Set<InvitationStatus> statuses = new HashSet<>();
		for (String value : this.status) {
			for (String part : value.split(",")) {
				if (part.isBlank()) {
					continue;
				}
				try {
					statuses.add(InvitationStatus.valueOf(part.strip()));
				}
				catch (IllegalArgumentException ex) {
					throw new BusinessRuleException("invitation.search.status", part.strip());
				}
			}
		}
		return new InvitationSearch(this.q, statuses, date("from", this.from), date("to", this.to),
				"true".equals(this.mine), number("page", this.page, 0),
				number("size", this.size, InvitationSearch.DEFAULT_SIZE));
	}

	private static LocalDate date(String name, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new BusinessRuleException("invitation.api.date", name, value);
		}
	}

	private static int number(String name, String value, int otherwise) {
		if (value == null || value.isBlank()) {
			return otherwise;
		}
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new BusinessRuleException("invitation.search.number", name, value);
		}
	}

	public String getQ() {
		return this.q;
	}

	public List<String> getStatus() {
		return this.status;
	}

	public String getFrom() {
		return this.from;
	}

	public String getTo() {
		return this.to;
	}

	public boolean isMine() {
		return "true".equals(this.mine);
	}

	public void setQ(String q) {
		this.q = q;
	}

	public void setStatus(List<String> status) {
		this.status = (status != null) ? status : List.of();
	}

	public void setFrom(String from) {
		this.from = from;
	}

	public void setTo(String to) {
		this.to = to;
	}

	public void setMine(String mine) {
		this.mine = mine;
	}

	public void setPage(String page) {
		this.page = page;
	}

	public void setSize(String size) {
		this.size = size;
	}

}
